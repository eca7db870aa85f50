package io.lakefront.app.bench;

import io.lakefront.app.Workspace;
import io.lakefront.domain.audience.FilterTree;
import io.lakefront.domain.campaign.brief.CampaignBrief;
import io.lakefront.domain.campaign.brief.Channel;
import io.lakefront.domain.decision.loop.ReactToSignal;
import io.lakefront.domain.decision.loop.Reaction;
import io.lakefront.domain.decision.loop.Signal;
import io.lakefront.domain.decision.loop.SignalType;
import io.lakefront.domain.decision.simulation.SimulationRequest;
import io.lakefront.domain.decision.simulation.SimulationResult;
import io.lakefront.domain.task.TaskContext;
import io.lakefront.domain.time.WorkspaceClock;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Decisioning over a real workspace database: N synthetic customers written to the gold table, their
 * metrics and a few purchase and engagement rows (plain JDBC, not timed), the demo's three campaigns and
 * a broad fourth one ("Autumn newsletter": everyone who accepts email) approved in the campaign files.
 * Each run sends {@value #SIGNALS} signals (purchases, opens, clicks, visits of random customers) through
 * the loop's {@code ReactToSignal}, each recorded, applied, decided again and committed, then simulates
 * the broad campaign over a 10,000-profile sample twice (new seeds): the first finds the audience index
 * stale after the signals' new event rows and rebuilds it ({@code simulation_index_stale_s}), the second
 * finds it current, as a marketer's next simulation does ({@code simulation_s}). Goals (issue 9): the simulation in at most 1 s,
 * signal-to-decision p99 at most 20 ms.
 */
final class DecisionWorkspaceBenchmark implements Benchmark {
    static final Instant AS_OF = Instant.parse("2026-10-20T15:30:00Z");
    static final int SAMPLE = 10_000;
    static final int SIGNALS = 400;
    private static final String[] REGIONS = {"TX", "CA", "NY", "FL", "IL", "WA", "ON", "BC"};
    private static final String[] TIERS = {"none", "none", "bronze", "silver", "gold", "platinum"};
    private static final String[] CATEGORIES = {"shoes", "books", "garden", "toys", "kitchen", "outdoor"};
    private static final SignalType[] TYPES = {SignalType.PURCHASE, SignalType.OPEN, SignalType.CLICK, SignalType.VISIT};

    private final int customers;
    private Workspace workspace;
    private int run;
    private double indexSeconds;

    DecisionWorkspaceBenchmark(int customers) {
        this.customers = customers;
    }

    @Override public String name() { return "decide-workspace"; }

    @Override
    public String description() {
        return "simulation of a " + SAMPLE + "-profile sample and " + SIGNALS + " signals on a workspace of " + customers
                + " customers";
    }

    @Override
    public void setUp(Path scratch) throws Exception {
        workspace = Workspace.open(scratch.resolve("workspace"), WorkspaceClock.fixedAt(AS_OF));
        Random random = new Random(5);
        workspace.database().jdbi().useHandle(handle -> {
            Connection c = handle.getConnection();
            c.setAutoCommit(false);
            try (PreparedStatement gold = c.prepareStatement("INSERT INTO gold_customer (customer_id, first_name, last_name,"
                    + " email, phone, region, country, loyalty_tier, email_opt_in, sms_opt_in, push_opt_in, created_at,"
                    + " updated_at, source_record_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)");
                 PreparedStatement metrics = c.prepareStatement("INSERT INTO customer_metrics (customer_id, lifetime_spend,"
                         + " order_count, days_since_last_order, last_order_at, top_category, open_tickets, churn_risk,"
                         + " preferred_channel, preferred_hour, as_of) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement purchase = c.prepareStatement("INSERT INTO purchases (purchase_id, order_id, customer_id,"
                         + " purchased_at, category, product, quantity, amount, currency) VALUES (?, ?, ?, ?, ?, ?, 1, ?, 'USD')");
                 PreparedStatement event = c.prepareStatement("INSERT INTO engagement_events (event_id, customer_id,"
                         + " occurred_at, channel, type, campaign_id) VALUES (?, ?, ?, 'email', ?, NULL)")) {
                for (int i = 0; i < customers; i++) {
                    String id = String.format(Locale.ROOT, "C%08d", i);
                    String region = REGIONS[random.nextInt(REGIONS.length)];
                    boolean canada = region.equals("ON") || region.equals("BC");
                    Instant created = AS_OF.minus(Duration.ofDays(10 + random.nextInt(900)));
                    gold.setString(1, id);
                    gold.setString(2, "Name" + (i % 500));
                    gold.setString(3, "Family" + (i % 3000));
                    gold.setString(4, random.nextDouble() < 0.95 ? "c" + i + "@example.com" : null);
                    gold.setString(5, random.nextDouble() < 0.7 ? "+1512" + (1_000_000 + i) : null);
                    gold.setString(6, region);
                    gold.setString(7, canada ? "CA" : "US");
                    gold.setString(8, TIERS[random.nextInt(TIERS.length)]);
                    gold.setBoolean(9, random.nextDouble() < 0.8);
                    gold.setBoolean(10, random.nextDouble() < 0.5);
                    gold.setBoolean(11, random.nextDouble() < 0.4);
                    gold.setTimestamp(12, Timestamp.from(created));
                    gold.setTimestamp(13, Timestamp.from(created));
                    gold.addBatch();
                    int orders = random.nextInt(6);
                    Instant last = orders == 0 ? null : AS_OF.minus(Duration.ofDays(1 + random.nextInt(400)));
                    metrics.setString(1, id);
                    metrics.setBigDecimal(2, java.math.BigDecimal.valueOf(orders * (20 + random.nextInt(200))));
                    metrics.setInt(3, orders);
                    metrics.setObject(4, last == null ? null : (int) Duration.between(last, AS_OF).toDays());
                    metrics.setTimestamp(5, last == null ? null : Timestamp.from(last));
                    metrics.setString(6, orders == 0 ? null : CATEGORIES[random.nextInt(CATEGORIES.length)]);
                    metrics.setInt(7, random.nextDouble() < 0.04 ? 1 : 0);
                    metrics.setDouble(8, random.nextDouble());
                    metrics.setString(9, random.nextBoolean() ? "email" : "sms");
                    metrics.setInt(10, random.nextInt(24));
                    metrics.setTimestamp(11, Timestamp.from(AS_OF));
                    metrics.addBatch();
                    if (last != null) {
                        purchase.setString(1, id + "-p");
                        purchase.setString(2, id + "-o");
                        purchase.setString(3, id);
                        purchase.setTimestamp(4, Timestamp.from(last));
                        purchase.setString(5, CATEGORIES[random.nextInt(CATEGORIES.length)]);
                        purchase.setString(6, "item");
                        purchase.setBigDecimal(7, java.math.BigDecimal.valueOf(20 + random.nextInt(200)));
                        purchase.addBatch();
                    }
                    for (int e = random.nextInt(4); e > 0; e--) {
                        event.setString(1, id + "-e" + e);
                        event.setString(2, id);
                        event.setTimestamp(3, Timestamp.from(AS_OF.minus(Duration.ofHours(1 + random.nextInt(24 * 60)))));
                        event.setString(4, random.nextBoolean() ? "open" : "click");
                        event.addBatch();
                    }
                    if (i % 5_000 == 4_999) {
                        gold.executeBatch();
                        metrics.executeBatch();
                        purchase.executeBatch();
                        event.executeBatch();
                    }
                }
                gold.executeBatch();
                metrics.executeBatch();
                purchase.executeBatch();
                event.executeBatch();
                c.commit();
            } finally {
                c.setAutoCommit(true);
            }
        });
        LocalDate today = LocalDate.ofInstant(AS_OF, ZoneOffset.UTC);
        for (CampaignBrief brief : DecideBenchmark.briefs(today, workspace.measureAudience()::measure)) {
            workspace.briefStore().save(brief.approvedBy("bench", AS_OF.minus(Duration.ofDays(1))));
        }
        long start = System.nanoTime();
        workspace.audienceAnalytics().count(FilterTree.read(Map.of("field", "email_opt_in", "op", "=", "value", true)), AS_OF);
        indexSeconds = (System.nanoTime() - start) / 1e9;
    }

    @Override
    public Map<String, Number> run() {
        run++;
        // Signals first: they add event rows, so the simulation after them finds the audience index stale and
        // rebuilds it (as it would in a workspace where the loop runs); a second simulation finds it current.
        ReactToSignal react = workspace.reactToSignal();
        Random random = new Random(run);
        long[] nanos = new long[SIGNALS];
        long sends = 0;
        for (int i = 0; i < SIGNALS; i++) {
            SignalType type = TYPES[random.nextInt(TYPES.length)];
            String customer = String.format(Locale.ROOT, "C%08d", random.nextInt(customers));
            Signal signal = new Signal("bench-" + run + "-" + i, customer, type,
                    type == SignalType.OPEN || type == SignalType.CLICK ? Channel.EMAIL : null,
                    type == SignalType.PURCHASE ? null : "Autumn newsletter", AS_OF, Map.of());
            long t = System.nanoTime();
            Reaction reaction = react.react(signal);
            nanos[i] = System.nanoTime() - t;
            sends += reaction.decision().map(d -> d.sends().size()).orElse(0);
        }
        long start = System.nanoTime();
        workspace.simulateCampaign().simulate(workspace.actor(), new SimulationRequest("Autumn newsletter", SAMPLE, run), TaskContext.silent());
        double stale = (System.nanoTime() - start) / 1e9;
        start = System.nanoTime();
        SimulationResult result = workspace.simulateCampaign().simulate(workspace.actor(),
                new SimulationRequest("Autumn newsletter", SAMPLE, run + 1000), TaskContext.silent());
        double simulation = (System.nanoTime() - start) / 1e9;
        Arrays.sort(nanos);
        Map<String, Number> figures = new LinkedHashMap<>();
        figures.put("customers", customers);
        figures.put("qualified", result.summary().qualified());
        figures.put("sampled", result.profiles().size());
        figures.put("simulation_s", Math.round(simulation * 1000) / 1000.0);
        figures.put("simulation_index_stale_s", Math.round(stale * 1000) / 1000.0);
        figures.put("index_build_s", Math.round(indexSeconds * 100) / 100.0);
        figures.put("signals", SIGNALS);
        figures.put("signal_p50_ms", Math.round(nanos[SIGNALS / 2] / 1e4) / 100.0);
        figures.put("signal_p99_ms", Math.round(nanos[(int) Math.ceil(SIGNALS * 0.99) - 1] / 1e4) / 100.0);
        figures.put("signal_max_ms", Math.round(nanos[SIGNALS - 1] / 1e4) / 100.0);
        figures.put("sends_decided", sends);
        return figures;
    }

    @Override
    public void tearDown() {
        if (workspace != null) {
            workspace.close();
        }
    }
}
