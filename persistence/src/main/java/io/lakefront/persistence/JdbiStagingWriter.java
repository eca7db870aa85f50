package io.lakefront.persistence;

import io.lakefront.domain.source.StagingCheckpoint;
import io.lakefront.domain.source.StagingWriter;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

/**
 * Writes one full sync into the source's side table in JDBC batches through one reused statement,
 * so memory holds at most one batch whatever the number of rows; {@link #commit} swaps it in (see
 * {@link StagingSwap}), {@link #close()} without commit drops it. Locking: see {@link StagingSession}.
 */
final class JdbiStagingWriter implements StagingWriter {
    static final int BATCH_ROWS = 5_000;
    static final int MAX_COLUMNS = StagingSession.MAX_COLUMNS;
    static final int MAX_VALUE_LENGTH = StagingSession.MAX_VALUE_LENGTH;

    private final StagingSession session;
    private final PreparedStatement insert;
    private long rows;
    private int pending;
    private boolean committed;
    private boolean closed;

    private JdbiStagingWriter(StagingSession session, PreparedStatement insert) {
        this.session = session;
        this.insert = insert;
    }

    static JdbiStagingWriter open(DataSource dataSource, StagingTable table, List<String> columns) {
        StagingSession session = StagingSession.open(dataSource, table, columns);
        try {
            return new JdbiStagingWriter(session, session.prepareInsert());
        } catch (SQLException e) {
            session.release();
            throw session.failure("cannot start staging", e);
        }
    }

    @Override
    public void append(List<String> row) {
        requireOpen();
        long rowNo = rows + 1;
        try {
            insert.setLong(1, rowNo);
            session.bindValues(insert, 2, row, rowNo);
            insert.addBatch();
            rows = rowNo;
            if (++pending == BATCH_ROWS) {
                flush();
            }
        } catch (SQLException e) {
            throw session.failure("cannot stage data row " + rowNo, e);
        }
    }

    /** Committing each batch keeps H2's undo log small; the side table is invisible until the swap. */
    private void flush() throws SQLException {
        if (pending > 0) {
            insert.executeBatch();
            session.data().commit();
            pending = 0;
        }
    }

    @Override
    public void commit(StagingCheckpoint checkpoint) {
        requireOpen();
        try {
            flush();
            insert.close();
            session.swap(rows, checkpoint);
            committed = true;
        } catch (SQLException e) {
            throw session.failure("cannot replace the staging table", e);
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (!committed) {
                insert.close();
                session.discard();
            }
        } catch (SQLException e) {
            throw session.failure("cannot discard the unfinished staging table", e);
        } finally {
            session.release();
        }
    }

    private void requireOpen() {
        if (closed || committed) {
            throw new IllegalStateException("staging writer for source '" + session.table().source() + "' is "
                    + (committed ? "already committed" : "closed"));
        }
    }
}
