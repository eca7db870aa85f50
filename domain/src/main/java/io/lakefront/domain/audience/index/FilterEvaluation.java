package io.lakefront.domain.audience.index;

import io.lakefront.domain.audience.AudienceField;
import io.lakefront.domain.audience.EventMeasure;
import io.lakefront.domain.audience.FieldType;
import io.lakefront.domain.audience.Filter;
import io.lakefront.domain.audience.Operator;
import io.lakefront.domain.audience.TimeWindow;
import io.lakefront.domain.audience.Value;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.BitSet;
import java.util.Locale;
import java.util.Map;

/**
 * One evaluation of a filter to the set of customers it selects, with the meaning of the SQL that
 * {@link io.lakefront.domain.audience.FilterCompiler} writes: a condition on a missing value is false,
 * NOT is the exact complement, text compares lowercased, an event measure counts and totals zero for a
 * customer without events and an average over none matches nothing, windows span {@code [start, end)}.
 * For the months of an insight's trend, events at or after {@code cap} are left out (they had not
 * happened yet), subtrees that do not depend on "now" come from {@code fixed}, and event conditions
 * computed ahead for the month from {@code precomputed}.
 */
final class FilterEvaluation {
    private final ColumnarAudienceIndex index;
    private final Instant now;
    private final long cap;
    private final Map<Filter, BitSet> fixed;
    private final Map<Filter, BitSet> precomputed;

    FilterEvaluation(ColumnarAudienceIndex index, Instant now, long cap, Map<Filter, BitSet> fixed,
                     Map<Filter, BitSet> precomputed) {
        this.index = index;
        this.now = now;
        this.cap = cap;
        this.fixed = fixed;
        this.precomputed = precomputed;
    }

    /** The selected customers; a set the caller owns. */
    BitSet eval(Filter filter) {
        BitSet known = precomputed.get(filter);
        if (known == null && !dependsOnNow(filter)) {
            known = fixed.get(filter);
            if (known == null) {
                known = compute(filter);
                fixed.put(filter, known);
            }
        }
        return known != null ? (BitSet) known.clone() : compute(filter);
    }

    /** True when the filter's customers change with "now": relative windows and event conditions. */
    static boolean dependsOnNow(Filter filter) {
        if (filter instanceof Filter.And and) {
            return and.parts().stream().anyMatch(FilterEvaluation::dependsOnNow);
        }
        if (filter instanceof Filter.Or or) {
            return or.parts().stream().anyMatch(FilterEvaluation::dependsOnNow);
        }
        if (filter instanceof Filter.Not not) {
            return dependsOnNow(not.filter());
        }
        if (filter instanceof Filter.InWindow w) {
            return !(w.window() instanceof TimeWindow.Dates);
        }
        return filter instanceof Filter.Event;
    }

    private BitSet compute(Filter filter) {
        int n = index.population();
        if (filter instanceof Filter.And and) {
            BitSet result = new BitSet(n);
            result.set(0, n);
            for (Filter part : and.parts()) {
                result.and(eval(part));
            }
            return result;
        }
        if (filter instanceof Filter.Or or) {
            BitSet result = new BitSet(n);
            for (Filter part : or.parts()) {
                result.or(eval(part));
            }
            return result;
        }
        if (filter instanceof Filter.Not not) {
            BitSet result = eval(not.filter());
            result.flip(0, n);
            return result;
        }
        BitSet result = new BitSet(n);
        if (filter instanceof Filter.Compare c) {
            compare(c, result);
        } else if (filter instanceof Filter.Between b) {
            index.ordered(b.field()).addBetween(b.low().sqlValue(), b.high().sqlValue(), result);
        } else if (filter instanceof Filter.InSet in) {
            for (Value value : in.values()) {
                equal(in.field(), value, result);
            }
        } else if (filter instanceof Filter.TextMatch m) {
            String text = m.text().toLowerCase(Locale.ROOT);
            TextColumn column = index.text(m.field());
            if (m.match() == Filter.Match.STARTS_WITH) {
                column.addStartingWith(text, result);
            } else {
                column.addMatching(value -> value.contains(text), result);
            }
        } else if (filter instanceof Filter.IsEmpty e) {
            empty(e.field(), result);
        } else if (filter instanceof Filter.IsNotEmpty e) {
            empty(e.field(), result);
            result.flip(0, n);
        } else if (filter instanceof Filter.InWindow w) {
            window(w, result);
        } else {
            return event((Filter.Event) filter);
        }
        return result;
    }

    private void compare(Filter.Compare c, BitSet into) {
        switch (c.op()) {
            case EQ -> equal(c.field(), c.value(), into);
            case NE -> {
                equal(c.field(), c.value(), into);
                BitSet known = known(c.field());
                into.xor(known);
            }
            default -> index.ordered(c.field()).addCompare(c.op(), c.value().sqlValue(), into);
        }
    }

