package io.lakefront.persistence;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A table that a run rewrites as a whole, written as the difference from what it holds: the current
 * rows' keys and a 64-bit digest of their values are read first; a row given again with the same
 * values is left alone, a changed one is updated, a new one inserted, and the rows not given again are
 * deleted at {@link #finish()}. A re-run that changes little writes little — H2 spends about as long
 * deleting a row as inserting it, so emptying and refilling 500,000 event rows cost most of a run.
 * <p>
 * Digests compare values in a canonical text form (instants in UTC, decimals at the column's four
 * places without trailing zeros, dates as {@code YYYY-MM-DD}), so a value read back from H2 digests
 * like the one written. Should a digest ever differ for equal values, the row is merely updated again.
 * Table and column names are constants of this package, never input.
 */
final class DiffedTable {
    private static final int BATCH_ROWS = 5_000;

    private final String table;
    private final List<String> columns;
    private final int keyColumns;
    /** The current rows not given again yet: what is left at {@link #finish()} is deleted. */
    private final Map<String, Long> existing = new HashMap<>();
    private final Op insert;
    private final Op update;
    private final Op delete;
    private long unchanged;

    /**
     * @param columns    the table's columns, its key columns first
     * @param keyColumns how many of the first columns make the key
     */
    DiffedTable(Connection connection, String table, List<String> columns, int keyColumns) throws SQLException {
        this.table = table;
        this.columns = List.copyOf(columns);
        this.keyColumns = keyColumns;
        List<String> keys = columns.subList(0, keyColumns);
        List<String> values = columns.subList(keyColumns, columns.size());
        String where = String.join(" AND ", keys.stream().map(c -> c + " = ?").toList());
        insert = new Op(connection.prepareStatement("INSERT INTO " + table + " (" + String.join(", ", columns)
                + ") VALUES (" + String.join(", ", columns.stream().map(c -> "?").toList()) + ")"));
        update = new Op(connection.prepareStatement("UPDATE " + table + " SET "
                + String.join(", ", values.stream().map(c -> c + " = ?").toList()) + " WHERE " + where));
        delete = new Op(connection.prepareStatement("DELETE FROM " + table + " WHERE " + where));
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT " + String.join(", ", columns) + " FROM " + table)) {
            Object[] row = new Object[columns.size()];
            while (rs.next()) {
                for (int i = 0; i < row.length; i++) {
                    row[i] = rs.getObject(i + 1);
                }
                existing.put(key(row), digest(row));
            }
        }
    }

    /** Gives one row's values (in the constructor's column order, Java values or {@code null}). */
    void put(Object... row) throws SQLException {
        // Removing as we go keeps one map (half the memory of a map plus a set of the keys seen); a row
        // given twice is then inserted twice, which the table's key refuses.
        Long before = existing.remove(key(row));
        if (before == null) {
            for (int i = 0; i < row.length; i++) {
                insert.statement.setObject(i + 1, row[i]);
            }
            insert.add();
            return;
        }
        if (before == digest(row)) {
            unchanged++;
            return;
        }
        int p = 1;
        for (int i = keyColumns; i < row.length; i++) {
            update.statement.setObject(p++, row[i]);
        }
        for (int i = 0; i < keyColumns; i++) {
            update.statement.setObject(p++, row[i]);
        }
        update.add();
    }

    /** Deletes the rows not given again and writes what is pending; returns what changed. */
    Changes finish() throws SQLException {
        for (String key : existing.keySet()) {
            // A one-column key is used whole: an id may contain any character.
            String[] parts = keyColumns == 1 ? new String[] {key} : key.split("\u0001", -1);
            for (int i = 0; i < keyColumns; i++) {
                delete.statement.setString(i + 1, parts[i]);
            }
            delete.add();
        }
        existing.clear();
        insert.flush();
        update.flush();
        delete.flush();
        return new Changes(table, insert.rows, update.rows, delete.rows, unchanged);
    }

    void close() {
        for (Op op : List.of(insert, update, delete)) {
            try {
                op.statement.close();
            } catch (SQLException ignored) {
                // closing after a commit or before a rollback; nothing left to save
            }
        }
    }

    /** What one table's rewrite changed. */
    record Changes(String table, long inserted, long updated, long deleted, long unchanged) {
        String describe() {
            return table + ": " + inserted + " new, " + updated + " changed, " + deleted + " removed, " + unchanged
                    + " unchanged";
        }
    }

    private String key(Object[] row) {
        if (keyColumns == 1) {
            return String.valueOf(row[0]);
        }
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < keyColumns; i++) {
            if (i > 0) {
                key.append('\u0001');
            }
            key.append(row[i]);
        }
        return key.toString();
    }

    /** FNV-1a over the canonical text of the non-key values. */
    static long digest(Object[] row, int from) {
        long hash = 0xcbf29ce484222325L;
        for (int i = from; i < row.length; i++) {
            byte[] bytes = canonical(row[i]).getBytes(StandardCharsets.UTF_8);
            for (byte b : bytes) {
                hash ^= b & 0xff;
                hash *= 0x100000001b3L;
            }
            hash ^= 0x1f;
            hash *= 0x100000001b3L;
        }
        return hash;
    }

    private long digest(Object[] row) {
        return digest(row, keyColumns);
    }

    static String canonical(Object value) {
        if (value == null) {
            return "\u0000";
        }
        if (value instanceof OffsetDateTime time) {
            return time.toInstant().toString();
        }
        if (value instanceof Instant instant) {
            return instant.toString();
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate().toString();
        }
        if (value instanceof LocalDate date) {
            return date.toString();
        }
        if (value instanceof BigDecimal decimal) {
            BigDecimal scaled = decimal.setScale(4, RoundingMode.HALF_UP);
            return scaled.signum() == 0 ? "0" : scaled.stripTrailingZeros().toPlainString();
        }
        if (value instanceof Number number && !(value instanceof Double) && !(value instanceof Float)) {
            return Long.toString(number.longValue());
        }
        return value.toString();
    }

    /** A statement executed in batches, counting the rows it wrote. */
    private static final class Op {
        final PreparedStatement statement;
        private int pending;
        long rows;

        Op(PreparedStatement statement) {
            this.statement = statement;
        }

        void add() throws SQLException {
            statement.addBatch();
            rows++;
            if (++pending >= BATCH_ROWS) {
                flush();
            }
        }

        void flush() throws SQLException {
            if (pending > 0) {
                statement.executeBatch();
                pending = 0;
            }
        }
    }
}
