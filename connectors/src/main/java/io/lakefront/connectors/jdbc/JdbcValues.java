package io.lakefront.connectors.jdbc;

import java.math.BigDecimal;
import java.sql.Clob;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Base64;

/**
 * Renders a column value as the text a file source would hold: dates {@code YYYY-MM-DD}, timestamps
 * ISO 8601 (an instant in UTC when the column carries a time zone), decimals without exponent,
 * booleans {@code true}/{@code false}, binary data as Base64.
 */
final class JdbcValues {
    private JdbcValues() {
    }

    /**
     * The JDBC type to read a column as. PostgreSQL's driver reports {@code timestamptz} as plain
     * {@link Types#TIMESTAMP}, and reading it as a local date-time fails: the type name tells.
     */
    static int effectiveType(int sqlType, String typeName) {
        if (sqlType == Types.TIMESTAMP && typeName != null) {
            String name = typeName.toLowerCase(java.util.Locale.ROOT);
            if (name.equals("timestamptz") || name.contains("with time zone")) {
                return Types.TIMESTAMP_WITH_TIMEZONE;
            }
        }
        return sqlType;
    }

    static String text(ResultSet rows, int column, int sqlType) throws SQLException {
        switch (sqlType) {
            case Types.DATE -> {
                LocalDate date = rows.getObject(column, LocalDate.class);
                return date == null ? null : date.toString();
            }
            case Types.TIMESTAMP -> {
                LocalDateTime timestamp = rows.getObject(column, LocalDateTime.class);
                return timestamp == null ? null : timestamp.toString();
            }
            case Types.TIMESTAMP_WITH_TIMEZONE -> {
                OffsetDateTime timestamp = rows.getObject(column, OffsetDateTime.class);
                return timestamp == null ? null : timestamp.toInstant().toString();
            }
            case Types.TIME -> {
                LocalTime time = rows.getObject(column, LocalTime.class);
                return time == null ? null : time.toString();
            }
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> {
                byte[] bytes = rows.getBytes(column);
                return bytes == null ? null : Base64.getEncoder().encodeToString(bytes);
            }
            default -> {
                return plain(rows.getObject(column));
            }
        }
    }

    private static String plain(Object value) throws SQLException {
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Double d && Double.isFinite(d)) {
            return BigDecimal.valueOf(d).toPlainString();
        }
        if (value instanceof Float f && Float.isFinite(f)) {
            return new BigDecimal(Float.toString(f)).toPlainString();
        }
        if (value instanceof Clob clob) {
            return clob.getSubString(1, (int) Math.min(Integer.MAX_VALUE, clob.length()));
        }
        return value.toString();
    }
}
