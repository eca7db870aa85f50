package io.lakefront.domain.source;

import java.util.List;

/** Port: the staging tables that hold each source's raw records as last synced. */
public interface StagingStore {
    StagingWriter open(String sourceName, List<String> columns);

    /** Rows staged for the source; 0 when it was never synced. */
    long count(String sourceName);

    /** Column names in source order; empty when never synced. */
    List<String> columns(String sourceName);

    /** The first rows, for previews. */
    List<List<String>> sample(String sourceName, int limit);
}
