package io.lakefront.domain.source;

import java.util.List;

/**
 * Writes one sync's rows. Nothing is visible until {@link #commit()}; closing without commit leaves
 * the previous staging table exactly as it was, so a failed or cancelled sync never leaves a
 * half-written table.
 */
public interface StagingWriter extends AutoCloseable {
    void append(List<String> row);

    /** Atomically replaces the source's staging table with what was appended. */
    void commit();

    /** Discards the rows when not committed. */
    @Override
    void close();
}
