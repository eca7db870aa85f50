package io.lakefront.ui.fakes;

import io.lakefront.domain.source.SyncHistory;
import io.lakefront.domain.source.SyncRun;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

public final class InMemorySyncHistory implements SyncHistory {
    private final List<SyncRun> runs = new CopyOnWriteArrayList<>();

    @Override public void record(SyncRun run) { runs.add(run); }

    @Override public List<SyncRun> forSource(String sourceName, int limit) {
        return newestFirst().stream().filter(r -> r.source().equals(sourceName)).limit(limit).toList();
    }

    @Override public List<SyncRun> recent(int limit) {
        return newestFirst().stream().limit(limit).toList();
    }

    private List<SyncRun> newestFirst() {
        List<SyncRun> copy = new ArrayList<>(runs);
        Collections.reverse(copy);
        return copy;
    }
}
