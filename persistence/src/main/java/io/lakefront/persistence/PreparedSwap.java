package io.lakefront.persistence;

import io.lakefront.domain.prep.PreparedColumn;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The prepared side of {@link SideTableSwap}: the prepared table ({@code PREP_X}) and the source's
 * quarantine ({@code QUAR_X}) are written as side tables and swapped in together, both renamed before
 * one commit point that records the new generation with the prepared column metadata. Both tables
 * carry the generation as their comment, so {@link #recover} repairs each the same way after a crash.
 * Replacing a quarantine is therefore a rename, whatever its size; the shared {@code quarantine} table
 * of earlier versions is only read for sources not prepared since, and emptied for a source at its
 * next commit. Callers hold the source's lock throughout.
 */
final class PreparedSwap {
    private PreparedSwap() {
    }

    static void create(Connection connection, PreparedTable table, int columnCount, long generation) throws SQLException {
        SideTableSwap.createSide(connection, table, columnCount, generation);
        QuarantineTable quarantine = table.quarantine();
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE " + StagingTable.quoted(quarantine.sideName()) + " (seq BIGINT PRIMARY KEY, "
                    + "record_id VARCHAR, column_name VARCHAR NOT NULL, raw_value VARCHAR, reason VARCHAR NOT NULL, "
                    + "found_at TIMESTAMP(9) WITH TIME ZONE NOT NULL)");
            statement.execute("COMMENT ON TABLE " + StagingTable.quoted(quarantine.sideName()) + " IS '" + generation + "'");
        }
    }

    static void swap(Connection connection, PreparedTable table, List<PreparedColumn> columns, long generation,
                     long rowCount, Instant preparedAt) throws SQLException {
        // The quarantine's renames run inside the prepared table's commit point: if anything fails
        // before the metadata commits, each swap renames its own tables back.
        SideTableSwap.swap(connection, table, () -> SideTableSwap.swap(connection, table.quarantine(),
                () -> writeMetadata(connection, table, columns, generation, rowCount, preparedAt)));
    }

    /** Brings the source back to a committed state after a crash; the lock must be held. */
    static void recover(Connection connection, PreparedTable table) throws SQLException {
        SideTableSwap.drop(connection, table.legacyQuarantineName());
        SideTableSwap.CommittedGeneration committed = () -> SideTableSwap.committedGeneration(connection,
                "SELECT generation FROM prepared_sources WHERE source = ?", table.source());
        SideTableSwap.recover(connection, table, committed);
        SideTableSwap.recover(connection, table.quarantine(), committed);
    }

    /** Drops what an unfinished preparation wrote. */
    static void discard(Connection connection, PreparedTable table) throws SQLException {
        SideTableSwap.drop(connection, table.sideName());
        SideTableSwap.drop(connection, table.quarantine().sideName());
    }

    private static void writeMetadata(Connection connection, PreparedTable table, List<PreparedColumn> columns,
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
        // A quarantine an earlier version kept in the shared table is replaced by QUAR_X now.
        update(connection, "DELETE FROM quarantine WHERE source = ?", source);
        connection.commit();
    }

    private static void update(Connection connection, String sql, String source) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, source);
            statement.executeUpdate();
        }
    }
}
