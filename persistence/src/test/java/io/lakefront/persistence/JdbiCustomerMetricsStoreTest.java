package io.lakefront.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lakefront.domain.gold.metrics.CustomerMetrics;
import io.lakefront.domain.gold.metrics.MetricsRefresh;
import io.lakefront.domain.gold.metrics.RefreshCustomerMetrics;
import io.lakefront.domain.task.TaskContext;
import io.lakefront.domain.time.WorkspaceClock;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JdbiCustomerMetricsStoreTest {
    private static final Instant NOW = Instant.parse("2026-10-20T23:59:59Z");

    private WorkspaceDatabase database;
    private JdbiCustomerMetricsStore store;

    @BeforeEach
    void setUp() {
        database = TestDatabases.fresh("metrics");
        store = new JdbiCustomerMetricsStore(database.jdbi());
        customer("C1", "US", "TX", true);
        customer("C2", "DE", "BY", false);
        customer("C3", null, null, null);
        purchase("P1", "O1", "C1", "2026-10-01T15:00:00Z", "shoes", "30.10");
        purchase("P2", "O1", "C1", "2026-10-01T15:00:00Z", "socks", "4.90");
        purchase("P3", "O2", "C1", "2026-06-01T15:00:00Z", "shoes", "25");
        purchase("P4", "O3", "C2", "2025-01-10T09:00:00Z", "books", "12.3456");
        purchase("P5", "O4", null, "2026-10-10T09:00:00Z", "books", "99");
        ticket("T1", "C2", "2026-10-18T08:00:00Z", null, "pending");
        event("E1", "C1", "2026-10-15T23:00:00Z", "email", "open");
        event("E2", "C1", "2026-10-15T23:05:00Z", "email", "click");
        event("E3", "C3", "2026-10-19T12:00:00Z", "web", "visit");
        event("E4", "C3", "2026-10-21T12:00:00Z", "web", "visit");
    }

    @AfterEach
    void tearDown() {
        database.close();
    }

    @Test
    void theFirstRefreshWritesEveryCustomerAndValuesReadBackUnchanged() {
        RefreshCustomerMetrics refresh = new RefreshCustomerMetrics(store, WorkspaceClock.fixedAt(NOW));
        assertThat(store.stale(NOW)).isEqualTo(3);

        MetricsRefresh first = refresh.refresh(TaskContext.silent());

        assertThat(first.inserted()).isEqualTo(3);
        assertThat(store.stale(NOW)).isZero();
        Map<String, CustomerMetrics> rows = store.all();
        CustomerMetrics c1 = rows.get("C1");
        assertThat(c1.orderCount()).isEqualTo(2);
        assertThat(c1.lifetimeSpend()).isEqualTo(new BigDecimal("60.0000"));
        assertThat(c1.avgOrderValue()).isEqualTo(new BigDecimal("30.0000"));
        assertThat(c1.lastOrderAt()).isEqualTo(Instant.parse("2026-10-01T15:00:00Z"));
        assertThat(c1.daysSinceLastOrder()).isEqualTo(19);
        assertThat(c1.topCategory()).isEqualTo("shoes");
        assertThat(c1.emailOpens30d()).isEqualTo(1);
        assertThat(c1.emailClicks30d()).isEqualTo(1);
        assertThat(c1.preferredChannel()).isEqualTo("email");
        assertThat(c1.asOf()).isEqualTo(NOW);
        assertThat(rows.get("C2").openTickets()).isEqualTo(1);
        assertThat(rows.get("C2").lifetimeSpend()).isEqualTo(new BigDecimal("12.3456"));
        assertThat(rows.get("C3").orderCount()).isZero();
        assertThat(rows.get("C3").avgOrderValue()).isNull();
        assertThat(rows.get("C3").lastEngagedAt()).isEqualTo(Instant.parse("2026-10-19T12:00:00Z"));
        assertThat(rows.get("C3").preferredChannel()).isEqualTo("web");

        // Every value survives the round trip exactly, so an unchanged workspace writes nothing.
        MetricsRefresh second = refresh.refresh(TaskContext.silent());
        assertThat(second.written()).isZero();
        assertThat(second.unchanged()).isEqualTo(3);
        assertThat(store.all()).isEqualTo(rows);
    }

    @Test
    void onlyTheCustomerWhoseEventsChangedIsRewritten() {
        RefreshCustomerMetrics refresh = new RefreshCustomerMetrics(store, WorkspaceClock.fixedAt(NOW));
        refresh.refresh(TaskContext.silent());
        Map<String, CustomerMetrics> before = store.all();
        ticket("T2", "C1", "2026-10-19T08:00:00Z", null, "open");

        MetricsRefresh next = refresh.refresh(TaskContext.silent());

        assertThat(next.updated()).isEqualTo(1);
        assertThat(next.inserted()).isZero();
        assertThat(next.changedColumns()).containsKey("open_tickets").doesNotContainKey("as_of");
        Map<String, CustomerMetrics> after = store.all();
        assertThat(after.get("C1").openTickets()).isEqualTo(1);
        assertThat(after.get("C2")).isEqualTo(before.get("C2"));
    }

    @Test
    void aDifferentClockRecomputesEveryRowAndAGoneCustomerTakesItsRowAlong() {
        new RefreshCustomerMetrics(store, WorkspaceClock.fixedAt(NOW)).refresh(TaskContext.silent());
        Instant later = Instant.parse("2026-11-20T23:59:59Z");
        RefreshCustomerMetrics moved = new RefreshCustomerMetrics(store, WorkspaceClock.fixedAt(later));
        assertThat(moved.current()).isFalse();
        database.jdbi().useHandle(h -> h.execute("DELETE FROM gold_customer WHERE customer_id = ?", "C3"));

        MetricsRefresh refreshed = moved.ensureCurrent(TaskContext.silent()).orElseThrow();

        assertThat(refreshed.recomputedAll()).isTrue();
        assertThat(refreshed.previousAsOf()).isEqualTo(NOW);
        assertThat(refreshed.updated()).isEqualTo(2);
        assertThat(store.all()).containsOnlyKeys("C1", "C2");
        assertThat(store.all().values()).allSatisfy(m -> assertThat(m.asOf()).isEqualTo(later));
        assertThat(store.all().get("C1").daysSinceLastOrder()).isEqualTo(50);
        assertThat(moved.ensureCurrent(TaskContext.silent())).isEmpty();
    }

    @Test
    void aRefreshCancelledWhileWritingLeavesTheTableAsItWas() {
        new RefreshCustomerMetrics(store, WorkspaceClock.fixedAt(NOW)).refresh(TaskContext.silent());
        Map<String, CustomerMetrics> before = store.all();
        TaskContext cancelWhileWriting = new TaskContext() {
            private boolean writing;
            @Override public void progress(long done, long total) { }
            @Override public void message(String text) { writing |= text.startsWith("Writing"); }
            @Override public boolean cancelled() { return writing; }
        };
        RefreshCustomerMetrics moved = new RefreshCustomerMetrics(store, WorkspaceClock.fixedAt(NOW.plusSeconds(86_400)));

        assertThatThrownBy(() -> moved.refresh(cancelWhileWriting)).isInstanceOf(CancellationException.class);

        assertThat(store.all()).isEqualTo(before);
    }

    private void customer(String id, String country, String region, Boolean emailOptIn) {
        database.jdbi().useHandle(h -> h.createUpdate("INSERT INTO gold_customer (customer_id, country, region, "
                        + "email_opt_in, sms_opt_in, created_at) VALUES (:id, :country, :region, :email, FALSE, :created)")
                .bind("id", id).bind("country", country).bind("region", region).bind("email", emailOptIn)
                .bind("created", Instant.parse("2024-01-01T00:00:00Z")).execute());
    }

    private void purchase(String id, String order, String customer, String at, String category, String amount) {
        database.jdbi().useHandle(h -> h.createUpdate("INSERT INTO purchases (purchase_id, order_id, customer_id, "
                        + "purchased_at, category, amount) VALUES (:id, :order, :customer, :at, :category, :amount)")
                .bind("id", id).bind("order", order).bind("customer", customer).bind("at", Instant.parse(at))
                .bind("category", category).bind("amount", new BigDecimal(amount)).execute());
    }

    private void ticket(String id, String customer, String opened, String closed, String status) {
        database.jdbi().useHandle(h -> h.createUpdate("INSERT INTO support_tickets (ticket_id, customer_id, opened_at, "
                        + "closed_at, status) VALUES (:id, :customer, :opened, :closed, :status)")
                .bind("id", id).bind("customer", customer).bind("opened", Instant.parse(opened))
                .bindByType("closed", closed == null ? null : Instant.parse(closed), Instant.class)
                .bind("status", status).execute());
    }

    private void event(String id, String customer, String at, String channel, String type) {
        database.jdbi().useHandle(h -> h.createUpdate("INSERT INTO engagement_events (event_id, customer_id, occurred_at, "
                        + "channel, type) VALUES (:id, :customer, :at, :channel, :type)")
                .bind("id", id).bind("customer", customer).bind("at", Instant.parse(at)).bind("channel", channel)
                .bind("type", type).execute());
    }
}
