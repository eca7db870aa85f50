package io.lakefront.persistence;

import io.lakefront.domain.prep.PreparedColumn;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The prepared side of {@link SideTableSwap}: its commit point replaces the prepared column metadata
 * and the source's quarantine rows (moved in from {@code PREP_X$Q}) in one transaction. Callers
 * hold the source's lock throughout.
 */
final class PreparedSwap {
    private static final Logger LOG = LoggerFactory.getLogger(PreparedSwap.class);

    private PreparedSwap() {
    }

    static void create(Connection connection, PreparedTable table, int columnCount, long generation) throws SQLException {
        SideTableSwap.createSide(connection, table, columnCount, generation);
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE " + StagingTable.quoted(table.quarantineName()) + " (seq BIGINT PRIMARY KEY, "
                    + "record_id VARCHAR, column_name VARCHAR NOT NULL, raw_value VARCHAR, reason VARCHAR NOT NULL, "
                    + "found_at TIMESTAMP(9) WITH TIME ZONE NOT NULL)");
        }
    }

    static void swap(Connection connection, PreparedTable table, List<PreparedColumn> columns, long generation,
                     long rowCount, Instant preparedAt) throws SQLException {
        SideTableSwap.swap(connection, table,
                () -> writeMetadataAndQuarantine(connection, table, columns, generation, rowCount, preparedAt));
        try {
            SideTableSwap.drop(connection, table.quarantineName());
        } catch (SQLException e) {
            // The preparation is committed; the next one of this source removes the leftover.
            LOG.warn("{}: could not drop {}: {}", table.what(), table.quarantineName(), e.getMessage());
        }
    }

    /** Brings the source back to a committed state after a crash; the lock must be held. */
    static void recover(Connection connection, PreparedTable table) throws SQLException {
        SideTableSwap.drop(connection, table.quarantineName());
        SideTableSwap.recover(connection, table, () -> SideTableSwap.committedGeneration(connection,
                "SELECT generation FROM prepared_sources WHERE source = ?", table.source()));
    }

    /** Drops what an unfinished preparation wrote. */
    static void discard(Connection connection, PreparedTable table) throws SQLException {
        SideTableSwap.drop(connection, table.sideName());
        SideTableSwap.drop(connection, table.quarantineName());
    }

    private static void writeMetadataAndQuarantine(Connection connection, PreparedTable table, List<PreparedColumn> columns,
                                                   long generation, long rowCount, Instant preparedAt) throws SQLException {
        String source = table.source();
        update(connection, "DELETE FROM prepared_columns WHERE source = ?", source);
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO prepared_columns (source, column_position, column_name, tag) VALUES (?, ?, ?, ?)")) {
            for (int i = 0; i < columns.size(); i++) {
                insert.setString(1, source);
                insert.setInt(2, i + 1);
                insert.setString(3, columns.get(i).name());
                insert.setString(4, columns.get(i).tag().code());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (PreparedStatement merge = connection.prepareStatement("MERGE INTO prepared_sources "
                + "(source, generation, row_count, prepared_at) KEY (source) VALUES (?, ?, ?, ?)")) {
            merge.setString(1, source);
            merge.setLong(2, generation);
            merge.setLong(3, rowCount);
            merge.setObject(4, preparedAt.atOffset(ZoneOffset.UTC));
            merge.executeUpdate();
        }
        update(connection, "DELETE FROM quarantine WHERE source = ?", source);
        update(connection, "INSERT INTO quarantine (source, record_id, column_name, raw_value, reason, found_at) "
                + "SELECT ?, record_id, column_name, raw_value, reason, found_at FROM "
                + StagingTable.quoted(table.quarantineName()) + " ORDER BY seq", source);
        connection.commit();
    }

    private static void update(Connection connection, String sql, String source) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, source);
            statement.executeUpdate();
        }
    }
}
