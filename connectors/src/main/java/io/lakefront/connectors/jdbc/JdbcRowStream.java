package io.lakefront.connectors.jdbc;

import io.lakefront.domain.source.RowStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Rows of a query, as text. Progress is counted in rows; the total is unknown (-1). */
final class JdbcRowStream implements RowStream {
    private final Connection connection;
    private final Statement statement;
    private final ResultSet rows;
    private final List<String> columns;
    private final int[] types;
    private long done;

    JdbcRowStream(Connection connection, Statement statement, ResultSet rows) throws SQLException {
        this.connection = connection;
        this.statement = statement;
        this.rows = rows;
        ResultSetMetaData meta = rows.getMetaData();
        int count = meta.getColumnCount();
        List<String> names = new ArrayList<>(count);
        types = new int[count];
        for (int i = 1; i <= count; i++) {
            names.add(meta.getColumnLabel(i));
            types[i - 1] = JdbcValues.effectiveType(meta.getColumnType(i), meta.getColumnTypeName(i));
        }
        this.columns = List.copyOf(names);
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
            List<String> row = new ArrayList<>(types.length);
            for (int i = 0; i < types.length; i++) {
                row.add(JdbcValues.text(rows, i + 1, types[i]));
            }
            done++;
            return row;
        } catch (SQLException e) {
            throw new IOException("reading row " + (done + 1) + ": " + e.getMessage(), e);
        }
    }

    @Override
    public long done() {
        return done;
    }

    @Override
    public long total() {
        return -1;
    }

    @Override
    public void close() throws IOException {
        try (connection; statement; rows) {
            // A read-only transaction: nothing to keep, and ending it releases the cursor on every database.
            connection.rollback();
        } catch (SQLException e) {
            throw new IOException("closing the source: " + e.getMessage(), e);
        }
    }
}
