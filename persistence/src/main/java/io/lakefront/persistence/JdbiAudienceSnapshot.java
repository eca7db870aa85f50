package io.lakefront.persistence;

import io.lakefront.domain.audience.AudienceField;
import io.lakefront.domain.audience.CompiledFilter;
import io.lakefront.domain.audience.index.AudienceIndexBuilder;
import io.lakefront.domain.audience.index.AudienceSnapshotSource;
import io.lakefront.domain.task.TaskContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.StringJoiner;
import org.jdbi.v3.core.Jdbi;

/**
 * Streams the workspace's gold customers with their metrics, then purchases, support tickets and
 * engagement events, into an audience index builder: one forward-only read per table inside one
 * transaction (so the tables are seen as of one moment), each row handed over as it is read.
 */
public final class JdbiAudienceSnapshot implements AudienceSnapshotSource {
    private static final int FETCH = 10_000;
    private static final int PROGRESS_EVERY = 100_000;
    private static final AudienceField[] FIELDS = AudienceField.values();

    private final Jdbi jdbi;

    public JdbiAudienceSnapshot(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /**
     * What tells a snapshot is out of date, cheaply: the latest resolution run (which rewrites the gold
     * and event tables' customer ids) and the row counts of the tables read. Changes to metrics are told
     * by their refresh ({@code RefreshCustomerMetrics#refreshes}).
     */
    public java.util.List<Long> version() {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT (SELECT COALESCE(MAX(id), 0) FROM resolution_runs),"
                + " (SELECT COUNT(*) FROM gold_customer), (SELECT COUNT(*) FROM customer_metrics),"
                + " (SELECT COUNT(*) FROM purchases), (SELECT COUNT(*) FROM support_tickets),"
                + " (SELECT COUNT(*) FROM engagement_events)")
                .map((rs, ctx) -> java.util.List.of(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5), rs.getLong(6)))
                .one());
    }

    @Override
    public void load(AudienceIndexBuilder builder, TaskContext context) {
        jdbi.useTransaction(handle -> {
            Connection connection = handle.getConnection();
            long[] done = {0};
            long total = handle.createQuery("SELECT (SELECT COUNT(*) FROM gold_customer) + (SELECT COUNT(*) FROM purchases)"
                    + " + (SELECT COUNT(*) FROM support_tickets) + (SELECT COUNT(*) FROM engagement_events)")
                    .mapTo(Long.class).one();
            read(connection, customersSql(), "gold_customer", rs -> builder.customer(field -> value(rs, field)),
                    context, done, total);
            read(connection, "SELECT customer_id, purchased_at, category, product, amount FROM purchases"
                    + " WHERE customer_id IS NOT NULL", "purchases",
                    rs -> builder.purchase(rs.getString(1), instant(rs, 2), rs.getString(3), rs.getString(4),
                            rs.getBigDecimal(5)), context, done, total);
            read(connection, "SELECT customer_id, opened_at, status FROM support_tickets WHERE customer_id IS NOT NULL",
                    "support_tickets", rs -> builder.ticket(rs.getString(1), instant(rs, 2), rs.getString(3)),
                    context, done, total);
            read(connection, "SELECT customer_id, occurred_at, channel, type FROM engagement_events"
                    + " WHERE customer_id IS NOT NULL", "engagement_events",
                    rs -> builder.engagement(rs.getString(1), instant(rs, 2), rs.getString(3), rs.getString(4)),
                    context, done, total);
            context.progress(total, total);
        });
    }

    /** Every audience field, named as the field, from the gold table joined with the metrics. */
    private static String customersSql() {
        StringJoiner columns = new StringJoiner(", ", "SELECT ", " FROM " + CompiledFilter.FROM);
        for (AudienceField field : FIELDS) {
            columns.add(field.qualifiedColumn());
        }
        return columns.toString();
    }

    /** One row's handling. */
    private interface RowReader {
        void row(ResultSet rs) throws SQLException;
    }

    private static void read(Connection connection, String sql, String table, RowReader reader, TaskContext context,
                             long[] done, long total) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setFetchSize(FETCH);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    reader.row(rs);
                    if (++done[0] % PROGRESS_EVERY == 0) {
                        context.checkCancelled();
                        context.progress(done[0], total);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading " + table + " for the audience index: " + e.getMessage(), e);
        }
    }

    private static Object value(ResultSet rs, AudienceField field) {
        int column = field.ordinal() + 1;
        try {
            return switch (field.type()) {
                case TEXT -> rs.getString(column);
                case NUMBER -> rs.getObject(column) instanceof Number number ? number : null;
                case DATE -> rs.getObject(column, LocalDate.class);
                case INSTANT -> instant(rs, column);
                case BOOLEAN -> rs.getObject(column) instanceof Boolean yes ? yes : null;
            };
        } catch (SQLException e) {
            throw new IllegalStateException("reading " + field.fieldName() + " for the audience index: " + e.getMessage(), e);
        }
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }
}
