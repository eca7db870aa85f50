package io.lakefront.app.bench;

import io.lakefront.domain.audience.AudienceField;
import io.lakefront.domain.audience.AudienceInsights;
import io.lakefront.domain.audience.EventMeasure;
import io.lakefront.domain.audience.Filter;
import io.lakefront.domain.audience.Operator;
import io.lakefront.domain.audience.TimeWindow;
import io.lakefront.domain.audience.index.AudienceIndexBuilder;
import io.lakefront.domain.audience.index.ColumnarAudienceIndex;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * The audience index on a synthetic snapshot of N customers with about ten purchase lines each (plus
 * support tickets and engagement events), generated in memory from a fixed seed: the time to build
 * the index, its size, and for a handful of representative filters (simple, compound, event-windowed)
 * the median and 90th percentile of one {@code insights} call (the count — its size — and all
 * insights: what the audience screen asks each time the marketer's description changes), the
 * process CPU time it took (steadier than wall time on a shared machine), and the median of a
 * {@code count} alone. Goal (issue 7): at most 200 ms median at 1M customers.
 */
final class AudienceBenchmark implements Benchmark {
    static final Instant AS_OF = Instant.parse("2026-10-20T23:59:59Z");
    private static final int REPEATS = 11;
    private static final String[] CATEGORIES = {"shoes", "books", "garden", "toys", "kitchen", "beauty", "sports",
            "music", "outdoor", "pets", "office", "jewelry", "grocery", "baby", "tools", "games", "health", "auto",
            "travel", "art"};
    private static final String[] REGIONS = {"TX", "CA", "NY", "FL", "IL", "PA", "OH", "GA", "NC", "MI", "WA", "AZ",
            "MA", "TN", "IN", "MO", "MD", "WI", "CO", "MN", "ON", "QC", "BC", "AB"};
    private static final String[] TIERS = {"none", "none", "none", "bronze", "bronze", "silver", "gold", "platinum"};
    private static final String[] CHANNELS = {"email", "sms", "push", "web"};
    private static final String[] TYPES = {"sent", "delivered", "open", "click", "visit"};
    private static final String[] STATUSES = {"open", "pending", "closed", "closed", "closed"};

    private final int customers;
    private final Map<String, Filter> filters = new LinkedHashMap<>();
    private ColumnarAudienceIndex index;
    private double buildSeconds;
    private double loadSeconds;
    private long purchaseLines;
    private long heapBytes;

    AudienceBenchmark(int customers) {
        this.customers = customers;
        filters.put("simple", Filter.compare("region", "=", "TX"));
        filters.put("compound", Filter.and(Filter.in("loyalty_tier", "gold", "platinum"),
                Filter.compare("email_opt_in", "=", "yes"), Filter.not(Filter.compare("country", "=", "CA")),
                Filter.compare("lifetime_spend", ">=", "500")));
        filters.put("windowed", Filter.and(
                new Filter.Event(new EventMeasure.Purchases(EventMeasure.Aggregate.COUNT, "shoes", null),
                        new TimeWindow.LastDays(90), Operator.GE, BigDecimal.valueOf(2)),
                Filter.not(new Filter.Event(new EventMeasure.Tickets("open"), null, Operator.GE, BigDecimal.ONE))));
        filters.put("lapsed", Filter.and(
                Filter.or(new Filter.TextMatch(AudienceField.CITY, Filter.Match.STARTS_WITH, "san"),
                        Filter.compare("churn_risk", ">", "0.6")),
                new Filter.Event(new EventMeasure.Purchases(EventMeasure.Aggregate.SUM, null, null),
                        new TimeWindow.LastMonths(12), Operator.GT, BigDecimal.valueOf(300)),
                new Filter.Event(EventMeasure.Purchases.count(), new TimeWindow.LastDays(60), Operator.EQ, BigDecimal.ZERO),
                new Filter.InWindow(AudienceField.CREATED_AT, new TimeWindow.Dates(null, LocalDate.of(2026, 1, 1)))));
        filters.put("engaged", Filter.and(
                new Filter.Event(new EventMeasure.Engagement("email", "open"), new TimeWindow.LastDays(30), Operator.GE,
                        BigDecimal.ONE),
                new Filter.Event(new EventMeasure.Purchases(EventMeasure.Aggregate.AVERAGE, null, null), null, Operator.GT,
                        BigDecimal.valueOf(60))));
    }

    @Override public String name() { return "audience"; }

    @Override
    public String description() {
        return "audience index: count + all insights over " + customers + " customers, ~" + 10L * customers + " purchase lines";
    }

    @Override
    public void setUp(Path scratch) {
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        long before = runtime.totalMemory() - runtime.freeMemory();
        index = build();
        System.gc();
        heapBytes = runtime.totalMemory() - runtime.freeMemory() - before;
    }

    /** Generation and build in a method of their own, so the builder's buffers are garbage when the heap is measured. */
    private ColumnarAudienceIndex build() {
        long started = System.nanoTime();
        AudienceIndexBuilder builder = new AudienceIndexBuilder();
        generate(builder);
        long loaded = System.nanoTime();
        ColumnarAudienceIndex built = builder.build(ZoneOffset.UTC);
        loadSeconds = (loaded - started) / 1e9;
        buildSeconds = (System.nanoTime() - loaded) / 1e9;
        return built;
    }

    /** Customers with metrics that agree with their purchases, then the purchases, tickets and engagement. */
    private void generate(AudienceIndexBuilder builder) {
        Instant start = AS_OF.minus(Duration.ofDays(3 * 365));
        long span = Duration.between(start, AS_OF).getSeconds();
        Map<AudienceField, Object> row = new EnumMap<>(AudienceField.class);
        for (int i = 0; i < customers; i++) {
            Random random = new Random(1_000_003L * i + 17);
            row.clear();
            String id = String.format(Locale.ROOT, "C%08d", i);
            row.put(AudienceField.CUSTOMER_ID, id);
            row.put(AudienceField.FIRST_NAME, "First" + random.nextInt(600));
            row.put(AudienceField.LAST_NAME, "Last" + random.nextInt(3000));
            row.put(AudienceField.EMAIL, random.nextInt(10) == 0 ? null : "c" + i + "@example.com");
            row.put(AudienceField.PHONE, random.nextInt(4) == 0 ? null : "+1512" + (1_000_000 + i));
            row.put(AudienceField.BIRTH_DATE, LocalDate.of(1950, 1, 1).plusDays(random.nextInt(20_000)));
            row.put(AudienceField.GENDER, random.nextBoolean() ? "female" : "male");
            row.put(AudienceField.CITY, (random.nextInt(8) == 0 ? "San " : "City ") + random.nextInt(400));
            row.put(AudienceField.POSTCODE, String.valueOf(10_000 + random.nextInt(80_000)));
            String region = REGIONS[random.nextInt(REGIONS.length)];
            row.put(AudienceField.REGION, region);
            row.put(AudienceField.COUNTRY, region.equals("ON") || region.equals("QC") || region.equals("BC")
                    || region.equals("AB") ? "CA" : "US");
            row.put(AudienceField.LOYALTY_TIER, TIERS[random.nextInt(TIERS.length)]);
            row.put(AudienceField.EMAIL_OPT_IN, random.nextInt(10) < 6);
            row.put(AudienceField.SMS_OPT_IN, random.nextInt(10) < 3);
            row.put(AudienceField.PUSH_OPT_IN, random.nextInt(10) < 2);
            Instant created = start.minusSeconds(random.nextInt(365 * 86_400)).plusSeconds((long) (random.nextDouble() * span));
            row.put(AudienceField.CREATED_AT, created);
            row.put(AudienceField.UPDATED_AT, created.plusSeconds(random.nextInt(86_400 * 30)));
            row.put(AudienceField.SOURCE_RECORD_COUNT, 1 + random.nextInt(3));
            long[] spendCents = {0};
            int[] lines = {0};
            Instant[] last = {null};
            purchasesOf(i, start, span, (at, category, product, cents) -> {
                spendCents[0] += cents;
                lines[0]++;
                last[0] = last[0] == null || at.isAfter(last[0]) ? at : last[0];
            });
            if (random.nextInt(20) > 0) {
                row.put(AudienceField.LIFETIME_SPEND, BigDecimal.valueOf(spendCents[0], 2));
                row.put(AudienceField.ORDER_COUNT, lines[0]);
                row.put(AudienceField.AVG_ORDER_VALUE, lines[0] == 0 ? null : BigDecimal.valueOf(spendCents[0] / lines[0], 2));
                row.put(AudienceField.LAST_ORDER_AT, last[0]);
                row.put(AudienceField.DAYS_SINCE_LAST_ORDER, last[0] == null ? null
                        : (int) Duration.between(last[0], AS_OF).toDays());
                row.put(AudienceField.TOP_CATEGORY, lines[0] == 0 ? null : CATEGORIES[random.nextInt(CATEGORIES.length)]);
                row.put(AudienceField.OPEN_TICKETS, random.nextInt(10) == 0 ? 1 : 0);
                row.put(AudienceField.EMAIL_OPENS_30D, random.nextInt(4));
                row.put(AudienceField.CHURN_RISK, random.nextDouble());
                row.put(AudienceField.PREFERRED_CHANNEL, CHANNELS[random.nextInt(CHANNELS.length)]);
                row.put(AudienceField.PREFERRED_HOUR, random.nextInt(24));
            }
            builder.customer(row::get);
        }
        purchaseLines = 0;
        for (int i = 0; i < customers; i++) {
            String id = String.format(Locale.ROOT, "C%08d", i);
            purchasesOf(i, start, span, (at, category, product, cents) -> {
                builder.purchase(id, at, category, product, BigDecimal.valueOf(cents, 2));
                purchaseLines++;
            });
            Random events = new Random(31L * i + 7);
            if (events.nextInt(3) == 0) {
                builder.ticket(id, start.plusSeconds((long) (events.nextDouble() * span)), STATUSES[events.nextInt(STATUSES.length)]);
            }
            int engagements = events.nextInt(7);
            for (int e = 0; e < engagements; e++) {
                builder.engagement(id, AS_OF.minusSeconds(events.nextInt(365 * 86_400)), CHANNELS[events.nextInt(CHANNELS.length)],
                        TYPES[events.nextInt(TYPES.length)]);
            }
        }
    }

    /** One generated purchase line. */
    private interface Line {
        void line(Instant at, String category, String product, long cents);
    }

    /** Customer {@code i}'s purchase lines (0 to 20, categories skewed to the first five), the same every call. */
    private static void purchasesOf(int i, Instant start, long span, Line line) {
        Random random = new Random(7_919L * i + 3);
        int lines = random.nextInt(21);
        for (int p = 0; p < lines; p++) {
            long cents = 500 + random.nextInt(15_000);
            Instant at = start.plusSeconds((long) (random.nextDouble() * span));
            int category = random.nextInt(CATEGORIES.length);
            category = random.nextInt(3) == 0 ? category % 5 : category;
            line.line(at, CATEGORIES[category], "product-" + random.nextInt(2000), cents);
        }
    }

    @Override
    public Map<String, Number> run() {
        Map<String, Number> figures = new LinkedHashMap<>();
        figures.put("customers", index.population());
        figures.put("purchase lines", purchaseLines);
        figures.put("generate+load s", Math.round(loadSeconds * 100) / 100.0);
        figures.put("build s", Math.round(buildSeconds * 100) / 100.0);
        figures.put("index MB", Math.round(index.bytes() / 1e5) / 10.0);
        figures.put("heap MB", Math.round(heapBytes / 1e5) / 10.0);
        for (Map.Entry<String, Filter> filter : filters.entrySet()) {
            double[] millis = new double[REPEATS];
            double[] countMillis = new double[REPEATS];
            long size = 0;
            long cpuBefore = processCpuNanos();
            for (int r = 0; r < REPEATS; r++) {
                long t = System.nanoTime();
                AudienceInsights insights = index.insights(filter.getValue(), AS_OF);
                millis[r] = (System.nanoTime() - t) / 1e6;
                size = insights.size();
            }
            double cpuMillis = (processCpuNanos() - cpuBefore) / 1e6 / REPEATS;
            for (int r = 0; r < REPEATS; r++) {
                long t = System.nanoTime();
                long count = index.count(filter.getValue(), AS_OF);
                countMillis[r] = (System.nanoTime() - t) / 1e6;
                if (count != size) {
                    throw new IllegalStateException("count " + count + " and insights size " + size + " differ");
                }
            }
            Arrays.sort(millis);
            Arrays.sort(countMillis);
            String name = filter.getKey();
            figures.put(name + " size", size);
            figures.put(name + " ms", Math.round(millis[REPEATS / 2] * 10) / 10.0);
            figures.put(name + " p90 ms", Math.round(millis[(int) Math.ceil(REPEATS * 0.9) - 1] * 10) / 10.0);
            figures.put(name + " cpu ms", Math.round(cpuMillis * 10) / 10.0);
            figures.put(name + " count ms", Math.round(countMillis[REPEATS / 2] * 10) / 10.0);
        }
        return figures;
    }

    /** CPU time of the whole process (all threads, JIT and GC included): steadier than wall time on a shared machine. */
    private static long processCpuNanos() {
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }
}
