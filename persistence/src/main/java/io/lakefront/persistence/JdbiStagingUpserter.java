package io.lakefront.persistence;

import io.lakefront.domain.UserError;
import io.lakefront.domain.source.RowChange;
import io.lakefront.domain.source.StagingCheckpoint;
import io.lakefront.domain.source.StagingUpserter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Writes one incremental sync. The committed rows are first copied, inside the database, into the
 * side table; each incoming row then replaces the side table's rows with its record id, or is
 * appended; {@link #commit} swaps the side table in exactly like a full sync ({@link StagingSwap}).
 *
 * <p>Why a side table rather than a transactional delta on the live table: H2 commits every
 * {@code ALTER TABLE} on its own, so a sync that adds a column (schema drift) could not be undone,
 * and one transaction over a long delta would hold the whole undo log. The copy costs one
 * {@code INSERT ... SELECT} that never leaves the database, and buys the same guarantee as a full
 * sync: until the swap's commit point nobody sees a single changed row, and a cancel, crash or
 * failure leaves the staging table, its column types and its watermark exactly as they were.
 * Memory stays flat: rows are looked up one at a time through an index on the record id column.
 */
final class JdbiStagingUpserter implements StagingUpserter {
    private static final int COMMIT_EVERY = JdbiStagingWriter.BATCH_ROWS;

    private final StagingSession session;
    private final int width;
    private final int keyPosition;
    private final PreparedStatement find;
    private final PreparedStatement update;
    private final PreparedStatement insert;
    private long staged;
    private long lastRowNo;
    private long written;
    private int pending;
    private boolean committed;
    private boolean closed;

    private JdbiStagingUpserter(StagingSession session, int keyPosition, long staged, long lastRowNo) throws SQLException {
        this.session = session;
        this.width = session.columnNames().size();
        this.keyPosition = keyPosition;
        this.staged = staged;
        this.lastRowNo = lastRowNo;
        String side = StagingTable.quoted(session.table().sideName());
        Connection data = session.data();
        this.find = data.prepareStatement("SELECT row_no, " + StagingTable.valueColumns(width) + " FROM " + side
                + " WHERE c" + (keyPosition + 1) + " = ? ORDER BY row_no");
        StringBuilder set = new StringBuilder();
        for (int i = 1; i <= width; i++) {
            set.append(i == 1 ? "" : ", ").append('c').append(i).append(" = ?");
        }
        this.update = data.prepareStatement("UPDATE " + side + " SET " + set + " WHERE row_no = ?");
        this.insert = session.prepareInsert();
    }

    static JdbiStagingUpserter open(DataSource dataSource, StagingTable table, List<String> columns, int keyPosition) {
        if (keyPosition < 0 || keyPosition >= columns.size()) {
            throw new IllegalArgumentException("key position " + keyPosition + " outside " + columns.size() + " columns");
        }
        StagingSession session = StagingSession.open(dataSource, table, columns);
        try {
            Connection data = session.data();
            List<String> committed = committedColumns(data, table);
            if (committed.size() > columns.size() || !columns.subList(0, committed.size()).equals(committed)) {
                throw new UserError("source '" + table.source() + "': its staged columns changed while this sync "
                        + "started (another sync committed); sync again");
            }
            long staged = 0;
            long lastRowNo = 0;
            if (SideTableSwap.exists(data, table.name())) {
                String carried = committed.isEmpty() ? "" : ", " + StagingTable.valueColumns(committed.size());
                try (Statement statement = data.createStatement()) {
                    staged = statement.executeUpdate("INSERT INTO " + StagingTable.quoted(table.sideName())
                            + " (row_no" + carried + ") SELECT row_no" + carried + " FROM " + StagingTable.quoted(table.name()));
                    try (ResultSet rs = statement.executeQuery("SELECT COALESCE(MAX(row_no), 0) FROM "
                            + StagingTable.quoted(table.sideName()))) {
                        rs.next();
                        lastRowNo = rs.getLong(1);
                    }
                    // Index names are schema-wide in H2 and the index moves with the table on the
                    // swap: the generation keeps the next sync's index name free.
                    statement.execute("CREATE INDEX " + StagingTable.quoted(table.name() + "$KEY" + session.generation())
                            + " ON " + StagingTable.quoted(table.sideName()) + " (c" + (keyPosition + 1) + ")");
                }
                data.commit();
            }
            return new JdbiStagingUpserter(session, keyPosition, staged, lastRowNo);
        } catch (SQLException e) {
            discardQuietly(session);
            throw session.failure("cannot start the incremental sync", e);
        } catch (RuntimeException e) {
            discardQuietly(session);
            throw e;
        }
    }

    private static List<String> committedColumns(Connection data, StagingTable table) throws SQLException {
        try (PreparedStatement query = data.prepareStatement(
                "SELECT column_name FROM staging_tables WHERE source = ? ORDER BY column_position")) {
            query.setString(1, table.source());
            List<String> names = new ArrayList<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            return names;
        }
    }

    @Override
    public RowChange upsert(List<String> row) {
        requireOpen();
        long rowNo = written + 1;
        try {
            String key = keyPosition < row.size() ? row.get(keyPosition) : null;
            RowChange change = key == null || key.isBlank() ? null : replace(key, row, rowNo);
            if (change == null) {
                insert.setLong(1, ++lastRowNo);
                session.bindValues(insert, 2, row, rowNo);
                insert.executeUpdate();
                staged++;
                change = RowChange.INSERTED;
            }
            written = rowNo;
            if (++pending == COMMIT_EVERY) {
                session.data().commit();
                pending = 0;
            }
            return change;
        } catch (SQLException e) {
            throw session.failure("cannot stage data row " + rowNo, e);
        }
    }

    /** Replaces every staged row with this record id that differs; {@code null} when none has it. */
    private RowChange replace(String key, List<String> row, long rowNo) throws SQLException {
        find.setString(1, key);
        List<Long> differing = new ArrayList<>();
        boolean found = false;
        try (ResultSet rs = find.executeQuery()) {
            while (rs.next()) {
                found = true;
                if (!sameValues(rs, row)) {
                    differing.add(rs.getLong(1));
                }
            }
        }
        if (!found) {
            return null;
        }
        for (long target : differing) {
            session.bindValues(update, 1, row, rowNo);
            update.setLong(width + 1, target);
            update.executeUpdate();
        }
        return differing.isEmpty() ? RowChange.UNCHANGED : RowChange.UPDATED;
    }

    private boolean sameValues(ResultSet rs, List<String> row) throws SQLException {
        for (int i = 0; i < width; i++) {
            String incoming = i < row.size() ? row.get(i) : null;
            if (!Objects.equals(rs.getString(i + 2), incoming)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public long stagedRows() {
        return staged;
    }

    @Override
    public void commit(StagingCheckpoint checkpoint) {
        requireOpen();
        try {
            closeStatements();
            session.data().commit();
            session.swap(staged, checkpoint);
            committed = true;
        } catch (SQLException e) {
            throw session.failure("cannot replace the staging table", e);
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (!committed) {
                closeStatements();
                session.discard();
            }
        } catch (SQLException e) {
            throw session.failure("cannot discard the unfinished staging table", e);
        } finally {
            session.release();
        }
    }

    private void closeStatements() throws SQLException {
        try (find; update; insert) {
            // closes all three
        }
    }

    private static void discardQuietly(StagingSession session) {
        try {
            session.discard();
        } catch (SQLException ignored) {
            // the failure that got us here is the one to report; the next sync drops the side table
        } finally {
            session.release();
        }
    }

    private void requireOpen() {
        if (closed || committed) {
            throw new IllegalStateException("staging upserter for source '" + session.table().source() + "' is "
                    + (committed ? "already committed" : "closed"));
        }
    }
}
