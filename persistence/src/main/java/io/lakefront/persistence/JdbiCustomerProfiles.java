package io.lakefront.persistence;

import io.lakefront.domain.gold.EngagementEvent;
import io.lakefront.domain.gold.GoldCustomer;
import io.lakefront.domain.gold.Purchase;
import io.lakefront.domain.gold.SupportTicket;
import io.lakefront.domain.gold.profile.CustomerMetrics;
import io.lakefront.domain.gold.profile.CustomerProfiles;
import io.lakefront.domain.gold.profile.CustomerSummary;
import io.lakefront.domain.gold.profile.FieldLineage;
import io.lakefront.domain.governance.AuditEntry;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.jdbi.v3.core.Jdbi;

/**
 * Customer 360's reads of the gold tables (migrations V2, V9), the resolution state (V5) and the
 * audit log (V1). Parameterized SQL only; the search index streams the whole gold table once per run.
 */
public final class JdbiCustomerProfiles implements CustomerProfiles {
    private static final String GOLD_COLUMNS = "customer_id, first_name, last_name, email, phone, birth_date, gender, street, "
            + "city, postcode, region, country, loyalty_tier, email_opt_in, sms_opt_in, push_opt_in, created_at, updated_at, "
            + "source_record_count";
    /** Ids per query when list lines are fetched (well below H2's limits on IN lists). */
    private static final int IDS_PER_QUERY = 500;

    private final Jdbi jdbi;

    public JdbiCustomerProfiles(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public OptionalLong latestRun() {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT latest_run FROM resolution_state WHERE id = 1")
                .map((rs, ctx) -> {
                    long run = rs.getLong(1);
                    return rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(run);
                })
                .findOne()
                .orElse(OptionalLong.empty()));
    }

    @Override
    public long count() {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM gold_customer").mapTo(Long.class).one());
    }

