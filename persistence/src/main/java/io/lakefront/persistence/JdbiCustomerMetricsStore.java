package io.lakefront.persistence;

import io.lakefront.domain.gold.EngagementEvent;
import io.lakefront.domain.gold.GoldCustomer;
import io.lakefront.domain.gold.Purchase;
import io.lakefront.domain.gold.SupportTicket;
import io.lakefront.domain.gold.metrics.CustomerMetrics;
import io.lakefront.domain.gold.metrics.CustomerMetricsStore;
import io.lakefront.domain.gold.metrics.MetricsInput;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * {@code customer_metrics} with what it is computed from (migration V2): one refresh reads the gold
 * and event tables and writes its changed rows in a single transaction, so readers see either the
 * old metrics or the new ones.
 */
public final class JdbiCustomerMetricsStore implements CustomerMetricsStore {
    private static final int BATCH_ROWS = 5_000;
    private static final String COLUMNS = "customer_id, lifetime_spend, order_count, avg_order_value, first_order_at, "
            + "last_order_at, days_since_last_order, top_category, open_tickets, email_opens_30d, email_clicks_30d, "
            + "last_engaged_at, churn_risk, preferred_channel, preferred_hour, as_of";

    private final Jdbi jdbi;

    public JdbiCustomerMetricsStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public long stale(Instant asOf) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM gold_customer g "
                        + "LEFT JOIN customer_metrics m ON m.customer_id = g.customer_id "
                        + "WHERE m.customer_id IS NULL OR m.as_of IS NULL OR m.as_of <> :asOf")
                .bind("asOf", asOf)
                .mapTo(Long.class)
                .one());
    }

    /** Every stored row by customer id (for readers and tests). */
    public Map<String, CustomerMetrics> all() {
        return jdbi.withHandle(JdbiCustomerMetricsStore::stored);
    }

    @Override
    public Session begin() {
        Handle handle = jdbi.open();
        try {
            handle.begin();
            return new JdbiSession(handle);
        } catch (RuntimeException e) {
            handle.close();
            throw e;
        }
    }

    private static Map<String, CustomerMetrics> stored(Handle handle) {
        Map<String, CustomerMetrics> rows = new HashMap<>();
        handle.createQuery("SELECT " + COLUMNS + " FROM customer_metrics")
                .map((rs, ctx) -> metrics(rs))
                .forEach(row -> rows.put(row.customerId(), row));
        return rows;
    }

    private static CustomerMetrics metrics(ResultSet rs) throws SQLException {
        return new CustomerMetrics(rs.getString("customer_id"), rs.getBigDecimal("lifetime_spend"),
                rs.getInt("order_count"), rs.getBigDecimal("avg_order_value"), Columns.instant(rs, "first_order_at"),
                Columns.instant(rs, "last_order_at"), integer(rs, "days_since_last_order"), rs.getString("top_category"),
                rs.getInt("open_tickets"), rs.getInt("email_opens_30d"), rs.getInt("email_clicks_30d"),
                Columns.instant(rs, "last_engaged_at"), rs.getDouble("churn_risk"), rs.getString("preferred_channel"),
                integer(rs, "preferred_hour"), Columns.instant(rs, "as_of"));
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static Boolean bool(ResultSet rs, String column) throws SQLException {
        boolean value = rs.getBoolean(column);
        return rs.wasNull() ? null : value;
    }

    private static final class JdbiSession implements Session {
        private final Handle handle;
        private boolean committed;

        JdbiSession(Handle handle) {
            this.handle = handle;
        }

        @Override
        public MetricsInput read() {
            List<GoldCustomer> customers = handle.createQuery("SELECT customer_id, first_name, last_name, email, phone, "
                            + "birth_date, gender, street, city, postcode, region, country, loyalty_tier, email_opt_in, "
                            + "sms_opt_in, push_opt_in, created_at, updated_at, source_record_count FROM gold_customer")
                    .map((rs, ctx) -> {
                        Date birth = rs.getDate("birth_date");
                        String gender = rs.getString("gender");
                        return new GoldCustomer(rs.getString("customer_id"), rs.getString("first_name"),
                                rs.getString("last_name"), rs.getString("email"), rs.getString("phone"),
                                birth == null ? null : birth.toLocalDate(), gender == null || gender.isEmpty() ? null : gender,
                                rs.getString("street"), rs.getString("city"), rs.getString("postcode"),
                                rs.getString("region"), rs.getString("country"), rs.getString("loyalty_tier"),
                                bool(rs, "email_opt_in"), bool(rs, "sms_opt_in"), bool(rs, "push_opt_in"),
                                Columns.instant(rs, "created_at"), Columns.instant(rs, "updated_at"),
                                rs.getInt("source_record_count"));
                    })
                    .list();
            List<Purchase> purchases = handle.createQuery("SELECT purchase_id, order_id, customer_id, purchased_at, "
                            + "category, product, quantity, amount, currency FROM purchases WHERE customer_id IS NOT NULL")
                    .map((rs, ctx) -> new Purchase(rs.getString("purchase_id"), rs.getString("order_id"),
                            rs.getString("customer_id"), Columns.instant(rs, "purchased_at"), rs.getString("category"),
                            rs.getString("product"), rs.getInt("quantity"), rs.getBigDecimal("amount"),
                            rs.getString("currency")))
                    .list();
            List<SupportTicket> tickets = handle.createQuery("SELECT ticket_id, customer_id, opened_at, closed_at, status, "
                            + "topic FROM support_tickets WHERE customer_id IS NOT NULL")
                    .map((rs, ctx) -> new SupportTicket(rs.getString("ticket_id"), rs.getString("customer_id"),
                            Columns.instant(rs, "opened_at"), Columns.instant(rs, "closed_at"), rs.getString("status"),
                            rs.getString("topic")))
                    .list();
            List<EngagementEvent> events = handle.createQuery("SELECT event_id, customer_id, occurred_at, channel, type, "
                            + "campaign_id FROM engagement_events WHERE customer_id IS NOT NULL")
                    .map((rs, ctx) -> new EngagementEvent(rs.getString("event_id"), rs.getString("customer_id"),
                            Columns.instant(rs, "occurred_at"), rs.getString("channel"), rs.getString("type"),
                            rs.getString("campaign_id")))
                    .list();
            return new MetricsInput(customers, purchases, tickets, events);
        }

        @Override
        public Map<String, CustomerMetrics> stored() {
            return JdbiCustomerMetricsStore.stored(handle);
        }

        @Override
        public void upsert(Collection<CustomerMetrics> rows) {
            List<CustomerMetrics> all = List.copyOf(rows);
            for (int from = 0; from < all.size(); from += BATCH_ROWS) {
                PreparedBatch batch = handle.prepareBatch("MERGE INTO customer_metrics (" + COLUMNS + ") KEY (customer_id) "
                        + "VALUES (:id, :spend, :orders, :aov, :first, :last, :days, :category, :tickets, :opens, :clicks, "
                        + ":engaged, :churn, :channel, :hour, :asOf)");
                for (CustomerMetrics m : all.subList(from, Math.min(all.size(), from + BATCH_ROWS))) {
                    batch.bind("id", m.customerId())
                            .bind("spend", m.lifetimeSpend())
                            .bind("orders", m.orderCount())
                            .bindByType("aov", m.avgOrderValue(), BigDecimal.class)
                            .bindByType("first", m.firstOrderAt(), Instant.class)
                            .bindByType("last", m.lastOrderAt(), Instant.class)
                            .bindByType("days", m.daysSinceLastOrder(), Integer.class)
                            .bindByType("category", m.topCategory(), String.class)
                            .bind("tickets", m.openTickets())
                            .bind("opens", m.emailOpens30d())
                            .bind("clicks", m.emailClicks30d())
                            .bindByType("engaged", m.lastEngagedAt(), Instant.class)
                            .bind("churn", m.churnRisk())
                            .bindByType("channel", m.preferredChannel(), String.class)
                            .bindByType("hour", m.preferredHour(), Integer.class)
                            .bind("asOf", m.asOf())
                            .add();
                }
                batch.execute();
            }
        }

        @Override
        public void delete(Collection<String> customerIds) {
            if (customerIds.isEmpty()) {
                return;
            }
            PreparedBatch batch = handle.prepareBatch("DELETE FROM customer_metrics WHERE customer_id = :id");
            for (String id : customerIds) {
                batch.bind("id", id).add();
            }
            batch.execute();
        }

        @Override
        public void commit() {
            handle.commit();
            committed = true;
        }

        @Override
        public void close() {
            try {
                if (!committed) {
                    handle.rollback();
                }
            } finally {
                handle.close();
            }
        }
    }
}
