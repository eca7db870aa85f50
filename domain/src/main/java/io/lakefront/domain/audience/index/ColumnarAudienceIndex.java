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
import java.util.LinkedHashMap;
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
 */
public final class ColumnarAudienceIndex implements AudienceAnalytics {
    static final int TREND_MONTHS = 12;
    private static final double[] RISK_BOUNDS = {0.2, 0.4, 0.6, 0.8};
    private static final List<String> CHANNELS = List.of("email", "sms", "push");
    private static final List<AudienceField> OPT_INS = List.of(AudienceField.EMAIL_OPT_IN, AudienceField.SMS_OPT_IN,
            AudienceField.PUSH_OPT_IN);
    private static final int ALL_TIME_KEPT = 16;

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
    private final Map<List<Object>, Totals> allTime = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<List<Object>, Totals> eldest) {
            return size() > ALL_TIME_KEPT;
        }
    };

    /** Per customer: how many rows of a measure, and their total amount (purchases only, else null). */
    record Totals(int[] counts, long[] sums) {
    }

    ColumnarAudienceIndex(ZoneId zone, String[] ids, Map<AudienceField, TextColumn> texts,
                          Map<AudienceField, OrderedColumn> ordered, Map<AudienceField, BitSet[]> bools,
                          EventTable purchases, EventTable tickets, EventTable engagement, String[] categories) {
        this.zone = zone;
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
        // Each customer's distinct purchase categories, for the breakdown.
        long[] pairs = new long[purchases.rows()];
        int k = 0;
        for (int r = 0; r < purchases.rows(); r++) {
            if (purchases.first(r) >= 0) {
                pairs[k++] = ((long) purchases.customer(r) << 32) | purchases.first(r);
            }
        }
        Arrays.sort(pairs, 0, k);
        categoryOffsets = new int[n + 1];
        categoryBuyers = new long[categories.length];
        Buffers.Ints distinct = new Buffers.Ints();
        for (int i = 0; i < k; i++) {
            if (i > 0 && pairs[i] == pairs[i - 1]) {
                continue;
            }
            int customer = (int) (pairs[i] >>> 32);
            int category = (int) pairs[i];
            distinct.add(category);
            categoryOffsets[customer + 1]++;
            categoryBuyers[category]++;
        }
        for (int c = 0; c < n; c++) {
            categoryOffsets[c + 1] += categoryOffsets[c];
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
        Map<Filter, BitSet> fixed = new IdentityHashMap<>();
        BitSet members = new FilterEvaluation(this, now, Long.MAX_VALUE, fixed, Map.of()).eval(filter);
        long size = members.cardinality();
        return new AudienceInsights(size, population(), trend(filter, now, fixed, size), categories(members, size),
                averageSpend(members), churnRisk(members), reachability(members, size));
    }

    private List<AudienceInsights.MonthSize> trend(Filter filter, Instant now, Map<Filter, BitSet> fixed, long size) {
        YearMonth current = YearMonth.from(now.atZone(zone));
        List<Instant> ends = new ArrayList<>();
        for (int k = TREND_MONTHS - 1; k >= 1; k--) {
            ends.add(current.minusMonths(k - 1L).atDay(1).atStartOfDay(zone).toInstant().minusNanos(1));
        }
        List<Map<Filter, BitSet>> events = eventsByMonth(filter, ends);
        OrderedColumn created = ordered.get(AudienceField.CREATED_AT);
        List<AudienceInsights.MonthSize> trend = new ArrayList<>();
        for (int k = 0; k < ends.size(); k++) {
            Instant end = ends.get(k);
            long cap = OrderedColumn.nanos(end) + 1;
            BitSet month = new FilterEvaluation(this, end, cap, fixed, events.get(k)).eval(filter);
            BitSet existed = (BitSet) created.nulls().clone();
            created.addKeyRange(Long.MIN_VALUE, cap, existed);
            month.and(existed);
            trend.add(new AudienceInsights.MonthSize(current.minusMonths(TREND_MONTHS - 1L - k), month.cardinality()));
        }
        trend.add(new AudienceInsights.MonthSize(current, size));
        return trend;
    }

    /**
     * Each event condition's customers at each month end, computed in one pass per condition: its
     * window slides forward month by month, adding the rows that enter and taking away those that leave.
     */
    private List<Map<Filter, BitSet>> eventsByMonth(Filter filter, List<Instant> ends) {
        List<Map<Filter, BitSet>> byMonth = new ArrayList<>();
        for (int k = 0; k < ends.size(); k++) {
            byMonth.add(new IdentityHashMap<>());
        }
        for (Filter.Event e : eventConditions(filter, new ArrayList<>())) {
            EventTable table = table(e.measure());
            EventTable.RowSelection rows = FilterEvaluation.selection(table, e.measure());
            int[] counts = new int[population()];
            long[] sums = e.measure() instanceof EventMeasure.Purchases ? new long[population()] : null;
            int from = 0;
            int to = 0;
            for (int k = 0; k < ends.size(); k++) {
                Instant end = ends.get(k);
                int[] range = FilterEvaluation.rows(table, e.window(), end, OrderedColumn.nanos(end) + 1, zone);
                if (range[0] < from || range[1] < to) {
                    Arrays.fill(counts, 0);
                    if (sums != null) {
                        Arrays.fill(sums, 0);
                    }
                    from = range[0];
                    to = range[0];
                }
                table.accumulate(rows, to, range[1], counts, sums, 1);
                table.accumulate(rows, from, range[0], counts, sums, -1);
                from = range[0];
                to = range[1];
                byMonth.get(k).put(e, FilterEvaluation.select(e, counts, sums));
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

    private List<AudienceInsights.CategoryShare> categories(BitSet members, long size) {
        long[] bought = new long[categories.length];
        for (int c = members.nextSetBit(0); c >= 0; c = members.nextSetBit(c + 1)) {
            for (int i = categoryOffsets[c]; i < categoryOffsets[c + 1]; i++) {
                bought[customerCategories[i]]++;
            }
        }
        List<AudienceInsights.CategoryShare> shares = new ArrayList<>();
        for (int category = 0; category < categories.length; category++) {
            if (bought[category] == 0) {
                continue;
            }
            double share = bought[category] / (double) size;
            double overall = categoryBuyers[category] / (double) population();
            shares.add(new AudienceInsights.CategoryShare(categories[category], bought[category], share,
                    share / overall * 100));
        }
        shares.sort(Comparator.comparingLong(AudienceInsights.CategoryShare::customers).reversed()
                .thenComparing(AudienceInsights.CategoryShare::category));
        return shares;
    }

    private Optional<BigDecimal> averageSpend(BitSet members) {
        BitSet counted = (BitSet) members.clone();
        counted.and(withSpend);
        long count = counted.cardinality();
        if (count == 0) {
            return Optional.empty();
        }
        BigDecimal total = BigDecimal.ZERO;
        long partial = 0;
        for (int c = counted.nextSetBit(0); c >= 0; c = counted.nextSetBit(c + 1)) {
            long next = partial + spend[c];
            if (((partial ^ next) & (spend[c] ^ next)) < 0) {
                total = total.add(BigDecimal.valueOf(partial, OrderedColumn.DECIMAL_SCALE));
                next = spend[c];
            }
            partial = next;
        }
        total = total.add(BigDecimal.valueOf(partial, OrderedColumn.DECIMAL_SCALE));
        return Optional.of(total.divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_EVEN));
    }

    private List<AudienceInsights.RiskBand> churnRisk(BitSet members) {
        long[] counts = new long[RISK_BOUNDS.length + 1];
        for (int c = members.nextSetBit(0); c >= 0; c = members.nextSetBit(c + 1)) {
            if (riskBand[c] >= 0) {
                counts[riskBand[c]]++;
            }
        }
        List<AudienceInsights.RiskBand> bands = new ArrayList<>();
        for (int b = 0; b < counts.length; b++) {
            double low = b == 0 ? 0 : RISK_BOUNDS[b - 1];
            double high = b == RISK_BOUNDS.length ? 1 : RISK_BOUNDS[b];
            bands.add(new AudienceInsights.RiskBand(low, high, counts[b]));
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

    /** A measure's per-customer count and total over all rows, kept for the measures asked most recently. */
    Totals allTime(EventMeasure measure, EventTable.RowSelection rows) {
        List<Object> key = List.of(measure.table(), rows.first(), rows.second(), rows.impossible());
        synchronized (allTime) {
            Totals known = allTime.get(key);
            if (known != null) {
                return known;
            }
        }
        EventTable table = table(measure);
        int[] counts = new int[population()];
        long[] sums = measure instanceof EventMeasure.Purchases ? new long[population()] : null;
        table.accumulate(rows, 0, table.rows(), counts, sums, 1);
        Totals totals = new Totals(counts, sums);
        synchronized (allTime) {
            allTime.put(key, totals);
        }
        return totals;
    }
}