    @Override
    public void forEachSearchable(Searchable visitor) {
        jdbi.useHandle(handle -> handle.createQuery("SELECT customer_id, first_name, last_name, email, phone FROM gold_customer "
                        + "ORDER BY customer_id")
                .setFetchSize(2000)
                .map((rs, ctx) -> {
                    visitor.accept(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5));
                    return Boolean.TRUE;
                })
                .forEach(ignored -> { }));
    }

    @Override
    public List<CustomerSummary> summaries(Collection<String> customerIds) {
        List<String> ids = customerIds.stream().distinct().toList();
        List<CustomerSummary> found = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY));
            found.addAll(jdbi.withHandle(handle -> handle.createQuery("SELECT customer_id, first_name, last_name, email, phone, "
                            + "city, country, source_record_count FROM gold_customer WHERE customer_id IN (<ids>)")
                    .bindList("ids", chunk)
                    .map((rs, ctx) -> new CustomerSummary(rs.getString("customer_id"), rs.getString("first_name"),
                            rs.getString("last_name"), rs.getString("email"), rs.getString("phone"), rs.getString("city"),
                            rs.getString("country"), rs.getInt("source_record_count")))
                    .list()));
        }
        return found;
    }

    @Override
    public Optional<GoldCustomer> customer(String customerId) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT " + GOLD_COLUMNS + " FROM gold_customer WHERE customer_id = :id")
                .bind("id", customerId)
                .map((rs, ctx) -> gold(rs))
                .findOne());
    }

    private static GoldCustomer gold(ResultSet rs) throws SQLException {
        return new GoldCustomer(rs.getString("customer_id"), rs.getString("first_name"), rs.getString("last_name"),
                rs.getString("email"), rs.getString("phone"), rs.getObject("birth_date", LocalDate.class), rs.getString("gender"),
                rs.getString("street"), rs.getString("city"), rs.getString("postcode"), rs.getString("region"),
                rs.getString("country"), rs.getString("loyalty_tier"), bool(rs, "email_opt_in"), bool(rs, "sms_opt_in"),
                bool(rs, "push_opt_in"), Columns.instant(rs, "created_at"), Columns.instant(rs, "updated_at"),
                rs.getInt("source_record_count"));
    }

    private static Boolean bool(ResultSet rs, String column) throws SQLException {
        boolean value = rs.getBoolean(column);
        return rs.wasNull() ? null : value;
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    @Override
    public List<FieldLineage> lineage(String customerId) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT field, field_value, source, record_id, rule, detail FROM gold_lineage "
                        + "WHERE customer_id = :id ORDER BY field")
                .bind("id", customerId)
                .map((rs, ctx) -> new FieldLineage(rs.getString("field"), rs.getString("field_value"), rs.getString("source"),
                        rs.getString("record_id"), rs.getString("rule"), rs.getString("detail")))
                .list());
    }

    @Override
    public Optional<CustomerMetrics> metrics(String customerId) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT customer_id, lifetime_spend, order_count, avg_order_value, "
                        + "first_order_at, last_order_at, days_since_last_order, top_category, open_tickets, email_opens_30d, "
                        + "email_clicks_30d, last_engaged_at, churn_risk, preferred_channel, preferred_hour, as_of "
                        + "FROM customer_metrics WHERE customer_id = :id")
                .bind("id", customerId)
                .map((rs, ctx) -> {
                    double churn = rs.getDouble("churn_risk");
                    Double churnRisk = rs.wasNull() ? null : churn;
                    return new CustomerMetrics(rs.getString("customer_id"), rs.getBigDecimal("lifetime_spend"),
                            rs.getInt("order_count"), rs.getBigDecimal("avg_order_value"), Columns.instant(rs, "first_order_at"),
                            Columns.instant(rs, "last_order_at"), integer(rs, "days_since_last_order"), rs.getString("top_category"),
                            rs.getInt("open_tickets"), rs.getInt("email_opens_30d"), rs.getInt("email_clicks_30d"),
                            Columns.instant(rs, "last_engaged_at"), churnRisk, rs.getString("preferred_channel"),
                            integer(rs, "preferred_hour"), Columns.instant(rs, "as_of"));
                })
                .findOne());
    }

    @Override
    public List<Purchase> purchases(String customerId) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT purchase_id, order_id, customer_id, purchased_at, category, "
                        + "product, quantity, amount, currency FROM purchases WHERE customer_id = :id ORDER BY purchased_at, purchase_id")
                .bind("id", customerId)
                .map((rs, ctx) -> new Purchase(rs.getString("purchase_id"), rs.getString("order_id"), rs.getString("customer_id"),
                        Columns.instant(rs, "purchased_at"), rs.getString("category"), rs.getString("product"),
                        rs.getInt("quantity"), rs.getBigDecimal("amount"), rs.getString("currency")))
                .list());
    }

    @Override
    public List<SupportTicket> tickets(String customerId) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT ticket_id, customer_id, opened_at, closed_at, status, topic "
                        + "FROM support_tickets WHERE customer_id = :id ORDER BY opened_at, ticket_id")
                .bind("id", customerId)
                .map((rs, ctx) -> new SupportTicket(rs.getString("ticket_id"), rs.getString("customer_id"),
                        Columns.instant(rs, "opened_at"), Columns.instant(rs, "closed_at"), rs.getString("status"),
                        rs.getString("topic")))
                .list());
    }

    @Override
    public List<EngagementEvent> engagement(String customerId) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT event_id, customer_id, occurred_at, channel, type, campaign_id "
                        + "FROM engagement_events WHERE customer_id = :id ORDER BY occurred_at, event_id")
                .bind("id", customerId)
                .map((rs, ctx) -> new EngagementEvent(rs.getString("event_id"), rs.getString("customer_id"),
                        Columns.instant(rs, "occurred_at"), rs.getString("channel"), rs.getString("type"),
                        rs.getString("campaign_id")))
                .list());
    }

    @Override
    public List<AuditEntry> auditAboutCluster(long clusterId, int limit) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT at, actor, action, subject, detail FROM audit_log "
                        + "WHERE subject = :one OR subject LIKE :first OR subject LIKE :second ORDER BY id DESC LIMIT :limit")
                .bind("one", "cluster " + clusterId)
                .bind("first", "clusters " + clusterId + " and %")
                .bind("second", "clusters % and " + clusterId)
                .bind("limit", JdbiSyncHistory.checked(limit))
                .map((rs, ctx) -> new AuditEntry(Columns.instant(rs, "at"), rs.getString("actor"), rs.getString("action"),
                        rs.getString("subject"), rs.getString("detail")))
                .list());
    }
}
