package io.lakefront.persistence;

import io.lakefront.domain.UserError;
import io.lakefront.domain.source.StagingCheckpoint;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * What every kind of sync shares while it writes: the source's staging lock, a data connection and a
 * fresh side table ({@code STG_X$NEW}) with its generation number, swapped in on {@link #swap} or
 * dropped on {@link #discard}.
 *
 * <p>For its whole life the session holds an uncommitted row lock on its source in
 * {@code staging_locks}, on a connection of its own (DDL would commit and so release it): a second
 * sync of the same source, from this process or another one sharing the workspace, is refused.
 *
 * <p>Database failures surface as {@link UncheckedIOException}: to the sync they are storage
 * failures, recorded in its history like a read error.
 */
final class StagingSession {
    /** H2 allows 16,384 columns a table; one is row_no. */
    static final int MAX_COLUMNS = 16_000;
    /** H2's limit for a VARCHAR value. */
    static final int MAX_VALUE_LENGTH = 1_000_000;

    private final StagingTable table;
    private final List<String> columnNames;
    private final Connection lock;
    private final Connection data;
    private final long generation;

    private StagingSession(StagingTable table, List<String> columnNames, Connection lock, Connection data, long generation) {
        this.table = table;
        this.columnNames = columnNames;
        this.lock = lock;
        this.data = data;
        this.generation = generation;
    }

    static StagingSession open(DataSource dataSource, StagingTable table, List<String> columns) {
        if (columns.size() > MAX_COLUMNS) {
            throw new UserError("source '" + table.source() + "': " + columns.size() + " columns; at most "
                    + MAX_COLUMNS + " can be staged");
        }
        List<String> names = new ArrayList<>(columns.size());
        for (String column : columns) {
            names.add(column == null ? "" : column);
        }
        Connection lock = null;
        Connection data = null;
        try {
            lock = dataSource.getConnection();
            SourceLock.acquire(lock, table.source());
            data = dataSource.getConnection();
            data.setAutoCommit(false);
            StagingSwap.recover(data, table);
            long generation = SideTableSwap.nextGeneration(data, "staging_generation");
            StagingSwap.create(data, table, names.size(), generation);
            return new StagingSession(table, List.copyOf(names), lock, data, generation);
        } catch (SQLException | RuntimeException e) {
            closeAll(table, data, lock);
            if (e instanceof SQLException sql) {
                throw failure(table, "cannot start staging", sql);
            }
            throw (RuntimeException) e;
        }
    }

    StagingTable table() {
        return table;
    }

    List<String> columnNames() {
        return columnNames;
    }

    Connection data() {
        return data;
    }

    long generation() {
        return generation;
    }

    /** {@code INSERT INTO STG_X$NEW (row_no, c1..cN) VALUES (?, ?...)}. */
    PreparedStatement prepareInsert() throws SQLException {
        return data.prepareStatement("INSERT INTO " + StagingTable.quoted(table.sideName()) + " (row_no"
                + (columnNames.isEmpty() ? "" : ", " + StagingTable.valueColumns(columnNames.size())) + ") VALUES (?"
                + ", ?".repeat(columnNames.size()) + ")");
    }

    /** Binds {@code row} to parameters {@code first..first+N-1}, checking each value's length. */
    void bindValues(PreparedStatement statement, int first, List<String> row, long rowNo) throws SQLException {
        bind(statement, first, checkedValues(row, rowNo));
    }

    /** One value (or {@code null}) per staged column; refuses a row too wide or a value too long, naming it. */
    String[] checkedValues(List<String> row, long rowNo) {
        if (row.size() > columnNames.size()) {
            throw new UserError("source '" + table.source() + "', data row " + rowNo + ": " + row.size()
                    + " values but only " + columnNames.size() + " columns");
        }
        String[] values = new String[columnNames.size()];
        for (int i = 0; i < row.size(); i++) {
            String value = row.get(i);
            if (value != null && value.length() > MAX_VALUE_LENGTH) {
                throw new UserError("source '" + table.source() + "', data row " + rowNo + ", column '"
                        + columnNames.get(i) + "': value of " + value.length() + " characters; at most "
                        + MAX_VALUE_LENGTH + " can be staged");
            }
            values[i] = value;
        }
        return values;
    }

    /** Binds checked values to parameters {@code first..first+N-1}. */
    static void bind(PreparedStatement statement, int first, String[] values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            statement.setString(first + i, values[i]);
        }
    }

    void swap(long rows, StagingCheckpoint checkpoint) throws SQLException {
        StagingSwap.swap(data, table, columnNames, generation, rows, checkpoint);
    }

    void discard() throws SQLException {
        data.rollback();
        SideTableSwap.drop(data, table.sideName());
    }

    /** Returns both connections to the pool, releasing the lock. */
    void release() {
        closeAll(table, data, lock);
    }

    UncheckedIOException failure(String what, SQLException e) {
        return failure(table, what, e);
    }

    private static void closeAll(StagingTable table, Connection data, Connection lock) {
        SQLException failure = null;
        for (Connection connection : new Connection[] {data, lock}) {
            if (connection == null) {
                continue;
            }
            try {
                connection.rollback();
                connection.setAutoCommit(true);
                connection.close();
            } catch (SQLException e) {
                failure = e;
            }
        }
        if (failure != null) {
            throw failure(table, "cannot release its connection", failure);
        }
    }

    private static UncheckedIOException failure(StagingTable table, String what, SQLException e) {
        return new UncheckedIOException(new IOException("staging for source '" + table.source() + "': " + what
                + ": " + e.getMessage(), e));
    }
}
