package io.lakefront.domain.audience;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * Turns a {@link Filter} into parameterized H2 SQL. Table and column names come only from
 * {@link AudienceTable}, {@link AudienceField} and the constants here; every value, including the
 * ends of resolved time windows, is a bind parameter. Event conditions are correlated subqueries
 * ({@code EXISTS} / {@code NOT EXISTS} when a count is compared with zero), so customers without
 * events count zero.
 */
public final class FilterCompiler {
    private static final String CUSTOMER_ID = "customer_id";
    private static final String AMOUNT = "amount";
    private static final String CATEGORY = "category";
    private static final String PRODUCT = "product";
    private static final String PURCHASED_AT = "purchased_at";
    private static final String STATUS = "status";
    private static final String OPENED_AT = "opened_at";
    private static final String CHANNEL = "channel";
    private static final String TYPE = "type";
    private static final String OCCURRED_AT = "occurred_at";

    private final ZoneId zone;

    /** Calendar dates (windows, "this year") are read in {@code zone}: the workspace clock's zone. */
    public FilterCompiler(ZoneId zone) {
        this.zone = zone;
    }

    /** A compiler reading calendar dates in UTC, the zone of {@code WorkspaceClock}. */
    public static FilterCompiler utc() {
        return new FilterCompiler(ZoneOffset.UTC);
    }

    /** The filter's condition, with relative time windows resolved against {@code now}. */
    public CompiledFilter compile(Filter filter, Instant now) {
        List<Object> parameters = new ArrayList<>();
        String sql = new Run(now, parameters).sql(filter);
        return new CompiledFilter(sql, parameters);
    }

    /** One compilation: collects the parameters in the order their {@code ?} appear. */
    private final class Run {
        private final Instant now;
        private final List<Object> parameters;

        Run(Instant now, List<Object> parameters) {
            this.now = now;
            this.parameters = parameters;
        }

        String sql(Filter filter) {
            if (filter instanceof Filter.And and) {
                return join(and.parts(), " AND ", "TRUE");
            }
            if (filter instanceof Filter.Or or) {
                return join(or.parts(), " OR ", "FALSE");
            }
            if (filter instanceof Filter.Not not) {
                return "NOT COALESCE(" + sql(not.filter()) + ", FALSE)";
            }
            if (filter instanceof Filter.Compare c) {
                return compare(c);
            }
            if (filter instanceof Filter.Between b) {
                return b.field().qualifiedColumn() + " BETWEEN " + bind(b.low()) + " AND " + bind(b.high());
            }
            if (filter instanceof Filter.InSet in) {
                return inSet(in);
            }
            if (filter instanceof Filter.TextMatch m) {
                return "LOWER(" + m.field().qualifiedColumn() + ") LIKE " + bind(pattern(m)) + " ESCAPE '\\'";
            }
            if (filter instanceof Filter.IsEmpty e) {
                String column = e.field().qualifiedColumn();
                return e.field().type() == FieldType.TEXT ? "(" + column + " IS NULL OR " + column + " = '')"
                        : column + " IS NULL";
            }
            if (filter instanceof Filter.IsNotEmpty e) {
                String column = e.field().qualifiedColumn();
                return e.field().type() == FieldType.TEXT ? "(" + column + " IS NOT NULL AND " + column + " <> '')"
                        : column + " IS NOT NULL";
            }
            if (filter instanceof Filter.InWindow w) {
                return window(w);
            }
            return event((Filter.Event) filter);
        }

        private String join(List<Filter> parts, String separator, String whenNone) {
            if (parts.isEmpty()) {
                return whenNone;
            }
            StringJoiner joined = new StringJoiner(separator, "(", ")");
            for (Filter part : parts) {
                joined.add(sql(part));
            }
            return joined.toString();
        }

        private String compare(Filter.Compare c) {
            if (c.field().type() == FieldType.TEXT) {
                return "LOWER(" + c.field().qualifiedColumn() + ") " + c.op().sql() + " " + bind(lower(c.value()));
            }
            return c.field().qualifiedColumn() + " " + c.op().sql() + " " + bind(c.value().sqlValue());
        }

        private String inSet(Filter.InSet in) {
            boolean text = in.field().type() == FieldType.TEXT;
            StringJoiner values = new StringJoiner(", ", "(", ")");
            for (Value value : in.values()) {
                values.add(bind(text ? lower(value) : value.sqlValue()));
            }
            return (text ? "LOWER(" + in.field().qualifiedColumn() + ")" : in.field().qualifiedColumn()) + " IN " + values;
        }

