package io.lakefront.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import io.lakefront.domain.source.StagingCheckpoint;
import io.lakefront.domain.source.ValueType;
import java.sql.Types;
import java.util.List;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replaces a source's staging table with its freshly written side table, and repairs a swap that a
 * crash interrupted.
 *
 * <p>H2 commits every CREATE, ALTER and DROP on its own, so the swap cannot be one transaction.
 * It is three steps instead, each recoverable: (1) rename the current table to {@code $OLD};
 * (2) rename {@code $NEW} to the current name; (3) in one transaction, replace the column names and
 * row count in {@code staging_tables} / {@code staged_sources}, including the new table's
 * generation number, with the column types and the watermark ({@code staged_watermarks}). Step 3 is
 * the commit point: rows, types and watermark become visible together or not at all. Then {@code $OLD} is dropped. Every table carries
 * its generation as its comment, so {@link #recover} can tell which side of the commit point a
 * crash happened on. Callers hold the source's staging lock throughout.
 */
final class StagingSwap {
    private static final Logger LOG = LoggerFactory.getLogger(StagingSwap.class);

    private StagingSwap() {
    }

    static void swap(Connection connection, StagingTable table, List<String> columnNames, long generation,
                     long rowCount, StagingCheckpoint checkpoint) throws SQLException {
        boolean hadPrevious = exists(connection, table.name());
        if (hadPrevious) {
            rename(connection, table.name(), table.previousName());
        }
        try {
            rename(connection, table.sideName(), table.name());
        } catch (SQLException e) {
            if (hadPrevious) {
                rename(connection, table.previousName(), table.name());
            }
            throw e;
        }
        try {
            writeMetadata(connection, table, columnNames, generation, rowCount, checkpoint);
        } catch (SQLException e) {
            connection.rollback();
            rename(connection, table.name(), table.sideName());
            if (hadPrevious) {
                rename(connection, table.previousName(), table.name());
            }
            throw e;
        }
        if (hadPrevious) {
            try {
                drop(connection, table.previousName());
            } catch (SQLException e) {
                // The sync is committed; the next sync of this source removes the leftover.
                LOG.warn("staging for source '{}': could not drop {}: {}", table.source(), table.previousName(), e.getMessage());
            }
        }
    }

    /** Brings the source back to a committed state after a crash; the writer's lock must be held. */
    static void recover(Connection connection, StagingTable table) throws SQLException {
        drop(connection, table.sideName());
        if (!exists(connection, table.previousName())) {
            return;
        }
        boolean current = exists(connection, table.name());
        OptionalLong currentGeneration = current ? generationOf(connection, table.name()) : OptionalLong.empty();
        if (currentGeneration.isPresent() && currentGeneration.equals(committedGeneration(connection, table))) {
            LOG.info("staging for source '{}': finishing a swap interrupted after its commit", table.source());
            drop(connection, table.previousName());
            return;
        }
        LOG.info("staging for source '{}': undoing a swap interrupted before its commit", table.source());
        if (current) {
            drop(connection, table.name());
        }
        rename(connection, table.previousName(), table.name());
    }

    static void create(Connection connection, StagingTable table, int columnCount, long generation) throws SQLException {
        StringBuilder sql = new StringBuilder("CREATE TABLE ").append(StagingTable.quoted(table.sideName()))
                .append(" (row_no BIGINT PRIMARY KEY");
        for (int i = 1; i <= columnCount; i++) {
            sql.append(", c").append(i).append(" VARCHAR");
        }
        sql.append(')');
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql.toString());
            statement.execute("COMMENT ON TABLE " + StagingTable.quoted(table.sideName()) + " IS '" + generation + "'");
        }
    }

    static void drop(Connection connection, String tableName) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS " + StagingTable.quoted(tableName));
        }
    }

    private static void rename(Connection connection, String from, String to) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE " + StagingTable.quoted(from) + " RENAME TO " + StagingTable.quoted(to));
        }
    }

    private static void writeMetadata(Connection connection, StagingTable table, List<String> columnNames,
                                      long generation, long rowCount, StagingCheckpoint checkpoint) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM staging_tables WHERE source = ?")) {
            delete.setString(1, table.source());
            delete.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO staging_tables (source, column_position, column_name, value_type) VALUES (?, ?, ?, ?)")) {
            for (int i = 0; i < columnNames.size(); i++) {
                insert.setString(1, table.source());
                insert.setInt(2, i + 1);
                insert.setString(3, columnNames.get(i));
                List<ValueType> types = checkpoint.columnTypes();
                if (i < types.size()) {
                    insert.setString(4, types.get(i).name());
                } else {
                    insert.setNull(4, Types.VARCHAR);
                }
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (PreparedStatement merge = connection.prepareStatement(
                "MERGE INTO staged_sources (source, generation, row_count) KEY (source) VALUES (?, ?, ?)")) {
            merge.setString(1, table.source());
            merge.setLong(2, generation);
            merge.setLong(3, rowCount);
            merge.executeUpdate();
        }
        writeWatermark(connection, table, checkpoint);
        connection.commit();
    }

    /** A sync without a watermark clears the old one: it was not kept for the rows staged now. */
    private static void writeWatermark(Connection connection, StagingTable table, StagingCheckpoint checkpoint)
            throws SQLException {
        if (checkpoint.watermark() == null) {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM staged_watermarks WHERE source = ?")) {
                delete.setString(1, table.source());
                delete.executeUpdate();
            }
            return;
        }
        try (PreparedStatement merge = connection.prepareStatement("MERGE INTO staged_watermarks "
                + "(source, column_name, watermark_value) KEY (source) VALUES (?, ?, ?)")) {
            merge.setString(1, table.source());
            merge.setString(2, checkpoint.watermark().column());
            merge.setString(3, checkpoint.watermark().value());
            merge.executeUpdate();
        }
    }

    static boolean exists(Connection connection, String tableName) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM INFORMATION_SCHEMA.TABLES "
                + "WHERE TABLE_SCHEMA = CURRENT_SCHEMA AND TABLE_NAME = ?")) {
            query.setString(1, tableName);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static OptionalLong generationOf(Connection connection, String tableName) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT REMARKS FROM INFORMATION_SCHEMA.TABLES "
                + "WHERE TABLE_SCHEMA = CURRENT_SCHEMA AND TABLE_NAME = ?")) {
            query.setString(1, tableName);
            try (ResultSet rs = query.executeQuery()) {
                if (!rs.next() || rs.getString(1) == null || !rs.getString(1).matches("\\d{1,18}")) {
                    return OptionalLong.empty();
                }
                return OptionalLong.of(Long.parseLong(rs.getString(1)));
            }
        }
    }

    private static OptionalLong committedGeneration(Connection connection, StagingTable table) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT generation FROM staged_sources WHERE source = ?")) {
            query.setString(1, table.source());
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() ? OptionalLong.of(rs.getLong(1)) : OptionalLong.empty();
            }
        }
    }
}
