package io.lakefront.domain.source;

import java.util.List;

/**
 * Writes one incremental sync: the committed rows are carried over and each new row is upserted by
 * its record id. Like {@link StagingWriter}, nothing is visible until {@link #commit}; closing
 * without commit leaves the staging table exactly as it was.
 */
public interface StagingUpserter extends AutoCloseable {
    /** Appends the row, or replaces the staged rows with the same record id when they differ. */
    RowChange upsert(List<String> row);

    /** Rows staged once committed: those carried over plus those inserted so far. */
    long stagedRows();

    /** Atomically replaces the staging table, its column types and its watermark. */
    void commit(StagingCheckpoint checkpoint);

    /** Discards the changes when not committed. */
    @Override
    void close();
}
