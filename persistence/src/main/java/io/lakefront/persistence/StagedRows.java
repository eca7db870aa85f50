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

/**
 * A committed staging table read back in row order, one row at a time, for preparation. It is read in
 * pages of {@link #PAGE_ROWS} rows by their primary key ({@code WHERE row_no > last ... LIMIT}): one
 * query over the whole table would have H2 copy every row into a temporary store before the first one
 * is returned, and H2's lazy execution is not safe while another session writes as fast as a
 * preparation does. Preparation reads under the source's lock, so the table is not swapped meanwhile.
 */
final class StagedRows implements RowStream {
    static final int PAGE_ROWS = 5_000;

    private final List<String> columns;
    private final long total;
    private final Connection connection;
    private final PreparedStatement query;
    private ResultSet page;
    private int pageRows;
    private long lastRowNo;
    private long done;

    private StagedRows(List<String> columns, long total, Connection connection, PreparedStatement query) {
        this.columns = columns;
        this.total = total;
        this.connection = connection;
        this.query = query;
    }

    static RowStream open(DataSource dataSource, String tableName, List<String> columns, long total) throws IOException {
        String values = columns.isEmpty() ? "" : ", " + StagingTable.valueColumns(columns.size());
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            PreparedStatement query = connection.prepareStatement("SELECT row_no" + values + " FROM "
                    + StagingTable.quoted(tableName) + " WHERE row_no > ? ORDER BY row_no LIMIT " + PAGE_ROWS);
            StagedRows rows = new StagedRows(List.copyOf(columns), total, connection, query);
            rows.nextPage();
            return rows;
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

    private void nextPage() throws SQLException {
        if (page != null) {
            page.close();
        }
        query.setLong(1, lastRowNo);
        page = query.executeQuery();
        pageRows = 0;
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
            if (!page.next()) {
                if (pageRows < PAGE_ROWS) {
                    return null;
                }
                nextPage();
                if (!page.next()) {
                    return null;
                }
            }
            pageRows++;
            lastRowNo = page.getLong(1);
            List<String> row = new ArrayList<>(columns.size());
            for (int i = 1; i <= columns.size(); i++) {
                row.add(page.getString(i + 1));
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
        try (connection; query; ResultSet last = page) {
            // closes all three, innermost first
        } catch (SQLException e) {
            throw new IOException(e.getMessage(), e);
        }
    }
}
