package io.lakefront.persistence;

import io.lakefront.domain.source.RowStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** A committed staging table read back in row order, one row at a time, for resolution and previews. */
final class StagedRows implements RowStream {
    private static final int FETCH_ROWS = 5_000;

    private final List<String> columns;
    private final long total;
    private final Connection connection;
    private final PreparedStatement query;
    private final ResultSet rows;
    private long done;

    private StagedRows(List<String> columns, long total, Connection connection, PreparedStatement query, ResultSet rows) {
        this.columns = columns;
        this.total = total;
        this.connection = connection;
        this.query = query;
        this.rows = rows;
    }

    static RowStream open(DataSource dataSource, String tableName, List<String> columns, long total) throws IOException {
        String values = columns.isEmpty() ? "" : ", " + StagingTable.valueColumns(columns.size());
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            PreparedStatement query = connection.prepareStatement(
                    "SELECT row_no" + values + " FROM " + StagingTable.quoted(tableName) + " ORDER BY row_no");
            query.setFetchSize(FETCH_ROWS);
            return new StagedRows(List.copyOf(columns), total, connection, query, query.executeQuery());
        } catch (SQLException e) {
            if (connection != null) {
                try {
                    connection.close();
                } catch (SQLException suppressed) {
                    e.addSuppressed(suppressed);
                }
            }
            throw new IOException("staging table " + tableName + ": " + e.getMessage(), e);
        }
    }

    /** What a never-synced source reads as. */
    static RowStream empty() {
        return new RowStream() {
            @Override public List<String> columns() { return List.of(); }
            @Override public List<String> next() { return null; }
            @Override public long done() { return 0; }
            @Override public long total() { return 0; }
            @Override public void close() { }
        };
    }

    @Override
    public List<String> columns() {
        return columns;
    }

    @Override
    public List<String> next() throws IOException {
        try {
            if (!rows.next()) {
                return null;
            }
            List<String> row = new ArrayList<>(columns.size());
            for (int i = 1; i <= columns.size(); i++) {
                row.add(rows.getString(i + 1));
            }
            done++;
            return row;
        } catch (SQLException e) {
            throw new IOException("staging row " + (done + 1) + ": " + e.getMessage(), e);
        }
    }

    @Override
    public long done() {
        return done;
    }

    @Override
    public long total() {
        return total;
    }

    @Override
    public void close() throws IOException {
        try (connection; query; rows) {
            // closes all three, innermost first
        } catch (SQLException e) {
            throw new IOException(e.getMessage(), e);
        }
    }
}
