package io.lakefront.domain.source;

import java.util.List;

/** Port: append-only history of syncs. */
public interface SyncHistory {
    void record(SyncRun run);

    /** Newest first. */
    List<SyncRun> forSource(String sourceName, int limit);

    /** Newest first, all sources. */
    List<SyncRun> recent(int limit);
}
