package io.lakefront.domain.gold.metrics;

import io.lakefront.domain.task.TaskContext;
import io.lakefront.domain.time.WorkspaceClock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Keeps {@code customer_metrics} in step with the gold table, the event tables and the workspace
 * clock. Every metric of every customer is computed in memory, but only rows whose values changed
 * are written (new customers inserted, changed ones replaced, vanished ones deleted), in one
 * transaction: a failed or cancelled refresh leaves the table as it was. When the clock moved, every
 * row changes (its {@code as_of} at least) and is rewritten.
 * <p>
 * "Now" is the workspace clock when {@code --as-of} fixes it, otherwise the system time truncated to
 * the hour, so that metrics are not recomputed on every read (at most an hour's events are missing).
 */
public final class RefreshCustomerMetrics {
    /** The columns a refresh compares, in table order, with how to read each from a row. */
    private static final Map<String, Function<CustomerMetrics, Object>> COLUMNS = columns();

    private final CustomerMetricsStore store;
    private final WorkspaceClock clock;
    private final MetricsCalculator calculator = new MetricsCalculator();
    /**
     * The as-of this instance last found or made every row current for, so a reader asking again (each
     * profile opened) does not count the whole table again; cleared when a refresh starts, so a failed or
     * cancelled one makes the next reader check.
     */
    private volatile Instant knownCurrent;
    /** Refreshes committed by this instance: part of what tells readers (the audience index) the table changed. */
    private final java.util.concurrent.atomic.AtomicLong refreshes = new java.util.concurrent.atomic.AtomicLong();

    public RefreshCustomerMetrics(CustomerMetricsStore store, WorkspaceClock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** How many refreshes this instance has committed; changes whenever it has written the table. */
    public long refreshes() {
        return refreshes.get();
    }

    /** The moment metrics are computed as of now. */
    public Instant asOf() {
        Instant now = clock.now();
        return clock.fixed() ? now : now.truncatedTo(ChronoUnit.HOURS);
    }

    /** True when every gold customer has a row computed as of {@link #asOf()}. */
    public boolean current() {
        Instant asOf = asOf();
        if (asOf.equals(knownCurrent)) {
            return true;
        }
        boolean current = store.stale(asOf) == 0;
        if (current) {
            knownCurrent = asOf;
        }
        return current;
    }

    /** Refreshes only when some customer's row is missing or of another {@code as_of}; for readers. */
    public Optional<MetricsRefresh> ensureCurrent(TaskContext context) {
        return current() ? Optional.empty() : Optional.of(refresh(context));
    }

    /** Recomputes every customer's metrics and writes the rows that changed. */
    public MetricsRefresh refresh(TaskContext context) {
        knownCurrent = null;
        Instant asOf = asOf();
        try (CustomerMetricsStore.Session session = store.begin()) {
            context.message("Reading customers and events for metrics");
            MetricsInput input = session.read();
            Map<String, CustomerMetrics> stored = session.stored();
            context.checkCancelled();
            context.message("Computing metrics of " + input.customers().size() + " customers");
            MetricsCalculator.Computed computed = calculator.compute(input, asOf, context);
            List<CustomerMetrics> upserts = new ArrayList<>();
            Map<String, Integer> changed = new LinkedHashMap<>();
            int inserted = 0;
            int updated = 0;
            Map<Instant, Integer> previous = new HashMap<>();
            stored.values().forEach(row -> previous.merge(row.asOf(), 1, Integer::sum));
            for (CustomerMetrics row : computed.metrics()) {
                CustomerMetrics before = stored.remove(row.customerId());
                if (before == null) {
                    inserted++;
                    upserts.add(row);
                } else if (!before.equals(row)) {
                    updated++;
                    upserts.add(row);
                    COLUMNS.forEach((column, value) -> {
                        if (!Objects.equals(value.apply(before), value.apply(row))) {
                            changed.merge(column, 1, Integer::sum);
                        }
                    });
                }
            }
            List<String> vanished = List.copyOf(stored.keySet());
            context.checkCancelled();
            context.message("Writing " + upserts.size() + " changed metrics rows");
            session.upsert(upserts);
            session.delete(vanished);
            context.checkCancelled();
            session.commit();
            refreshes.incrementAndGet();
            knownCurrent = asOf;
            Instant previousAsOf = previous.entrySet().stream()
                    .max(Map.Entry.<Instant, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                    .map(Map.Entry::getKey).orElse(null);
            boolean all = previousAsOf != null && !previousAsOf.equals(asOf);
            Map<String, Integer> ordered = new LinkedHashMap<>();
            COLUMNS.keySet().forEach(column -> {
                if (changed.containsKey(column)) {
                    ordered.put(column, changed.get(column));
                }
            });
            return new MetricsRefresh(asOf, previousAsOf, all, computed.metrics().size(), inserted, updated,
                    vanished.size(), computed.metrics().size() - inserted - updated, ordered, computed.model());
        }
    }

    private static Map<String, Function<CustomerMetrics, Object>> columns() {
        Map<String, Function<CustomerMetrics, Object>> c = new LinkedHashMap<>();
        c.put("lifetime_spend", CustomerMetrics::lifetimeSpend);
        c.put("order_count", CustomerMetrics::orderCount);
        c.put("avg_order_value", CustomerMetrics::avgOrderValue);
        c.put("first_order_at", CustomerMetrics::firstOrderAt);
        c.put("last_order_at", CustomerMetrics::lastOrderAt);
        c.put("days_since_last_order", CustomerMetrics::daysSinceLastOrder);
        c.put("top_category", CustomerMetrics::topCategory);
        c.put("open_tickets", CustomerMetrics::openTickets);
        c.put("email_opens_30d", CustomerMetrics::emailOpens30d);
        c.put("email_clicks_30d", CustomerMetrics::emailClicks30d);
        c.put("last_engaged_at", CustomerMetrics::lastEngagedAt);
        c.put("churn_risk", CustomerMetrics::churnRisk);
        c.put("preferred_channel", CustomerMetrics::preferredChannel);
        c.put("preferred_hour", CustomerMetrics::preferredHour);
        c.put("as_of", CustomerMetrics::asOf);
        return java.util.Collections.unmodifiableMap(c);
    }
}
