package io.lakefront.domain.audience.nl;

import io.lakefront.domain.audience.AudienceField;
import io.lakefront.domain.audience.EventMeasure;
import io.lakefront.domain.audience.Filter;
import io.lakefront.domain.audience.Operator;
import io.lakefront.domain.audience.TimeWindow;
import io.lakefront.domain.audience.Value;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Any filter as one line of plain words ("region is TX (Texas) and lifetime spend is more than 500"):
 * what a chip shows beside the words that made it, and what {@code audience --explain} prints.
 */
public final class FilterText {
    private FilterText() {
    }

    public static String describe(Filter filter) {
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
            return label(c.field()) + " " + op(c.op()) + " " + value(c.field(), c.value());
        }
        if (filter instanceof Filter.Between b) {
            return label(b.field()) + " between " + value(b.field(), b.low()) + " and " + value(b.field(), b.high());
        }
        if (filter instanceof Filter.InSet in) {
            List<String> values = in.values().stream().map(v -> value(in.field(), v)).toList();
            return label(in.field()) + " is " + (values.size() == 1 ? values.get(0)
                    : String.join(", ", values.subList(0, values.size() - 1)) + " or " + values.get(values.size() - 1));
        }
        if (filter instanceof Filter.TextMatch t) {
            return label(t.field()) + (t.match() == Filter.Match.CONTAINS ? " contains '" : " starts with '") + t.text() + "'";
        }
        if (filter instanceof Filter.IsEmpty e) {
            return "no " + label(e.field());
        }
        if (filter instanceof Filter.IsNotEmpty e) {
            return "has a " + label(e.field());
        }
        if (filter instanceof Filter.InWindow w) {
            return label(w.field()) + " " + window(w.window());
        }
        Filter.Event e = (Filter.Event) filter;
        String window = e.window() == null ? "" : " " + window(e.window());
        return measure(e.measure()) + " " + op(e.op()) + " " + e.number().stripTrailingZeros().toPlainString() + window;
    }

    /** A time window in words ("in the last 90 days", "from 2025-01-01 to 2025-12-31"). */
    public static String window(TimeWindow window) {
        if (window instanceof TimeWindow.LastDays d) {
            return "in the last " + d.days() + (d.days() == 1 ? " day" : " days");
        }
        if (window instanceof TimeWindow.LastMonths m) {
            return "in the last " + m.months() + (m.months() == 1 ? " month" : " months");
        }
        if (window instanceof TimeWindow.ThisYear) {
            return "this year";
        }
        TimeWindow.Dates d = (TimeWindow.Dates) window;
        if (d.from() == null) {
            return "up to " + d.to();
        }
        if (d.to() == null) {
            return "since " + d.from();
        }
        return "from " + d.from() + " to " + d.to();
    }

    private static String join(List<Filter> parts, String with) {
        return parts.stream().map(FilterText::nested).collect(Collectors.joining(with));
    }

    private static String nested(Filter filter) {
        boolean group = (filter instanceof Filter.And and && and.parts().size() > 1)
                || (filter instanceof Filter.Or or && or.parts().size() > 1);
        return group ? "(" + describe(filter) + ")" : describe(filter);
    }

    private static String measure(EventMeasure measure) {
        if (measure instanceof EventMeasure.Purchases p) {
            String of = p.product() != null ? " of " + p.product() : p.category() != null ? " in " + p.category() : "";
            return switch (p.aggregate()) {
                case COUNT -> "purchases" + of;
                case SUM -> "total spent" + of;
                case AVERAGE -> "average purchase" + of;
            };
        }
        if (measure instanceof EventMeasure.Tickets t) {
            return (t.status() == null ? "" : t.status() + " ") + "support tickets";
        }
        EventMeasure.Engagement g = (EventMeasure.Engagement) measure;
        String type = g.type() == null ? "engagement" : switch (g.type()) {
            case "open" -> "opens";
            case "click" -> "clicks";
            case "visit" -> "visits";
            case "unsubscribe" -> "unsubscribes";
            case "bounce" -> "bounces";
            default -> g.type();
        };
        return (g.channel() == null ? "" : g.channel() + " ") + type;
    }

    private static String label(AudienceField field) {
        return switch (field) {
            case EMAIL_OPT_IN -> "email consent";
            case SMS_OPT_IN -> "sms consent";
            case PUSH_OPT_IN -> "push consent";
            case LOYALTY_TIER -> "loyalty tier";
            default -> field.fieldName().replace('_', ' ');
        };
    }

    private static String op(Operator op) {
        return switch (op) {
            case EQ -> "is";
            case NE -> "is not";
            case LT -> "is less than";
            case LE -> "is at most";
            case GT -> "is more than";
            case GE -> "is at least";
        };
    }

    private static String value(AudienceField field, Value value) {
        if (value instanceof Value.Text t) {
            if (field == AudienceField.REGION && Places.REGION_NAMES.containsKey(t.value())) {
                return t.value() + " (" + Places.regionName(t.value()) + ")";
            }
            if (field == AudienceField.COUNTRY && Places.COUNTRY_NAMES.containsKey(t.value())) {
                return t.value() + " (" + Places.countryName(t.value()) + ")";
            }
            return t.value();
        }
        if (value instanceof Value.Number n) {
            BigDecimal number = n.value().stripTrailingZeros();
            return number.scale() < 0 ? number.setScale(0).toPlainString() : number.toPlainString();
        }
        if (value instanceof Value.Bool b) {
            return b.value() ? "yes" : "no";
        }
        return String.valueOf(value.sqlValue());
    }
}
