package io.lakefront.persistence;

import io.lakefront.domain.source.StagingCheckpoint;
import io.lakefront.domain.source.StagingWriter;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Writes one full sync into the source's side table in JDBC batches through one reused statement;
 * {@link #commit} swaps it in (see {@link StagingSwap}), {@link #close()} without commit drops it.
 * Locking: see {@link StagingSession}.
 *
 * <p>Rows are checked as they are appended (a row too wide or a value too long is refused at once,
 * naming its row) and collected into batches of {@link #BATCH_ROWS}; the batches are inserted on a
 * thread of their own ({@link BackgroundBatches}), so the sync reads and parses the next rows while
 * H2 stores the previous ones. Memory holds a few batches whatever the number of rows.
 */
final class JdbiStagingWriter implements StagingWriter {
    static final int BATCH_ROWS = 5_000;
    static final int MAX_COLUMNS = StagingSession.MAX_COLUMNS;
    static final int MAX_VALUE_LENGTH = StagingSession.MAX_VALUE_LENGTH;

    private final StagingSession session;
    private final PreparedStatement insert;
    private final BackgroundBatches<String[]> background;
    private List<String[]> batch = new ArrayList<>(BATCH_ROWS);
    /** Rows appended; the background thread numbers the rows it inserts the same way. */
    private long rows;
    private long inserted;
    private boolean committed;
    private boolean closed;

    private JdbiStagingWriter(StagingSession session, PreparedStatement insert) {
        this.session = session;
        this.insert = insert;
        this.background = new BackgroundBatches<>("lakefront-stage-" + session.table().source(), this::insert);
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
        batch.add(session.checkedValues(row, rowNo));
        rows = rowNo;
        if (batch.size() == BATCH_ROWS) {
            try {
                handOver();
            } catch (SQLException e) {
                throw session.failure("cannot stage", e);
            }
        }
    }

    private void handOver() throws SQLException {
        List<String[]> full = batch;
        batch = new ArrayList<>(BATCH_ROWS);
        background.submit(full);
    }

    /**
     * On the background thread: one batch, committed at once. Committing each batch keeps H2's undo log
     * small; the side table is invisible until the swap.
     */
    private void insert(List<String[]> rowsOfBatch) throws SQLException {
        long first = inserted + 1;
        try {
            for (String[] values : rowsOfBatch) {
                insert.setLong(1, ++inserted);
                StagingSession.bind(insert, 2, values);
                insert.addBatch();
            }
            insert.executeBatch();
            session.data().commit();
        } catch (SQLException e) {
            throw new SQLException("data rows " + first + " to " + (first + rowsOfBatch.size() - 1) + ": "
                    + e.getMessage(), e.getSQLState(), e.getErrorCode(), e);
        }
    }

    @Override
    public void commit(StagingCheckpoint checkpoint) {
        requireOpen();
        try {
            handOver();
            background.finish();
        } catch (SQLException e) {
            throw session.failure("cannot stage", e);
        }
        try {
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
            background.close();
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
