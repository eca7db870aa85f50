package io.lakefront.domain.gold.metrics;

import io.lakefront.domain.gold.EngagementEvent;
import io.lakefront.domain.gold.GoldCustomer;
import io.lakefront.domain.gold.Purchase;
import io.lakefront.domain.gold.SupportTicket;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Builds small workspaces for the metrics tests: customers and their events, relative to one "now". */
final class Fixtures {
    static final Instant NOW = Instant.parse("2026-10-20T23:59:59Z");

    final List<GoldCustomer> customers = new ArrayList<>();
    final List<Purchase> purchases = new ArrayList<>();
    final List<SupportTicket> tickets = new ArrayList<>();
    final List<EngagementEvent> events = new ArrayList<>();
    private int next;

    static Instant daysAgo(double days) {
        return NOW.minus(Duration.ofSeconds(Math.round(days * 86_400)));
    }

    Fixtures customer(String id) {
        return customer(id, "US", "NY", true, true, true);
    }

    Fixtures customer(String id, String country, String region, Boolean email, Boolean sms, Boolean push) {
        customers.add(new GoldCustomer(id, "First", "Last", null, null, null, null, null, null, null, region, country,
                "none", email, sms, push, Instant.parse("2020-01-01T00:00:00Z"), null, 1));
        return this;
    }

    Fixtures purchase(String customer, String order, Instant at, String category, String amount) {
        purchases.add(new Purchase("p" + (++next), order, customer, at, category, "thing", 1, new BigDecimal(amount), "USD"));
        return this;
    }

    Fixtures ticket(String customer, Instant opened, Instant closed, String status) {
        tickets.add(new SupportTicket("t" + (++next), customer, opened, closed, status, "topic"));
        return this;
    }

    Fixtures event(String customer, Instant at, String channel, String type) {
        events.add(new EngagementEvent("e" + (++next), customer, at, channel, type, "c1"));
        return this;
    }

    MetricsInput input() {
        return new MetricsInput(customers, purchases, tickets, events);
    }

    CustomerMetrics metricsOf(String id) {
        return metricsOf(id, NOW);
    }

    CustomerMetrics metricsOf(String id, Instant asOf) {
        return new MetricsCalculator().compute(input(), asOf, io.lakefront.domain.task.TaskContext.silent()).metrics()
                .stream().filter(m -> m.customerId().equals(id)).findFirst().orElseThrow();
    }
}
