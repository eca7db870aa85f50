package io.lakefront.connectors.jdbc;

import io.lakefront.domain.UserError;
import io.lakefront.domain.source.RowStream;
import io.lakefront.domain.source.Source;
import io.lakefront.domain.source.SourceKind;
import io.lakefront.domain.source.SourceReader;
import io.lakefront.domain.source.Watermark;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;

/**
 * Opens {@link SourceKind#JDBC} sources: the location is the JDBC URL; options {@code table} (a table
 * name, optionally {@code schema.table}) or {@code query} (a SELECT of the user's own), {@code user},
 * {@code password}, {@code fetch_size} (rows per round trip, default {@value #DEFAULT_FETCH_SIZE}).
 * Rows stream through a forward-only cursor; the JDBC driver must be on the class path.
 *
 * <p>For an incremental sync the watermark filter runs in the database ({@link WatermarkFilter}):
 * only rows newer than the watermark, or without a value, cross the network.
 */
public final class JdbcSourceReader implements SourceReader {
    public static final String TABLE = "table";
    public static final String QUERY = "query";
    public static final String USER = "user";
    public static final String PASSWORD = "password";
    public static final String FETCH_SIZE = "fetch_size";
    static final int DEFAULT_FETCH_SIZE = 1000;

    @Override
    public RowStream open(Source source) throws IOException {
        return open(source, null);
    }

    @Override
    public RowStream openNewerThan(Source source, Watermark watermark) throws IOException {
        return open(source, watermark);
    }

    private RowStream open(Source source, Watermark watermark) throws IOException {
        if (source.kind() != SourceKind.JDBC) {
            throw new IllegalArgumentException("not a JDBC source: " + source.kind());
        }
        Map<String, String> options = source.options();
        String url = source.location();
        Connection connection = connect(source.name(), url, options);
        try {
            // PostgreSQL streams with a fetch size only inside a transaction.
            connection.setAutoCommit(false);
            readOnly(connection);
            String sql = sql(source.name(), connection, options);
            WatermarkFilter filter = watermark == null ? null : WatermarkFilter.of(source.name(), connection, sql, watermark);
            PreparedStatement statement = connection.prepareStatement(filter == null ? sql : filter.sql(),
                    ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
            if (filter != null) {
                filter.bind(statement, 1);
            }
            statement.setFetchSize(fetchSize(url, options));
            ResultSet rows = statement.executeQuery();
            return new JdbcRowStream(connection, statement, rows);
        } catch (SQLException e) {
            close(connection);
            throw new UserError("source " + source.name() + ": " + firstLine(e.getMessage()), e);
        } catch (RuntimeException e) {
            close(connection);
            throw e;
        }
    }

    private static Connection connect(String name, String url, Map<String, String> options) {
        Properties properties = new Properties();
        if (options.get(USER) != null) {
            properties.setProperty("user", options.get(USER));
        }
        if (options.get(PASSWORD) != null) {
            properties.setProperty("password", options.get(PASSWORD));
        }
        try {
            return DriverManager.getConnection(url, properties);
        } catch (SQLException e) {
            // The URL may hold credentials: name the source, not the URL.
            throw new UserError("source " + name + ": cannot connect: " + firstLine(e.getMessage()), e);
        }
    }

    private static String sql(String name, Connection connection, Map<String, String> options) throws SQLException {
        String table = options.get(TABLE);
        String query = options.get(QUERY);
        boolean hasTable = table != null && !table.isBlank();
        boolean hasQuery = query != null && !query.isBlank();
        if (hasTable == hasQuery) {
            throw new UserError("source " + name + ": set exactly one of the options table and query");
        }
        if (hasQuery) {
            return query.strip().replaceAll(";\\s*$", "");
        }
        return "SELECT * FROM " + TableName.parse(table).sql(connection.getMetaData());
    }

    private static int fetchSize(String url, Map<String, String> options) {
        // MySQL's driver streams only with this sentinel; others take the number as a hint.
        if (url.startsWith("jdbc:mysql:") && !url.contains("useCursorFetch=true")) {
            return Integer.MIN_VALUE;
        }
        String value = options.get(FETCH_SIZE);
        if (value == null || value.isBlank()) {
            return DEFAULT_FETCH_SIZE;
        }
        try {
            int size = Integer.parseInt(value.trim());
            if (size > 0) {
                return size;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UserError("option fetch_size: expected a positive whole number, got '" + value + "'");
    }

    /** A hint that lets some databases skip locking; drivers that cannot take it here (SQLite) may refuse. */
    private static void readOnly(Connection connection) {
        try {
            connection.setReadOnly(true);
        } catch (SQLException ignored) {
            // only a hint: the reader issues nothing but the one SELECT
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown database error";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    private static void close(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // the original failure is what the user needs to see
        }
    }
}
