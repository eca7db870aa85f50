package io.lakefront.persistence;

import io.lakefront.domain.UserError;
import io.lakefront.domain.prep.PreparedColumn;
import io.lakefront.domain.prep.PreparedWriter;
import io.lakefront.domain.prep.QuarantinedValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Writes one preparation into the source's side tables in JDBC batches (memory holds one batch
 * whatever the row count); {@link #commit()} swaps the rows and the quarantine in (see
 * {@link PreparedSwap}), {@link #close()} without commit drops them.
 *
 * <p>For its whole life the writer holds the source's row in {@code staging_locks}, uncommitted, on
 * a connection of its own: the lock a sync takes. So a source is never synced and prepared at once
 * (the preparation reads the staging table the sync would swap), nor prepared twice at once.
 */
final class JdbiPreparedWriter implements PreparedWriter {
    static final int BATCH_ROWS = 5_000;

    private final PreparedTable table;
    private final List<PreparedColumn> columns;
    private final Handle lock;
    private final Handle dataHandle;
    private final Connection data;
    private final long generation;
    private final PreparedStatement insertRow;
    private final PreparedStatement insertQuarantined;
    private final Supplier<Instant> now;
    private long rows;
    private long quarantined;
    private int pending;
    private boolean committed;
    private boolean closed;

    private JdbiPreparedWriter(PreparedTable table, List<PreparedColumn> columns, Handle lock, Handle dataHandle,
                               long generation, PreparedStatement insertRow, PreparedStatement insertQuarantined,
                               Supplier<Instant> now) {
        this.table = table;
        this.columns = columns;
        this.lock = lock;
        this.dataHandle = dataHandle;
        this.data = dataHandle.getConnection();
        this.generation = generation;
        this.insertRow = insertRow;
        this.insertQuarantined = insertQuarantined;
        this.now = now;
    }

    static JdbiPreparedWriter open(Jdbi jdbi, PreparedTable table, List<PreparedColumn> columns, Supplier<Instant> now) {
        if (columns.size() > JdbiStagingWriter.MAX_COLUMNS) {
            throw new UserError("source '" + table.source() + "': " + columns.size() + " columns; at most "
                    + JdbiStagingWriter.MAX_COLUMNS + " can be prepared");
        }
        Handle lock = null;
        Handle data = null;
        try {
            lock = jdbi.open();
            SourceLock.acquire(lock.getConnection(), table.source());
            data = jdbi.open();
            Connection connection = data.getConnection();
            connection.setAutoCommit(false);
            PreparedSwap.recover(connection, table);
            long generation = SideTableSwap.nextGeneration(connection, "prepared_generation");
            PreparedSwap.create(connection, table, columns.size(), generation);
            PreparedStatement insertRow = connection.prepareStatement("INSERT INTO " + StagingTable.quoted(table.sideName())
                    + " (row_no" + (columns.isEmpty() ? "" : ", " + StagingTable.valueColumns(columns.size()))
                    + ") VALUES (?" + ", ?".repeat(columns.size()) + ")");
            PreparedStatement insertQuarantined = connection.prepareStatement("INSERT INTO "
                    + StagingTable.quoted(table.quarantine().sideName())
                    + " (seq, record_id, column_name, raw_value, reason, found_at) VALUES (?, ?, ?, ?, ?, ?)");
            return new JdbiPreparedWriter(table, List.copyOf(columns), lock, data, generation, insertRow,
                    insertQuarantined, now);
        } catch (SQLException | RuntimeException e) {
            closeAll(table, data, lock);
            if (e instanceof SQLException sql) {
                throw failure(table, "cannot start preparing", sql);
            }
            throw (RuntimeException) e;
        }
    }

    @Override
    public void append(long rowNo, List<String> values) {
        requireOpen();
        if (rowNo != rows + 1) {
            throw new IllegalArgumentException("prepared rows come in order: expected row " + (rows + 1) + ", got " + rowNo);
        }
        if (values.size() != columns.size()) {
            throw new IllegalArgumentException("row " + rowNo + ": " + values.size() + " values for " + columns.size() + " columns");
        }
        try {
            insertRow.setLong(1, rowNo);
            for (int i = 0; i < values.size(); i++) {
                insertRow.setString(i + 2, values.get(i));
            }
            insertRow.addBatch();
            rows = rowNo;
            if (++pending >= BATCH_ROWS) {
                flush();
            }
        } catch (SQLException e) {
            throw failure(table, "cannot write prepared row " + rowNo, e);
        }
    }

    @Override
    public void quarantine(QuarantinedValue value) {
        requireOpen();
        try {
            insertQuarantined.setLong(1, ++quarantined);
            insertQuarantined.setString(2, value.recordId());
            insertQuarantined.setString(3, value.column());
            insertQuarantined.setString(4, value.rawValue());
            insertQuarantined.setString(5, value.reason());
            insertQuarantined.setObject(6, value.foundAt().atOffset(ZoneOffset.UTC));
            insertQuarantined.addBatch();
            if (++pending >= BATCH_ROWS) {
                flush();
            }
        } catch (SQLException e) {
            throw failure(table, "cannot quarantine a value of record " + value.recordId(), e);
        }
    }

    /** Committing each batch keeps H2's undo log small; the side tables are invisible until the swap. */
    private void flush() throws SQLException {
        if (pending > 0) {
            insertRow.executeBatch();
            insertQuarantined.executeBatch();
            data.commit();
            pending = 0;
        }
    }

    @Override
    public void commit() {
        requireOpen();
        try {
            flush();
            insertRow.close();
            insertQuarantined.close();
            PreparedSwap.swap(data, table, columns, generation, rows, now.get());
            committed = true;
        } catch (SQLException e) {
            throw failure(table, "cannot replace the prepared table", e);
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
                insertRow.close();
                insertQuarantined.close();
                data.rollback();
                PreparedSwap.discard(data, table);
            }
        } catch (SQLException e) {
            throw failure(table, "cannot discard the unfinished prepared table", e);
        } finally {
            closeAll(table, dataHandle, lock);
        }
    }

    private void requireOpen() {
        if (closed || committed) {
            throw new IllegalStateException("prepared writer for source '" + table.source() + "' is "
                    + (committed ? "already committed" : "closed"));
        }
    }

    /** Returns both connections, releasing the lock; failures here cannot be acted upon. */
    private static void closeAll(PreparedTable table, Handle data, Handle lock) {
        SQLException failure = null;
        for (Handle handle : new Handle[] {data, lock}) {
            if (handle == null) {
                continue;
            }
            try {
                Connection connection = handle.getConnection();
                connection.rollback();
                connection.setAutoCommit(true);
            } catch (SQLException e) {
                failure = e;
            } finally {
                handle.close();
            }
        }
        if (failure != null) {
            throw failure(table, "cannot release its connection", failure);
        }
    }

    private static UncheckedIOException failure(PreparedTable table, String what, SQLException e) {
        return new UncheckedIOException(new IOException("prepared table of source '" + table.source() + "': " + what
                + ": " + e.getMessage(), e));
    }
}
