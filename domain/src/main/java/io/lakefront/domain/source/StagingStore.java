package io.lakefront.domain.source;

import java.util.List;

/** Port: the staging tables that hold each source's raw records as last synced. */
public interface StagingStore {
    /** Starts a full sync: the rows appended replace the staging table on commit. */
    StagingWriter open(String sourceName, List<String> columns);

    /**
     * Starts an incremental sync: the committed rows are carried over and rows are upserted by the
     * value at {@code keyPosition}. {@code columns} must start with the staged columns in their order
     * (positions never move); columns after them are added, earlier rows hold nulls there.
     */
    StagingUpserter openUpserter(String sourceName, List<String> columns, int keyPosition);

    /** Rows staged for the source; 0 when it was never synced. */
    long count(String sourceName);

    /** Column names in source order; empty when never synced. */
    List<String> columns(String sourceName);

    /** Column types and watermark of the last committed sync; {@link StagingCheckpoint#NONE} when never synced. */
    StagingCheckpoint checkpoint(String sourceName);

    /** The first rows, for previews. */
    List<List<String>> sample(String sourceName, int limit);
}
