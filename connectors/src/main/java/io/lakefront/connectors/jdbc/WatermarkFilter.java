package io.lakefront.connectors.jdbc;

import io.lakefront.domain.UserError;
import io.lakefront.domain.source.Watermark;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * The watermark condition pushed into the source's query: {@code SELECT * FROM (<query>) w WHERE
 * w."col" > ? OR w."col" IS NULL}. The column is looked up in the query's own result columns (any
 * case), so the name in the SQL is the database's and quoted; the watermark is a bind parameter of
 * the column's type, parsed back from the text {@link JdbcValues} wrote, so that a timestamp column
 * is compared as a timestamp on every database. Rows without a value come along, as the sync lets
 * them through too.
 */
record WatermarkFilter(String sql, int sqlType, String value) {
    private static final String ALIAS = "lakefront_w";

    static WatermarkFilter of(String source, Connection connection, String query, Watermark watermark) throws SQLException {
        String wrapped = "SELECT * FROM (" + query + ") " + ALIAS;
        String column = null;
        int type = Types.VARCHAR;
        try (PreparedStatement probe = connection.prepareStatement(wrapped + " WHERE 1 = 0");
             ResultSet empty = probe.executeQuery()) {
            ResultSetMetaData meta = empty.getMetaData();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                if (watermark.isFor(meta.getColumnLabel(i))) {
                    column = meta.getColumnLabel(i);
                    type = meta.getColumnType(i);
                    break;
                }
            }
        }
        if (column == null) {
            throw new UserError("source " + source + ", option watermark: no column named '" + watermark.column() + "'");
        }
        String quote = connection.getMetaData().getIdentifierQuoteString();
        if (quote == null || quote.isBlank()) {
            quote = "\"";
        }
        String quoted = ALIAS + "." + quote + column.replace(quote, quote + quote) + quote;
        return new WatermarkFilter(wrapped + " WHERE " + quoted + " > ? OR " + quoted + " IS NULL", type, watermark.value());
    }

    /** Binds the watermark as the column's own type; text when it does not parse as that type. */
    void bind(PreparedStatement statement, int index) throws SQLException {
        try {
            switch (sqlType) {
                case Types.DATE -> statement.setObject(index, LocalDate.parse(value));
                case Types.TIMESTAMP -> statement.setObject(index, LocalDateTime.parse(value));
                case Types.TIMESTAMP_WITH_TIMEZONE -> statement.setObject(index, Instant.parse(value).atOffset(ZoneOffset.UTC));
                case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT, Types.DECIMAL, Types.NUMERIC,
                     Types.REAL, Types.FLOAT, Types.DOUBLE -> statement.setBigDecimal(index, new BigDecimal(value.strip()));
                default -> statement.setString(index, value);
            }
        } catch (DateTimeParseException | NumberFormatException e) {
            statement.setString(index, value);
        }
    }
}
