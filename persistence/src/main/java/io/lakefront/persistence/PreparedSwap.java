package io.lakefront.persistence;

import io.lakefront.domain.prep.PreparedColumn;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replaces a source's prepared table and its quarantine with a freshly written preparation, and
 * repairs a swap a crash interrupted: the same three recoverable steps as {@link StagingSwap} (H2
 * commits DDL on its own), with the prepared metadata and the quarantine rows written in the one
 * transaction that is the commit point. Callers hold the source's lock throughout.
 */
final class PreparedSwap {
    private static final Logger LOG = LoggerFactory.getLogger(PreparedSwap.class);

    private PreparedSwap() {
    }

    static void create(Connection connection, PreparedTable table, int columnCount, long generation) throws SQLException {
        StringBuilder sql = new StringBuilder("CREATE TABLE ").append(StagingTable.quoted(table.sideName()))
                .append(" (row_no BIGINT PRIMARY KEY");
        for (int i = 1; i <= columnCount; i++) {
            sql.append(", c").append(i).append(" VARCHAR");
        }
        sql.append(')');
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql.toString());
            statement.execute("COMMENT ON TABLE " + StagingTable.quoted(table.sideName()) + " IS '" + generation + "'");
            statement.execute("CREATE TABLE " + StagingTable.quoted(table.quarantineName()) + " (seq BIGINT PRIMARY KEY, "
                    + "record_id VARCHAR, column_name VARCHAR NOT NULL, raw_value VARCHAR, reason VARCHAR NOT NULL, "
                    + "found_at TIMESTAMP(9) WITH TIME ZONE NOT NULL)");
        }
    }

    static void swap(Connection connection, PreparedTable table, List<PreparedColumn> columns, long generation,
                     long rowCount, Instant preparedAt) throws SQLException {
        boolean hadPrevious = StagingSwap.exists(connection, table.name());
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
            writeMetadataAndQuarantine(connection, table, columns, generation, rowCount, preparedAt);
        } catch (SQLException e) {
            connection.rollback();
            rename(connection, table.name(), table.sideName());
            if (hadPrevious) {
                rename(connection, table.previousName(), table.name());
            }
            throw e;
        }
        try {
            if (hadPrevious) {
                StagingSwap.drop(connection, table.previousName());
            }
            StagingSwap.drop(connection, table.quarantineName());
        } catch (SQLException e) {
            // The preparation is committed; the next one of this source removes the leftovers.
            LOG.warn("prepared table of source '{}': could not drop leftovers: {}", table.source(), e.getMessage());
        }
    }

    /** Brings the source back to a committed state after a crash; the lock must be held. */
    static void recover(Connection connection, PreparedTable table) throws SQLException {
        StagingSwap.drop(connection, table.sideName());
        StagingSwap.drop(connection, table.quarantineName());
        if (!StagingSwap.exists(connection, table.previousName())) {
            return;
        }
        boolean current = StagingSwap.exists(connection, table.name());
        OptionalLong currentGeneration = current ? generationOf(connection, table.name()) : OptionalLong.empty();
        if (currentGeneration.isPresent() && currentGeneration.equals(committedGeneration(connection, table))) {
            LOG.info("prepared table of source '{}': finishing a swap interrupted after its commit", table.source());
            StagingSwap.drop(connection, table.previousName());
            return;
        }
        LOG.info("prepared table of source '{}': undoing a swap interrupted before its commit", table.source());
        if (current) {
            StagingSwap.drop(connection, table.name());
        }
        rename(connection, table.previousName(), table.name());
    }

    /** Drops what an unfinished preparation wrote. */
    static void discard(Connection connection, PreparedTable table) throws SQLException {
        StagingSwap.drop(connection, table.sideName());
        StagingSwap.drop(connection, table.quarantineName());
    }

    private static void rename(Connection connection, String from, String to) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE " + StagingTable.quoted(from) + " RENAME TO " + StagingTable.quoted(to));
        }
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

    private static OptionalLong committedGeneration(Connection connection, PreparedTable table) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT generation FROM prepared_sources WHERE source = ?")) {
            query.setString(1, table.source());
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() ? OptionalLong.of(rs.getLong(1)) : OptionalLong.empty();
            }
        }
    }
}
