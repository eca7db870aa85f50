package io.lakefront.domain.audience;

import io.lakefront.domain.UserError;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A filter as a plain tree of maps, lists, strings, numbers and booleans — the one shape behind
 * {@code audience --json}, the JSON schema a language model answers in, and the audience, glossary and
 * suppression YAML files. Reading checks everything {@link Filter} checks and names where a problem is
 * ({@code all[1].field: unknown field 'x'}), so a model's or a file's tree never bypasses validation.
 *
 * <pre>
 * {"all": [...]}  {"any": [...]}  {"not": {...}}
 * {"field": "region", "op": "=", "value": "TX"}            ops =, !=, <, <=, >, >=
 * {"field": "lifetime_spend", "op": "between", "low": 100, "high": 500}
 * {"field": "region", "op": "in", "values": ["TX", "CA"]}
 * {"field": "email", "op": "contains" | "starts_with", "value": "gmail"}
 * {"field": "phone", "op": "is_empty" | "is_not_empty"}
 * {"field": "created_at", "op": "within", "window": WINDOW}
 * {"event": "purchases", "measure": "count" | "sum" | "average", "category": "...", "product": "...",
 *  "window": WINDOW, "op": ">=", "number": 1}
 * {"event": "support_tickets", "status": "open", "window": WINDOW, "op": ">=", "number": 1}
 * {"event": "engagement_events", "channel": "email", "type": "open", "window": WINDOW, "op": ">=", "number": 1}
 * WINDOW: {"last_days": 90} | {"last_months": 3} | {"this_year": true} | {"from": "2025-01-01", "to": "2025-12-31"}
 * </pre>
 */
public final class FilterTree {
    private FilterTree() {
    }

    /** The tree of {@code filter}; maps keep their keys in the order above. */
    public static Map<String, Object> write(Filter filter) {
        Map<String, Object> node = new LinkedHashMap<>();
        if (filter instanceof Filter.And and) {
            node.put("all", and.parts().stream().map(FilterTree::write).toList());
        } else if (filter instanceof Filter.Or or) {
            node.put("any", or.parts().stream().map(FilterTree::write).toList());
        } else if (filter instanceof Filter.Not not) {
            node.put("not", write(not.filter()));
        } else if (filter instanceof Filter.Compare c) {
            node.put("field", c.field().fieldName());
            node.put("op", symbol(c.op()));
            node.put("value", plain(c.value()));
        } else if (filter instanceof Filter.Between b) {
            node.put("field", b.field().fieldName());
            node.put("op", "between");
            node.put("low", plain(b.low()));
            node.put("high", plain(b.high()));
        } else if (filter instanceof Filter.InSet in) {
            node.put("field", in.field().fieldName());
            node.put("op", "in");
            node.put("values", in.values().stream().map(FilterTree::plain).toList());
        } else if (filter instanceof Filter.TextMatch t) {
            node.put("field", t.field().fieldName());
            node.put("op", t.match().name().toLowerCase(Locale.ROOT));
            node.put("value", t.text());
        } else if (filter instanceof Filter.IsEmpty e) {
            node.put("field", e.field().fieldName());
            node.put("op", "is_empty");
        } else if (filter instanceof Filter.IsNotEmpty e) {
            node.put("field", e.field().fieldName());
            node.put("op", "is_not_empty");
        } else if (filter instanceof Filter.InWindow w) {
            node.put("field", w.field().fieldName());
            node.put("op", "within");
            node.put("window", window(w.window()));
        } else {
            Filter.Event e = (Filter.Event) filter;
            node.put("event", e.measure().table().tableName());
            if (e.measure() instanceof EventMeasure.Purchases p) {
                node.put("measure", p.aggregate().name().toLowerCase(Locale.ROOT));
                putIfSet(node, "category", p.category());
                putIfSet(node, "product", p.product());
            } else if (e.measure() instanceof EventMeasure.Tickets t) {
                putIfSet(node, "status", t.status());
            } else if (e.measure() instanceof EventMeasure.Engagement g) {
                putIfSet(node, "channel", g.channel());
                putIfSet(node, "type", g.type());
            }
            if (e.window() != null) {
                node.put("window", window(e.window()));
            }
            node.put("op", symbol(e.op()));
            node.put("number", e.number());
        }
        return node;
    }

