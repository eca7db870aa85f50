package io.lakefront.domain.audience.index;

import io.lakefront.domain.audience.AudienceAnalytics;
import io.lakefront.domain.audience.AudienceField;
import io.lakefront.domain.audience.AudienceInsights;
import io.lakefront.domain.audience.AudienceTable;
import io.lakefront.domain.audience.EventMeasure;
import io.lakefront.domain.audience.Filter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The audience filters and insights in memory, fast enough to answer while a marketer types: a
 * snapshot of the gold table, the metrics and the event tables as columns (customers as dense ints in
 * customer id order, text dictionary-encoded with the customers of each value, numbers and times as
 * sorted arrays, event rows sorted by time), every filter evaluated to a bitmap of customers. It gives
 * the same customers as the SQL of {@link io.lakefront.domain.audience.FilterCompiler} on the tables it
 * was built from; it is immutable, so any number of threads may ask it at once. Built by
 * {@link AudienceIndexBuilder}; kept current by {@link AudienceIndexCache}.
 *
 * <p>The trend of an insight is the audience as of the end of each of the last twelve months (the
 * last one is {@code now}): the filter is evaluated with that moment as "now" (relative windows move
 * back with it), over the customers created by then (or with no creation time), with events after
 * that moment left out. Gold and metric fields keep their current values: the snapshot has no history
 * of them, so "lifetime spend over 500" in March counts the customers whose spend is over 500 today.
 * A filter without event conditions or relative windows is counted exactly for every month; one with
 * them is measured on every customer up to {@value #TREND_SAMPLE} customers and beyond that on a fixed
 * systematic sample of about that many (every k-th customer in id order), scaled up.
 */
public final class ColumnarAudienceIndex implements AudienceAnalytics {
    static final int TREND_MONTHS = 12;
    /** Customers measured for the past months of a trend that depends on "now" (see {@link #trendStep}). */
    static final int TREND_SAMPLE = 131_072;
    private static final double[] RISK_BOUNDS = {0.2, 0.4, 0.6, 0.8};
    private static final List<String> CHANNELS = List.of("email", "sms", "push");
    private static final List<AudienceField> OPT_INS = List.of(AudienceField.EMAIL_OPT_IN, AudienceField.SMS_OPT_IN,
            AudienceField.PUSH_OPT_IN);

    private final ZoneId zone;
    private final String[] ids;
    private final Map<AudienceField, TextColumn> texts;
    private final Map<AudienceField, OrderedColumn> ordered;
    private final Map<AudienceField, BitSet[]> bools;
    private final EventTable purchases;
    private final EventTable tickets;
    private final EventTable engagement;
    private final String[] categories;
    private final int[] categoryOffsets;
    private final int[] customerCategories;
    private final long[] categoryBuyers;
    private final long[] spend;
    private final BitSet withSpend;
    private final byte[] riskBand;
    private final long[] created;
    private final int trendSample;
    ColumnarAudienceIndex(ZoneId zone, String[] ids, Map<AudienceField, TextColumn> texts,
                          Map<AudienceField, OrderedColumn> ordered, Map<AudienceField, BitSet[]> bools,
                          EventTable purchases, EventTable tickets, EventTable engagement, String[] categories,
                          int trendSample) {
        this.zone = zone;
        this.trendSample = trendSample;
        this.ids = ids;
        this.texts = texts;
        this.ordered = ordered;
        this.bools = bools;
        this.purchases = purchases;
        this.tickets = tickets;
        this.engagement = engagement;
        this.categories = categories;
        int n = ids.length;
        OrderedColumn spendColumn = ordered.get(AudienceField.LIFETIME_SPEND);
        spend = spendColumn.keysByCustomer(n, 0);
        withSpend = (BitSet) spendColumn.nulls().clone();
        withSpend.flip(0, n);
        OrderedColumn riskColumn = ordered.get(AudienceField.CHURN_RISK);
        long[] risk = riskColumn.keysByCustomer(n, 0);
        riskBand = new byte[n];
        for (int c = 0; c < n; c++) {
            riskBand[c] = riskColumn.nulls().get(c) ? -1 : band(OrderedColumn.fromSortable(risk[c]));
        }
        OrderedColumn createdColumn = ordered.get(AudienceField.CREATED_AT);
        created = createdColumn.keysByCustomer(n, Long.MIN_VALUE);
        // Each customer's distinct purchase categories, for the breakdown.
        categoryOffsets = new int[n + 1];
        categoryBuyers = new long[categories.length];
        Buffers.Ints distinct = new Buffers.Ints();
        int[] seenBy = new int[categories.length];
        Arrays.fill(seenBy, -1);
        for (int c = 0; c < n; c++) {
            for (int r = purchases.start(c); r < purchases.start(c + 1); r++) {
                int category = purchases.first(r);
                if (category >= 0 && seenBy[category] != c) {
                    seenBy[category] = c;
                    distinct.add(category);
                    categoryBuyers[category]++;
                }
            }
            categoryOffsets[c + 1] = distinct.size();
        }
        customerCategories = distinct.toArray();
    }

    private static byte band(double risk) {
        byte band = 0;
        for (double bound : RISK_BOUNDS) {
            if (risk >= bound) {
                band++;
            }
        }
        return band;
    }

    /** All customers in the snapshot. */
    public int population() {
        return ids.length;
    }

    /** An estimate of the memory the index holds, in bytes. */
    public long bytes() {
        long total = 0;
        for (String id : ids) {
            total += 48 + 2L * id.length();
        }
        for (TextColumn column : texts.values()) {
            total += column.bytes();
        }
        for (OrderedColumn column : ordered.values()) {
            total += column.bytes();
        }
        total += bools.size() * 2L * (ids.length / 8);
        total += purchases.bytes() + tickets.bytes() + engagement.bytes();
        total += 4L * categoryOffsets.length + 4L * customerCategories.length + 9L * ids.length;
        return total;
    }

    @Override
    public long count(Filter filter, Instant now) {
        return select(filter, now).cardinality();
    }

    @Override
    public List<String> ids(Filter filter, Instant now) {
        BitSet members = select(filter, now);
        List<String> selected = new ArrayList<>(members.cardinality());
        for (int c = members.nextSetBit(0); c >= 0; c = members.nextSetBit(c + 1)) {
            selected.add(ids[c]);
        }
        return selected;
    }

    /** The customers (dense ints, in customer id order) the filter selects. */
    BitSet select(Filter filter, Instant now) {
        return new FilterEvaluation(this, now, Long.MAX_VALUE, new IdentityHashMap<>(), Map.of()).eval(filter);
    }

    @Override
    public AudienceInsights insights(Filter filter, Instant now) {
        YearMonth current = YearMonth.from(now.atZone(zone));
        List<Instant> ends = new ArrayList<>();
        for (int k = TREND_MONTHS - 1; k >= 1; k--) {
            ends.add(current.minusMonths(k - 1L).atDay(1).atStartOfDay(zone).toInstant().minusNanos(1));
        }
        Map<Filter, BitSet> fixed = new IdentityHashMap<>();
        BitSet members = new FilterEvaluation(this, now, Long.MAX_VALUE, fixed, Map.of()).eval(filter);
        long size = members.cardinality();
        Tally tally = new Tally(members);
        return new AudienceInsights(size, population(), trend(filter, current, ends, fixed, members),
                categories(tally, size), tally.averageSpend(), churnRisk(tally), reachability(members, size));
    }

    /**
     * Every how many customers (in id order) the past months of a trend that depends on "now" are
     * measured: every customer up to {@value #TREND_SAMPLE} customers; beyond, a fixed systematic
     * sample of about that many, scaled up (a trend line, not a count; the current month is exact).
     */
    int trendStep() {
        return Math.max(1, population() / trendSample);
    }

    /** What one pass over the members collects: spend, churn-risk bands, categories bought. */
    private final class Tally {
        final long[] bought = new long[categories.length];
        final long[] risks = new long[RISK_BOUNDS.length + 1];
        BigDecimal spendTotal = BigDecimal.ZERO;
        long spendCount;

        Tally(BitSet members) {
            long partial = 0;
            long[] words = members.toLongArray();
            for (int w = 0; w < words.length; w++) {
                for (long word = words[w]; word != 0; word &= word - 1) {
                    int c = (w << 6) + Long.numberOfTrailingZeros(word);
                    for (int i = categoryOffsets[c]; i < categoryOffsets[c + 1]; i++) {
                        bought[customerCategories[i]]++;
                    }
                    if (riskBand[c] >= 0) {
                        risks[riskBand[c]]++;
                    }
                    if (withSpend.get(c)) {
                        spendCount++;
                        long next = partial + spend[c];
                        if (((partial ^ next) & (spend[c] ^ next)) < 0) {
                            spendTotal = spendTotal.add(BigDecimal.valueOf(partial, OrderedColumn.DECIMAL_SCALE));
                            next = spend[c];
                        }
                        partial = next;
                    }
                }
            }
            spendTotal = spendTotal.add(BigDecimal.valueOf(partial, OrderedColumn.DECIMAL_SCALE));
        }

        Optional<BigDecimal> averageSpend() {
            return spendCount == 0 ? Optional.empty()
                    : Optional.of(spendTotal.divide(BigDecimal.valueOf(spendCount), 2, RoundingMode.HALF_EVEN));
        }
    }

    private List<AudienceInsights.MonthSize> trend(Filter filter, YearMonth current, List<Instant> ends,
                                                   Map<Filter, BitSet> fixed, BitSet members) {
        long[] caps = new long[ends.size()];
        for (int k = 0; k < caps.length; k++) {
            caps[k] = OrderedColumn.nanos(ends.get(k)) + 1;
        }
        long[] sizes = new long[ends.size()];
        if (!FilterEvaluation.dependsOnNow(filter)) {
            // The same members every month: count each by the first month end they had been created by.
            long[] words = members.toLongArray();
            for (int w = 0; w < words.length; w++) {
                for (long word = words[w]; word != 0; word &= word - 1) {
                    long createdAt = created[(w << 6) + Long.numberOfTrailingZeros(word)];
                    int k = 0;
                    while (k < caps.length && createdAt >= caps[k]) {
                        k++;
                    }
                    if (k < caps.length) {
                        sizes[k]++;
                    }
                }
            }
            for (int k = 1; k < sizes.length; k++) {
                sizes[k] += sizes[k - 1];
            }
        } else {
            // Relative windows on fields alone are cheap: those are counted exactly.
            int step = eventConditions(filter, new ArrayList<>()).isEmpty() ? 1 : trendStep();
            List<Map<Filter, BitSet>> events = eventsByMonth(filter, ends, step);
            for (int k = 0; k < ends.size(); k++) {
                BitSet month = new FilterEvaluation(this, ends.get(k), caps[k], fixed, events.get(k)).eval(filter);
                long[] words = month.toLongArray();
                long count = 0;
                for (int w = 0; w < words.length; w++) {
                    for (long word = words[w]; word != 0; word &= word - 1) {
                        int c = (w << 6) + Long.numberOfTrailingZeros(word);
                        if (c % step == 0 && created[c] < caps[k]) {
                            count++;
                        }
                    }
                }
                sizes[k] = count * step;
            }
        }
        List<AudienceInsights.MonthSize> trend = new ArrayList<>();
        for (int k = 0; k < sizes.length; k++) {
            trend.add(new AudienceInsights.MonthSize(current.minusMonths(TREND_MONTHS - 1L - k), sizes[k]));
        }
        trend.add(new AudienceInsights.MonthSize(current, members.cardinality()));
        return trend;
    }

    /**
     * Each event condition's customers at each month end (events after it left out), for every
     * {@code step}-th customer: all months in one pass over the event table per condition.
     */
    private List<Map<Filter, BitSet>> eventsByMonth(Filter filter, List<Instant> ends, int step) {
        List<Map<Filter, BitSet>> byMonth = new ArrayList<>();
        for (int k = 0; k < ends.size(); k++) {
            byMonth.add(new IdentityHashMap<>());
        }
        for (Filter.Event e : eventConditions(filter, new ArrayList<>())) {
            EventTable table = table(e.measure());
            long[] starts = new long[ends.size()];
            long[] stops = new long[ends.size()];
            for (int k = 0; k < ends.size(); k++) {
                Instant end = ends.get(k);
                long[] span = FilterEvaluation.span(e.window(), end, OrderedColumn.nanos(end) + 1, zone);
                starts[k] = span[0];
                stops[k] = span[1];
            }
            BitSet[] months = table.select(FilterEvaluation.selection(table, e.measure()), starts, stops,
                    FilterEvaluation.condition(e), step);
            for (int k = 0; k < ends.size(); k++) {
                byMonth.get(k).put(e, months[k]);
            }
        }
        return byMonth;
    }

    private static List<Filter.Event> eventConditions(Filter filter, List<Filter.Event> found) {
        if (filter instanceof Filter.And and) {
            and.parts().forEach(part -> eventConditions(part, found));
        } else if (filter instanceof Filter.Or or) {
            or.parts().forEach(part -> eventConditions(part, found));
        } else if (filter instanceof Filter.Not not) {
            eventConditions(not.filter(), found);
        } else if (filter instanceof Filter.Event e && found.stream().noneMatch(known -> known == e)) {
            found.add(e);
        }
        return found;
    }

    private List<AudienceInsights.CategoryShare> categories(Tally tally, long size) {
        List<AudienceInsights.CategoryShare> shares = new ArrayList<>();
        for (int category = 0; category < categories.length; category++) {
            long bought = tally.bought[category];
            if (bought == 0) {
                continue;
            }
            double share = bought / (double) size;
            double overall = categoryBuyers[category] / (double) population();
            shares.add(new AudienceInsights.CategoryShare(categories[category], bought, share, share / overall * 100));
        }
        shares.sort(Comparator.comparingLong(AudienceInsights.CategoryShare::customers).reversed()
                .thenComparing(AudienceInsights.CategoryShare::category));
        return shares;
    }

    private List<AudienceInsights.RiskBand> churnRisk(Tally tally) {
        List<AudienceInsights.RiskBand> bands = new ArrayList<>();
        for (int b = 0; b < tally.risks.length; b++) {
            double low = b == 0 ? 0 : RISK_BOUNDS[b - 1];
            double high = b == RISK_BOUNDS.length ? 1 : RISK_BOUNDS[b];
            bands.add(new AudienceInsights.RiskBand(low, high, tally.risks[b]));
        }
        return bands;
    }

    private List<AudienceInsights.ChannelReach> reachability(BitSet members, long size) {
        List<AudienceInsights.ChannelReach> reach = new ArrayList<>();
        for (int i = 0; i < CHANNELS.size(); i++) {
            BitSet reachable = (BitSet) members.clone();
            reachable.and(bool(OPT_INS.get(i), true));
            long count = reachable.cardinality();
            reach.add(new AudienceInsights.ChannelReach(CHANNELS.get(i), count, size == 0 ? 0 : count / (double) size));
        }
        return reach;
    }

    ZoneId zone() {
        return zone;
    }

    TextColumn text(AudienceField field) {
        return texts.get(field);
    }

    OrderedColumn ordered(AudienceField field) {
        return ordered.get(field);
    }

    /** The customers whose yes/no field is {@code value} (not those without one). */
    BitSet bool(AudienceField field, boolean value) {
        return bools.get(field)[value ? 1 : 0];
    }

    EventTable table(EventMeasure measure) {
        AudienceTable table = measure.table();
        return table == AudienceTable.PURCHASES ? purchases : table == AudienceTable.SUPPORT_TICKETS ? tickets : engagement;
    }
}
