package io.lakefront.connectors.llm;

import io.lakefront.domain.audience.EventMeasure;
import io.lakefront.domain.audience.Filter;
import io.lakefront.domain.audience.Operator;
import io.lakefront.domain.audience.TimeWindow;
import io.lakefront.domain.audience.Value;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A condition in plain words for the chips beside a model's interpretation ("region is TX",
 * "sum of purchases in outdoor in the last 90 days > 500"). Small on purpose: a shared describer of
 * filters can replace it without changing callers.
 */
final class FilterWords {
    private FilterWords() {
    }

    static String describe(Filter filter) {
        if (filter instanceof Filter.And and) {
            return and.parts().isEmpty() ? "everyone" : join(and.parts(), " and ");
        }
        if (filter instanceof Filter.Or or) {
            return or.parts().isEmpty() ? "no one" : join(or.parts(), " or ");
        }
        if (filter instanceof Filter.Not not) {
            return "not " + nested(not.filter());
        }
        if (filter instanceof Filter.Compare c) {
            return c.field().fieldName() + " " + verb(c.op()) + " " + value(c.value());
        }
        if (filter instanceof Filter.Between b) {
            return b.field().fieldName() + " between " + value(b.low()) + " and " + value(b.high());
        }
        if (filter instanceof Filter.InSet in) {
            return in.field().fieldName() + " is one of "
                    + in.values().stream().map(FilterWords::value).collect(Collectors.joining(", "));
        }
        if (filter instanceof Filter.TextMatch t) {
            return t.field().fieldName() + (t.match() == Filter.Match.CONTAINS ? " contains '" : " starts with '")
                    + t.text() + "'";
        }
        if (filter instanceof Filter.IsEmpty e) {
            return e.field().fieldName() + " is empty";
        }
        if (filter instanceof Filter.IsNotEmpty e) {
            return e.field().fieldName() + " is not empty";
        }
        if (filter instanceof Filter.InWindow w) {
            return w.field().fieldName() + " " + window(w.window());
        }
        Filter.Event e = (Filter.Event) filter;
        String window = e.window() == null ? "" : " " + window(e.window());
        return measure(e.measure()) + window + " " + e.op().sql().replace("<>", "!=") + " " + number(e.number());
    }

    private static String join(List<Filter> parts, String separator) {
        return parts.stream().map(FilterWords::nested).collect(Collectors.joining(separator));
    }

    private static String nested(Filter filter) {
        String words = describe(filter);
        boolean group = filter instanceof Filter.And and && and.parts().size() > 1
                || filter instanceof Filter.Or or && or.parts().size() > 1;
        return group ? "(" + words + ")" : words;
    }

    private static String verb(Operator op) {
        return switch (op) {
            case EQ -> "is";
            case NE -> "is not";
            default -> op.sql();
        };
    }

    private static String measure(EventMeasure measure) {
        if (measure instanceof EventMeasure.Purchases p) {
            String what = switch (p.aggregate()) {
                case COUNT -> "number of purchases";
                case SUM -> "total spent on purchases";
                case AVERAGE -> "average purchase";
            };
            return what + (p.category() == null ? "" : " in " + p.category())
                    + (p.product() == null ? "" : " of " + p.product());
        }
        if (measure instanceof EventMeasure.Tickets t) {
            return "number of " + (t.status() == null ? "" : t.status() + " ") + "support tickets";
        }
        EventMeasure.Engagement g = (EventMeasure.Engagement) measure;
        return "number of " + (g.channel() == null ? "" : g.channel() + " ")
                + (g.type() == null ? "engagement events" : g.type() + " events");
    }

    private static String window(TimeWindow window) {
        if (window instanceof TimeWindow.LastDays d) {
            return "in the last " + d.days() + " days";
        }
        if (window instanceof TimeWindow.LastMonths m) {
            return "in the last " + m.months() + " months";
        }
        if (window instanceof TimeWindow.ThisYear) {
            return "this year";
        }
        TimeWindow.Dates d = (TimeWindow.Dates) window;
        if (d.from() == null) {
            return "up to " + d.to();
        }
        return d.to() == null ? "since " + d.from() : "from " + d.from() + " to " + d.to();
    }

    private static String value(Value value) {
        if (value instanceof Value.Number n) {
            return number(n.value());
        }
        if (value instanceof Value.Bool b) {
            return b.value() ? "yes" : "no";
        }
        return String.valueOf(value.sqlValue());
    }

    private static String number(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }
}
