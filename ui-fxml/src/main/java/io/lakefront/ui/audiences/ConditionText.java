package io.lakefront.ui.audiences;

import io.lakefront.domain.UserError;
import io.lakefront.domain.audience.AudienceField;
import io.lakefront.domain.audience.EventMeasure;
import io.lakefront.domain.audience.Filter;
import io.lakefront.domain.audience.Operator;
import io.lakefront.domain.audience.TimeWindow;
import io.lakefront.domain.audience.Value;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A condition in plain words for its chip ("lifetime spend ≥ 1000", "region is TX or CA"), and the one
 * value of a simple condition a person may edit on the chip: a comparison's value, a set's values, an
 * event condition's number. Editing reads the text as the field's type, so a chip cannot hold a value
 * its field does not take.
 */
final class ConditionText {
    private ConditionText() {
    }

    static String describe(Filter filter) {
        if (filter instanceof Filter.And and) {
            return and.parts().isEmpty() ? "everyone" : join(and.parts(), " and ");
        }
        if (filter instanceof Filter.Or or) {
            return or.parts().isEmpty() ? "no one" : join(or.parts(), " or ");
        }
        if (filter instanceof Filter.Not not) {
            return "not " + describe(not.filter());
        }
        if (filter instanceof Filter.Compare c) {
            return label(c.field()) + " " + symbol(c.op()) + " " + text(c.value());
        }
        if (filter instanceof Filter.Between b) {
            return label(b.field()) + " between " + text(b.low()) + " and " + text(b.high());
        }
        if (filter instanceof Filter.InSet in) {
            return label(in.field()) + " is " + in.values().stream().map(ConditionText::text).collect(Collectors.joining(" or "));
        }
        if (filter instanceof Filter.TextMatch t) {
            return label(t.field()) + (t.match() == Filter.Match.CONTAINS ? " contains " : " starts with ") + "“" + t.text() + "”";
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
        return measure(e.measure()) + (e.window() == null ? "" : " " + window(e.window())) + " " + symbol(e.op()) + " "
                + e.number().stripTrailingZeros().toPlainString();
    }

    /** The value a person may edit on the chip, or empty for a condition edited by describing it again. */
    static Optional<String> editable(Filter filter) {
        if (filter instanceof Filter.Compare c) {
            return Optional.of(text(c.value()));
        }
        if (filter instanceof Filter.InSet in) {
            return Optional.of(in.values().stream().map(ConditionText::text).collect(Collectors.joining(", ")));
        }
        if (filter instanceof Filter.Event e) {
            return Optional.of(e.number().stripTrailingZeros().toPlainString());
        }
        return Optional.empty();
    }

    /** The condition with its value replaced by {@code text}; a {@link UserError} when the text does not fit. */
    static Filter edit(Filter filter, String text) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            throw new UserError("type a value, or remove the condition");
        }
        if (filter instanceof Filter.Compare c) {
            if (c.op() == Operator.EQ && value.contains(",") && c.field().type() == io.lakefront.domain.audience.FieldType.TEXT) {
                return new Filter.InSet(c.field(), values(c.field(), value));
            }
            return new Filter.Compare(c.field(), c.op(), Value.parse(c.field(), value));
        }
        if (filter instanceof Filter.InSet in) {
            return new Filter.InSet(in.field(), values(in.field(), value));
        }
        if (filter instanceof Filter.Event e) {
            try {
                return new Filter.Event(e.measure(), e.window(), e.op(), new BigDecimal(value.replace(",", "").replaceFirst("^\\$", "")));
            } catch (NumberFormatException notANumber) {
                throw new UserError("'" + value + "' is not a number");
            }
        }
        throw new UserError("this condition is changed by describing it again");
    }

    /** Comma-separated values ("TX, OK"): one of them. */
    private static List<Value> values(AudienceField field, String text) {
        return Arrays.stream(text.split(",")).map(String::strip).filter(v -> !v.isEmpty())
                .map(v -> Value.parse(field, v)).toList();
    }

    private static String join(List<Filter> parts, String with) {
        return parts.stream().map(p -> p instanceof Filter.And || p instanceof Filter.Or ? "(" + describe(p) + ")" : describe(p))
                .collect(Collectors.joining(with));
    }

    static String label(AudienceField field) {
        return field.fieldName().replace('_', ' ');
    }

    private static String symbol(Operator op) {
        return switch (op) {
            case EQ -> "=";
            case NE -> "≠";
            case LT -> "<";
            case LE -> "≤";
            case GT -> ">";
            case GE -> "≥";
        };
    }

    private static String text(Value value) {
        if (value instanceof Value.Number n) {
            return n.value().stripTrailingZeros().toPlainString();
        }
        if (value instanceof Value.Bool b) {
            return b.value() ? "yes" : "no";
        }
        return String.valueOf(value.sqlValue());
    }

    private static String measure(EventMeasure measure) {
        if (measure instanceof EventMeasure.Purchases p) {
            String what = switch (p.aggregate()) {
                case COUNT -> "purchases";
                case SUM -> "total spent";
                case AVERAGE -> "average purchase";
            };
            return what + (p.category() == null ? "" : " in " + p.category()) + (p.product() == null ? "" : " of " + p.product());
        }
        if (measure instanceof EventMeasure.Tickets t) {
            return (t.status() == null ? "" : t.status() + " ") + "support tickets";
        }
        EventMeasure.Engagement g = (EventMeasure.Engagement) measure;
        return (g.channel() == null ? "" : g.channel() + " ") + (g.type() == null ? "engagement events" : g.type() + " events");
    }

    static String window(TimeWindow window) {
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
        return d.to() == null ? "since " + d.from() : "from " + d.from() + " to " + d.to();
    }

}
