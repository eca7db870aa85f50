package io.lakefront.domain.source;

import java.util.List;

/**
 * Writes one full sync's rows. Nothing is visible until {@link #commit()}; closing without commit
 * leaves the previous staging table exactly as it was, so a failed or cancelled sync never leaves a
 * half-written table.
 */
public interface StagingWriter extends AutoCloseable {
    void append(List<String> row);

    /** Atomically replaces the source's staging table with what was appended; no types, no watermark. */
    default void commit() {
        commit(StagingCheckpoint.NONE);
    }

    /** Atomically replaces the staging table, its column types and its watermark (reset to the one given). */
    void commit(StagingCheckpoint checkpoint);

    /** Discards the rows when not committed. */
    @Override
    void close();
}
