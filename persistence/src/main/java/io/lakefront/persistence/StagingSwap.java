package io.lakefront.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import io.lakefront.domain.source.StagingCheckpoint;
import io.lakefront.domain.source.ValueType;
import java.sql.Types;
import java.util.List;

/**
 * The staging side of {@link SideTableSwap}: its commit point replaces the column names and types
 * in {@code staging_tables}, the row count and generation in {@code staged_sources} and the
 * watermark in {@code staged_watermarks}, so rows, types and watermark become visible together or
 * not at all. Callers hold the source's staging lock throughout.
 */
final class StagingSwap {
    private StagingSwap() {
    }

    static void swap(Connection connection, StagingTable table, List<String> columnNames, long generation,
                     long rowCount, StagingCheckpoint checkpoint) throws SQLException {
        SideTableSwap.swap(connection, table,
                () -> writeMetadata(connection, table, columnNames, generation, rowCount, checkpoint));
    }

    /** Brings the source back to a committed state after a crash; the writer's lock must be held. */
    static void recover(Connection connection, StagingTable table) throws SQLException {
        SideTableSwap.recover(connection, table, () -> SideTableSwap.committedGeneration(connection,
                "SELECT generation FROM staged_sources WHERE source = ?", table.source()));
    }

    static void create(Connection connection, StagingTable table, int columnCount, long generation) throws SQLException {
        SideTableSwap.createSide(connection, table, columnCount, generation);
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
}
