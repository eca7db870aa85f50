package io.lakefront.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replaces a table with its freshly written side table, and repairs a swap that a crash
 * interrupted. Staging and prepared tables both swap this way; what differs is the metadata they
 * commit, which the caller supplies.
 *
 * <p>H2 commits every CREATE, ALTER and DROP on its own, so the swap cannot be one transaction.
 * It is three steps instead, each recoverable: (1) rename the current table to {@code $OLD};
 * (2) rename {@code $NEW} to the current name; (3) the caller's metadata, in one transaction that
 * records the new table's generation — the commit point. Then {@code $OLD} is dropped. Every table
 * carries its generation as its SQL comment, so {@link #recover} can tell which side of the commit
 * point a crash happened on. Callers hold the source's lock throughout.
 */
final class SideTableSwap {
    private static final Logger LOG = LoggerFactory.getLogger(SideTableSwap.class);

    /**
     * The names of one swappable table; {@code what} names it in log lines ("staging for source 'crm'").
     * The side table is {@code NAME$NEW}, the previous one {@code NAME$OLD} during the swap.
     */
    interface Names {
        String name();

        default String sideName() {
            return name() + "$NEW";
        }

        default String previousName() {
            return name() + "$OLD";
        }

        String what();

        /**
         * Checks a source name again where it becomes part of a table name, the one piece of a
         * statement that cannot be a bind parameter; {@code kind} names the table in the error.
         */
        static void checkSource(String source, String kind) {
            if (!io.lakefront.domain.source.Source.isValidName(source)) {
                throw new io.lakefront.domain.UserError("source name '" + source + "' cannot name a " + kind
                        + ": use 1-40 lower-case letters, digits or _, starting with a letter");
            }
        }
    }

    /** The commit point: writes the metadata in the connection's open transaction and commits it. */
    @FunctionalInterface
    interface CommitPoint {
        void commit() throws SQLException;
    }

    /** Reads the generation the metadata says is committed. */
    @FunctionalInterface
    interface CommittedGeneration {
        OptionalLong read() throws SQLException;
    }

    private SideTableSwap() {
    }

    /** Creates the side table {@code (row_no, c1..cN)}, tagged with its generation. */
    static void createSide(Connection connection, Names table, int columnCount, long generation) throws SQLException {
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

    /** The next generation number from a sequence, committed at once so that no two writers share one. */
    static long nextGeneration(Connection connection, String sequence) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT NEXT VALUE FOR " + sequence)) {
            rs.next();
            long generation = rs.getLong(1);
            connection.commit();
            return generation;
        }
    }

    /** The first rows of a committed {@code (row_no, c1..cN)} table, in row order. */
    static List<List<String>> sample(Jdbi jdbi, String tableName, int columns, int limit) {
        String values = columns == 0 ? "" : ", " + StagingTable.valueColumns(columns);
        return jdbi.withHandle(handle -> handle.createQuery("SELECT row_no" + values + " FROM "
                        + StagingTable.quoted(tableName) + " ORDER BY row_no LIMIT :limit")
                .bind("limit", JdbiSyncHistory.checked(limit))
                .map((rs, ctx) -> {
                    List<String> row = new ArrayList<>(columns);
                    for (int i = 1; i <= columns; i++) {
                        row.add(rs.getString(i + 1));
                    }
                    return row;
                })
                .list());
    }

    static void swap(Connection connection, Names table, CommitPoint commitPoint) throws SQLException {
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
            commitPoint.commit();
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
                // Committed already; the next swap of this table removes the leftover.
                LOG.warn("{}: could not drop {}: {}", table.what(), table.previousName(), e.getMessage());
            }
        }
    }

    /** Brings the table back to a committed state after a crash; the lock must be held. */
    static void recover(Connection connection, Names table, CommittedGeneration committed) throws SQLException {
        drop(connection, table.sideName());
        if (!exists(connection, table.previousName())) {
            return;
        }
        boolean current = exists(connection, table.name());
        OptionalLong currentGeneration = current ? generationOf(connection, table.name()) : OptionalLong.empty();
        if (currentGeneration.isPresent() && currentGeneration.equals(committed.read())) {
            LOG.info("{}: finishing a swap interrupted after its commit", table.what());
            drop(connection, table.previousName());
            return;
        }
        LOG.info("{}: undoing a swap interrupted before its commit", table.what());
        if (current) {
            drop(connection, table.name());
        }
        rename(connection, table.previousName(), table.name());
    }

    static void drop(Connection connection, String tableName) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS " + StagingTable.quoted(tableName));
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

    /** The generation a committed metadata table holds for a source, by a query with the source as its one parameter. */
    static OptionalLong committedGeneration(Connection connection, String query, String source) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(query)) {
            statement.setString(1, source);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? OptionalLong.of(rs.getLong(1)) : OptionalLong.empty();
            }
        }
    }

    private static void rename(Connection connection, String from, String to) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE " + StagingTable.quoted(from) + " RENAME TO " + StagingTable.quoted(to));
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
}