    private void equal(AudienceField field, Value value, BitSet into) {
        FieldType type = field.type();
        if (type == FieldType.TEXT) {
            index.text(field).addEqual(((String) value.sqlValue()).toLowerCase(Locale.ROOT), into);
        } else if (type == FieldType.BOOLEAN) {
            into.or(index.bool(field, (Boolean) value.sqlValue()));
        } else {
            index.ordered(field).addCompare(Operator.EQ, value.sqlValue(), into);
        }
    }

    /** The customers with a value (an empty text is a value for comparisons). */
    private BitSet known(AudienceField field) {
        BitSet nulls = field.type() == FieldType.TEXT ? index.text(field).nulls()
                : field.type() == FieldType.BOOLEAN ? noBoolean(field) : index.ordered(field).nulls();
        BitSet known = (BitSet) nulls.clone();
        known.flip(0, index.population());
        return known;
    }

    private BitSet noBoolean(AudienceField field) {
        BitSet any = (BitSet) index.bool(field, true).clone();
        any.or(index.bool(field, false));
        any.flip(0, index.population());
        return any;
    }

    private void empty(AudienceField field, BitSet into) {
        if (field.type() == FieldType.TEXT) {
            into.or(index.text(field).nulls());
            index.text(field).addEqual("", into);
        } else if (field.type() == FieldType.BOOLEAN) {
            into.or(noBoolean(field));
        } else {
            into.or(index.ordered(field).nulls());
        }
    }

    private void window(Filter.InWindow w, BitSet into) {
        ZoneId zone = index.zone();
        TimeWindow.Span span = w.window().resolve(now, zone);
        OrderedColumn column = index.ordered(w.field());
        if (w.field().type() == FieldType.DATE) {
            long from = span.start() == null ? Long.MIN_VALUE : LocalDate.ofInstant(span.start(), zone).toEpochDay();
            long through = span.end() == null ? Long.MAX_VALUE - 1
                    : LocalDate.ofInstant(span.end().minusNanos(1), zone).toEpochDay();
            column.addKeyRange(from, through + 1, into);
        } else {
            column.addKeyRange(span.start() == null ? Long.MIN_VALUE : OrderedColumn.nanos(span.start()),
                    span.end() == null ? Long.MAX_VALUE : OrderedColumn.nanos(span.end()), into);
        }
    }

    private BitSet event(Filter.Event e) {
        EventTable table = index.table(e.measure());
        long[] span = span(e.window(), now, cap, index.zone());
        return table.select(selection(table, e.measure()), new long[] {span[0]}, new long[] {span[1]}, condition(e))[0];
    }

    /**
     * The epoch nanoseconds {@code [start, end)} a window covers at {@code now}, ending before {@code cap}
     * at the latest; {@link Long#MIN_VALUE} and {@link Long#MAX_VALUE} for open ends.
     */
    static long[] span(TimeWindow window, Instant now, long cap, ZoneId zone) {
        long start = Long.MIN_VALUE;
        long end = Long.MAX_VALUE;
        if (window != null) {
            TimeWindow.Span span = window.resolve(now, zone);
            start = span.start() == null ? Long.MIN_VALUE : OrderedColumn.nanos(span.start());
            end = span.end() == null ? Long.MAX_VALUE : OrderedColumn.nanos(span.end());
        }
        return new long[] {start, Math.min(end, cap)};
    }

    /** The comparison of an event condition, per customer, from the count and total of its rows. */
    static EventTable.Condition condition(Filter.Event e) {
        EventMeasure.Aggregate aggregate = e.measure() instanceof EventMeasure.Purchases p ? p.aggregate()
                : EventMeasure.Aggregate.COUNT;
        if (aggregate == EventMeasure.Aggregate.AVERAGE) {
            return EventTable.Condition.average(e.op(), new Comparisons.Average(e.number()));
        }
        if (aggregate == EventMeasure.Aggregate.SUM) {
            return EventTable.Condition.total(Comparisons.Interval.of(e.op(),
                    e.number().movePointRight(OrderedColumn.DECIMAL_SCALE)));
        }
        return EventTable.Condition.count(Comparisons.Interval.of(e.op(), e.number()));
    }

    /** Which rows of its table a measure reads. */
    static EventTable.RowSelection selection(EventTable table, EventMeasure measure) {
        if (measure instanceof EventMeasure.Purchases p) {
            return codes(table, lower(p.category()), lower(p.product()));
        }
        if (measure instanceof EventMeasure.Tickets t) {
            return codes(table, t.status(), null);
        }
        EventMeasure.Engagement g = (EventMeasure.Engagement) measure;
        return codes(table, g.channel(), g.type());
    }

    private static EventTable.RowSelection codes(EventTable table, String first, String second) {
        int a = first == null ? EventTable.RowSelection.ANY : table.firstCode(first);
        int b = second == null ? EventTable.RowSelection.ANY : table.secondCode(second);
        return new EventTable.RowSelection(a, b, a == EventTable.NONE || b == EventTable.NONE);
    }

    private static String lower(String text) {
        return text == null ? null : text.toLowerCase(Locale.ROOT);
    }
}
