package io.lakefront.domain.source;

import java.util.List;

/** One sync's way into staging: a full replacement or an upsert, seen alike by the sync loop. */
interface StagingSink extends AutoCloseable {
    RowChange put(List<String> row);

    long stagedRows();

    void commit(StagingCheckpoint checkpoint);

    @Override
    void close();

    static StagingSink replacing(StagingWriter writer) {
        return new StagingSink() {
            private long rows;

            @Override public RowChange put(List<String> row) {
                writer.append(row);
                rows++;
                return RowChange.INSERTED;
            }

            @Override public long stagedRows() { return rows; }
            @Override public void commit(StagingCheckpoint checkpoint) { writer.commit(checkpoint); }
            @Override public void close() { writer.close(); }
        };
    }

    static StagingSink upserting(StagingUpserter upserter) {
        return new StagingSink() {
            @Override public RowChange put(List<String> row) { return upserter.upsert(row); }
            @Override public long stagedRows() { return upserter.stagedRows(); }
            @Override public void commit(StagingCheckpoint checkpoint) { upserter.commit(checkpoint); }
            @Override public void close() { upserter.close(); }
        };
    }
}