        private String window(Filter.InWindow w) {
            TimeWindow.Span span = w.window().resolve(now, zone);
            String column = w.field().qualifiedColumn();
            List<String> bounds = new ArrayList<>();
            if (w.field().type() == FieldType.DATE) {
                if (span.start() != null) {
                    bounds.add(column + " >= " + bind(LocalDate.ofInstant(span.start(), zone)));
                }
                if (span.end() != null) {
                    bounds.add(column + " <= " + bind(LocalDate.ofInstant(span.end().minusNanos(1), zone)));
                }
            } else {
                bounds.addAll(instantBounds(column, span));
            }
            return "(" + String.join(" AND ", bounds) + ")";
        }

        private List<String> instantBounds(String column, TimeWindow.Span span) {
            List<String> bounds = new ArrayList<>();
            if (span.start() != null) {
                bounds.add(column + " >= " + bind(span.start()));
            }
            if (span.end() != null) {
                bounds.add(column + " < " + bind(span.end()));
            }
            return bounds;
        }

        private String event(Filter.Event e) {
            AudienceTable table = e.measure().table();
            List<String> where = new ArrayList<>();
            where.add(table.column(CUSTOMER_ID) + " = " + AudienceTable.GOLD.column(CUSTOMER_ID));
            String time;
            String aggregate = "COUNT(*)";
            if (e.measure() instanceof EventMeasure.Purchases p) {
                time = PURCHASED_AT;
                if (p.aggregate() == EventMeasure.Aggregate.SUM) {
                    aggregate = "SUM(" + table.column(AMOUNT) + ")";
                } else if (p.aggregate() == EventMeasure.Aggregate.AVERAGE) {
                    aggregate = "AVG(" + table.column(AMOUNT) + ")";
                }
                if (p.category() != null) {
                    where.add("LOWER(" + table.column(CATEGORY) + ") = " + bind(p.category().toLowerCase(Locale.ROOT)));
                }
                if (p.product() != null) {
                    where.add("LOWER(" + table.column(PRODUCT) + ") = " + bind(p.product().toLowerCase(Locale.ROOT)));
                }
            } else if (e.measure() instanceof EventMeasure.Tickets t) {
                time = OPENED_AT;
                if (t.status() != null) {
                    where.add(table.column(STATUS) + " = " + bind(t.status()));
                }
            } else {
                EventMeasure.Engagement g = (EventMeasure.Engagement) e.measure();
                time = OCCURRED_AT;
                if (g.channel() != null) {
                    where.add(table.column(CHANNEL) + " = " + bind(g.channel()));
                }
                if (g.type() != null) {
                    where.add(table.column(TYPE) + " = " + bind(g.type()));
                }
            }
            if (e.window() != null) {
                where.addAll(instantBounds(table.column(time), e.window().resolve(now, zone)));
            }
            String from = " FROM " + table.tableName() + " " + table.alias() + " WHERE " + String.join(" AND ", where);
            if (aggregate.equals("COUNT(*)")) {
                Boolean any = existence(e.op(), e.number());
                if (any != null) {
                    return (any ? "EXISTS (SELECT 1" : "NOT EXISTS (SELECT 1") + from + ")";
                }
                return "(SELECT COUNT(*)" + from + ") " + e.op().sql() + " " + bind(e.number());
            }
            String subquery = "(SELECT " + aggregate + from + ")";
            if (aggregate.startsWith("SUM")) {
                subquery = "COALESCE(" + subquery + ", 0)";
            }
            return subquery + " " + e.op().sql() + " " + bind(e.number());
        }

        /** For a count compared with zero: true for "at least one", false for "none", null otherwise. */
        private Boolean existence(Operator op, BigDecimal number) {
            int sign = number.compareTo(BigDecimal.ZERO);
            boolean zero = sign == 0;
            boolean one = number.compareTo(BigDecimal.ONE) == 0;
            if ((op == Operator.EQ && zero) || (op == Operator.LE && zero) || (op == Operator.LT && one)) {
                return false;
            }
            if ((op == Operator.GT && zero) || (op == Operator.GE && one) || (op == Operator.NE && zero)) {
                return true;
            }
            return null;
        }

        private String bind(Object value) {
            parameters.add(value instanceof Value v ? v.sqlValue() : value);
            return "?";
        }

        private String lower(Value value) {
            return ((String) value.sqlValue()).toLowerCase(Locale.ROOT);
        }

        private String pattern(Filter.TextMatch m) {
            String escaped = m.text().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
            return m.match() == Filter.Match.CONTAINS ? "%" + escaped + "%" : escaped + "%";
        }
    }
}