    /** The filter a tree describes; a {@link UserError} names the first problem and where it is. */
    public static Filter read(Object tree) {
        return read(tree, "filter");
    }

    private static Filter read(Object tree, String at) {
        Map<?, ?> node = map(tree, at);
        try {
            if (node.containsKey("all")) {
                return new Filter.And(parts(node.get("all"), at + ".all"));
            }
            if (node.containsKey("any")) {
                return new Filter.Or(parts(node.get("any"), at + ".any"));
            }
            if (node.containsKey("not")) {
                return new Filter.Not(read(node.get("not"), at + ".not"));
            }
            if (node.containsKey("event")) {
                return event(node, at);
            }
            if (node.containsKey("field")) {
                return field(node, at);
            }
        } catch (UserError problem) {
            if (problem.getMessage().startsWith(at)) {
                throw problem;
            }
            throw new UserError(at + ": " + problem.getMessage());
        }
        throw new UserError(at + ": expected one of all, any, not, field or event (found " + node.keySet() + ")");
    }

    private static List<Filter> parts(Object list, String at) {
        if (!(list instanceof List<?> items)) {
            throw new UserError(at + ": expected a list of conditions");
        }
        List<Filter> parts = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            parts.add(read(items.get(i), at + "[" + i + "]"));
        }
        return parts;
    }

    private static Filter field(Map<?, ?> node, String at) {
        AudienceField field = AudienceField.named(text(node, "field", at));
        String op = text(node, "op", at).strip().toLowerCase(Locale.ROOT);
        return switch (op) {
            case "between" -> new Filter.Between(field, value(field, node, "low", at), value(field, node, "high", at));
            case "in" -> {
                if (!(node.get("values") instanceof List<?> values)) {
                    throw new UserError(at + ".values: expected a list of values");
                }
                yield new Filter.InSet(field, values.stream().map(v -> Value.parse(field, scalar(v, at + ".values"))).toList());
            }
            case "contains", "starts_with" -> new Filter.TextMatch(field,
                    Filter.Match.valueOf(op.toUpperCase(Locale.ROOT)), text(node, "value", at));
            case "is_empty" -> new Filter.IsEmpty(field);
            case "is_not_empty" -> new Filter.IsNotEmpty(field);
            case "within" -> new Filter.InWindow(field, window(node.get("window"), at + ".window"));
            default -> new Filter.Compare(field, Operator.parse(op), value(field, node, "value", at));
        };
    }

    private static Filter event(Map<?, ?> node, String at) {
        String table = text(node, "event", at).strip().toLowerCase(Locale.ROOT);
        EventMeasure measure = switch (table) {
            case "purchases" -> new EventMeasure.Purchases(aggregate(optional(node, "measure", at), at),
                    optional(node, "category", at), optional(node, "product", at));
            case "support_tickets" -> new EventMeasure.Tickets(optional(node, "status", at));
            case "engagement_events" -> new EventMeasure.Engagement(optional(node, "channel", at), optional(node, "type", at));
            default -> throw new UserError(at + ".event: unknown event table '" + table
                    + "' (purchases, support_tickets, engagement_events)");
        };
        TimeWindow window = node.get("window") == null ? null : window(node.get("window"), at + ".window");
        Object number = node.get("number");
        BigDecimal n;
        try {
            n = number instanceof java.lang.Number num ? new BigDecimal(num.toString()) : new BigDecimal(scalar(number, at + ".number"));
        } catch (NumberFormatException notANumber) {
            throw new UserError(at + ".number: '" + number + "' is not a number");
        }
        return new Filter.Event(measure, window, Operator.parse(text(node, "op", at)), n);
    }

    private static EventMeasure.Aggregate aggregate(String measure, String at) {
        if (measure == null) {
            return EventMeasure.Aggregate.COUNT;
        }
        return switch (measure.strip().toLowerCase(Locale.ROOT)) {
            case "count" -> EventMeasure.Aggregate.COUNT;
            case "sum", "total" -> EventMeasure.Aggregate.SUM;
            case "average", "avg" -> EventMeasure.Aggregate.AVERAGE;
            default -> throw new UserError(at + ".measure: unknown measure '" + measure + "' (count, sum, average)");
        };
    }

    /** The tree of a window. */
    public static Map<String, Object> window(TimeWindow window) {
        Map<String, Object> node = new LinkedHashMap<>();
        if (window instanceof TimeWindow.LastDays d) {
            node.put("last_days", d.days());
        } else if (window instanceof TimeWindow.LastMonths m) {
            node.put("last_months", m.months());
        } else if (window instanceof TimeWindow.ThisYear) {
            node.put("this_year", true);
        } else if (window instanceof TimeWindow.Dates d) {
            if (d.from() != null) {
                node.put("from", d.from().toString());
            }
            if (d.to() != null) {
                node.put("to", d.to().toString());
            }
        }
        return node;
    }

    private static TimeWindow window(Object tree, String at) {
        Map<?, ?> node = map(tree, at);
        try {
            if (node.containsKey("last_days")) {
                return new TimeWindow.LastDays(whole(node.get("last_days"), at + ".last_days"));
            }
            if (node.containsKey("last_months")) {
                return new TimeWindow.LastMonths(whole(node.get("last_months"), at + ".last_months"));
            }
            if (Boolean.TRUE.equals(node.get("this_year")) || "true".equals(String.valueOf(node.get("this_year")))) {
                return new TimeWindow.ThisYear();
            }
            if (node.containsKey("from") || node.containsKey("to")) {
                return new TimeWindow.Dates(date(node.get("from"), at + ".from"), date(node.get("to"), at + ".to"));
            }
        } catch (UserError problem) {
            if (problem.getMessage().startsWith(at)) {
                throw problem;
            }
            throw new UserError(at + ": " + problem.getMessage());
        }
        throw new UserError(at + ": expected last_days, last_months, this_year or from/to (found " + node.keySet() + ")");
    }

    private static LocalDate date(Object value, String at) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(String.valueOf(value).strip());
        } catch (DateTimeException notADate) {
            throw new UserError(at + ": '" + value + "' is not a date (YYYY-MM-DD)");
        }
    }

    private static int whole(Object value, String at) {
        try {
            return new BigDecimal(String.valueOf(value).strip()).intValueExact();
        } catch (NumberFormatException | ArithmeticException notWhole) {
            throw new UserError(at + ": '" + value + "' is not a whole number");
        }
    }

    private static Value value(AudienceField field, Map<?, ?> node, String key, String at) {
        if (!node.containsKey(key) || node.get(key) == null) {
            throw new UserError(at + ": missing '" + key + "'");
        }
        return Value.parse(field, scalar(node.get(key), at + "." + key));
    }

    private static String scalar(Object value, String at) {
        if (value instanceof Map<?, ?> || value instanceof List<?> || value == null) {
            throw new UserError(at + ": expected a single value");
        }
        return value instanceof BigDecimal big ? big.toPlainString() : String.valueOf(value);
    }

    private static String text(Map<?, ?> node, String key, String at) {
        Object value = node.get(key);
        if (value == null) {
            throw new UserError(at + ": missing '" + key + "'");
        }
        return scalar(value, at + "." + key);
    }

    private static String optional(Map<?, ?> node, String key, String at) {
        Object value = node.get(key);
        return value == null ? null : scalar(value, at + "." + key);
    }

    private static Map<?, ?> map(Object tree, String at) {
        if (!(tree instanceof Map<?, ?> node)) {
            throw new UserError(at + ": expected an object");
        }
        return node;
    }

    private static Object plain(Value value) {
        if (value instanceof Value.Text t) {
            return t.value();
        }
        if (value instanceof Value.Number n) {
            return n.value();
        }
        if (value instanceof Value.Bool b) {
            return b.value();
        }
        return String.valueOf(value.sqlValue());
    }

    private static String symbol(Operator op) {
        return op == Operator.NE ? "!=" : op.sql();
    }

    private static void putIfSet(Map<String, Object> node, String key, String value) {
        if (value != null) {
            node.put(key, value);
        }
    }
}
