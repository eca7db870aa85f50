package io.lakefront.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.lakefront.domain.audience.AudienceField;
import io.lakefront.domain.audience.AudienceInsights;
import io.lakefront.domain.audience.EventMeasure;
import io.lakefront.domain.audience.FieldType;
import io.lakefront.domain.audience.Filter;
import io.lakefront.domain.audience.Operator;
import io.lakefront.domain.audience.TimeWindow;
import io.lakefront.domain.audience.Value;
import io.lakefront.domain.audience.index.AudienceIndexBuilder;
import io.lakefront.domain.audience.index.ColumnarAudienceIndex;
import io.lakefront.domain.task.TaskContext;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The columnar index against the SQL it replaces: random datasets (values drawn from small pools so
 * that conditions hit; missing and empty values, mixed case, events exactly at window edges and after
 * now, events of customers not in the gold table) loaded into H2, read back through
 * {@link JdbiAudienceSnapshot}, and random filters of every node kind, nested, must give the same
 * customer ids from the index as from {@link JdbiAudienceQuery} (and the same size in its insights). A
 * failure prints the seed and the filter.
 */
class ColumnarAudienceIndexPropertyTest {
    private static final Instant NOW = Instant.parse("2026-10-20T23:59:59Z");
    private static final String[] FIRST = {"Ann", "ann", "Bob", "Cara", "", null, "Émile"};
    private static final String[] CITIES = {"Austin", "San Diego", "Santa Fe", "san antonio", "Toronto", "", null};
    private static final String[] REGIONS = {"TX", "CA", "ON", "nm", null};
    private static final String[] COUNTRIES = {"US", "CA", null};
    private static final String[] TIERS = {"none", "bronze", "silver", "gold", "platinum", null};
    private static final String[] GENDERS = {"female", "male", "other", "", null};
    private static final String[] CATEGORIES = {"shoes", "Shoes", "books", "Garden", null};
    private static final String[] PRODUCTS = {"boot", "Boot", "novel", "rake", null};
    private static final String[] CHANNELS_OR_TOP = {"email", "sms", "push", "web", null};
    private static final String[] AMOUNTS = {"10", "10.5", "0.3333", "25", "99.99", "0", "40", "12.3456"};
    private static final double[] RISKS = {0.1, 0.2, 0.30000000000000004, 0.5, 0.7, 0.9, 1.0, 0.0};
    private static final int[] DAY_OFFSETS = {0, 1, 29, 30, 31, 89, 90, 91, 200, 365, 400, 700, -1, -5};

    private WorkspaceDatabase database;

    @AfterEach
    void tearDown() {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void randomFiltersSelectTheSameCustomersAsTheSql() {
        for (long seed = 1; seed <= 4; seed++) {
            Random random = new Random(seed);
            database = TestDatabases.fresh("index-property");
            List<String> pool = load(database, random, 45);
            JdbiAudienceQuery sql = new JdbiAudienceQuery(database.jdbi());
            AudienceIndexBuilder builder = new AudienceIndexBuilder();
            new JdbiAudienceSnapshot(database.jdbi()).load(builder, TaskContext.silent());
            ColumnarAudienceIndex index = builder.build(ZoneOffset.UTC);
            assertThat(index.population()).isEqualTo(45);
            Filters filters = new Filters(random, pool);
            int nonEmpty = 0;
            int trends = 0;
            for (int i = 0; i < 250; i++) {
                Filter filter = filters.any(3);
                Instant now = i % 5 == 4 ? NOW.minus(Duration.ofDays(random.nextInt(400))) : NOW;
                List<String> expected = sql.ids(filter, now);
                assertThat(index.ids(filter, now)).as("seed %d, now %s, filter %s", seed, now, filter)
                        .isEqualTo(expected);
                assertThat(index.count(filter, now)).isEqualTo(expected.size());
                // Insights evaluate event conditions for all months in one pass: the same size at now.
                assertThat(index.insights(filter, now).size()).as("insights size, seed %d, filter %s", seed, filter)
                        .isEqualTo(expected.size());
                nonEmpty += expected.isEmpty() || expected.size() == 45 ? 0 : 1;
                if (i % 10 == 0 && relativeEventWindowsOnly(filter)) {
                    trendMatchesTheSqlAtEachMonthEnd(index, sql, filter, now);
                    trends++;
                }
            }
            assertThat(nonEmpty).as("filters that select some and leave others").isGreaterThan(100);
            assertThat(trends).as("trends checked").isGreaterThan(5);
            database.close();
            database = null;
        }
    }

    /**
     * Each past month of the trend is the SQL's answer with that month's end as "now", among the
     * customers created by then. (Holds when every event condition has a relative window, which ends
     * at "now" anyway; the trend also leaves out later events for all-time and date windows.)
     */
    private void trendMatchesTheSqlAtEachMonthEnd(ColumnarAudienceIndex index, JdbiAudienceQuery sql, Filter filter,
                                                  Instant now) {
        List<AudienceInsights.MonthSize> trend = index.insights(filter, now).trend();
        for (int k = 0; k < 11; k++) {
            YearMonth month = trend.get(k).month();
            Instant end = month.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusNanos(1);
            List<String> existing = database.jdbi().withHandle(h -> h.createQuery(
                            "SELECT customer_id FROM gold_customer WHERE created_at IS NULL OR created_at <= :end")
                    .bind("end", end).mapTo(String.class).list());
            long expected = sql.ids(filter, end).stream().filter(existing::contains).count();
            assertThat(trend.get(k).size()).as("trend %s of %s", month, filter).isEqualTo(expected);
        }
    }

    private static boolean relativeEventWindowsOnly(Filter filter) {
        if (filter instanceof Filter.And and) {
            return and.parts().stream().allMatch(ColumnarAudienceIndexPropertyTest::relativeEventWindowsOnly);
        }
        if (filter instanceof Filter.Or or) {
            return or.parts().stream().allMatch(ColumnarAudienceIndexPropertyTest::relativeEventWindowsOnly);
        }
        if (filter instanceof Filter.Not not) {
            return relativeEventWindowsOnly(not.filter());
        }
        return !(filter instanceof Filter.Event e) || e.window() != null && !(e.window() instanceof TimeWindow.Dates);
    }

    /** Writes customers, metrics and events; returns the customer ids. */
    /** Random customers with metrics and events (also the data of {@link SqlAudienceMembershipTest}). */
    static List<String> load(WorkspaceDatabase database, Random random, int customers) {
        List<String> ids = new ArrayList<>();
        database.jdbi().useHandle(h -> {
            for (int i = 0; i < customers; i++) {
                String id = "C" + (100 + random.nextInt(900)) + "-" + i;
                ids.add(id);
                customer(h, random, id);
                if (random.nextInt(10) < 7) {
                    metrics(h, random, id);
                }
                int purchases = random.nextInt(6);
                for (int p = 0; p < purchases; p++) {
                    h.createUpdate("INSERT INTO purchases (purchase_id, order_id, customer_id, purchased_at, category, product, "
                                    + "amount) VALUES (:id, :id, :customer, :at, :category, :product, :amount)")
                            .bind("id", id + "-p" + p).bind("customer", id).bind("at", time(random))
                            .bind("category", pick(random, CATEGORIES)).bind("product", pick(random, PRODUCTS))
                            .bind("amount", new BigDecimal(pick(random, AMOUNTS))).execute();
                }
                int tickets = random.nextInt(3);
                for (int t = 0; t < tickets; t++) {
                    h.createUpdate("INSERT INTO support_tickets (ticket_id, customer_id, opened_at, status) "
                                    + "VALUES (:id, :customer, :at, :status)")
                            .bind("id", id + "-t" + t).bind("customer", id).bind("at", time(random))
                            .bind("status", pick(random, EventMeasure.TICKET_STATUSES.toArray(new String[0]))).execute();
                }
                int events = random.nextInt(5);
                for (int e = 0; e < events; e++) {
                    h.createUpdate("INSERT INTO engagement_events (event_id, customer_id, occurred_at, channel, type) "
                                    + "VALUES (:id, :customer, :at, :channel, :type)")
                            .bind("id", id + "-e" + e).bind("customer", id).bind("at", time(random))
                            .bind("channel", pick(random, EventMeasure.CHANNELS.toArray(new String[0])))
                            .bind("type", pick(random, new String[] {"open", "click", "sent", "visit"})).execute();
                }
            }
            // Events no filter can select: without a customer, or of a customer not in the gold table.
            h.createUpdate("INSERT INTO purchases (purchase_id, customer_id, purchased_at, amount) VALUES ('X1', NULL, :at, 5)")
                    .bind("at", NOW).execute();
            h.createUpdate("INSERT INTO purchases (purchase_id, customer_id, purchased_at, amount) VALUES ('X2', 'ghost', :at, 5)")
                    .bind("at", NOW).execute();
        });
        return ids;
    }

    private static void customer(Handle h, Random random, String id) {
        h.createUpdate("INSERT INTO gold_customer (customer_id, first_name, last_name, email, phone, birth_date, gender, city, "
                        + "postcode, region, country, loyalty_tier, email_opt_in, sms_opt_in, push_opt_in, created_at, "
                        + "updated_at, source_record_count) VALUES (:id, :first, :last, :email, :phone, :birth, :gender, :city, "
                        + ":postcode, :region, :country, :tier, :emailIn, :smsIn, :pushIn, :created, :updated, :sources)")
                .bind("id", id).bind("first", pick(random, FIRST)).bind("last", pick(random, new String[] {"Lee", "O'Brien", "lee", null}))
                .bind("email", random.nextBoolean() ? id.toLowerCase() + "@example.com" : null)
                .bind("phone", pick(random, new String[] {"+15125550101", "", null, "+15055550104"}))
                .bindByType("birth", random.nextInt(5) == 0 ? null : LocalDate.of(1960, 1, 1).plusDays(random.nextInt(15000)),
                        LocalDate.class)
                .bind("gender", pick(random, GENDERS)).bind("city", pick(random, CITIES))
                .bind("postcode", pick(random, new String[] {"78701", "92101", null}))
                .bind("region", pick(random, REGIONS)).bind("country", pick(random, COUNTRIES)).bind("tier", pick(random, TIERS))
                .bindByType("emailIn", bool(random), Boolean.class).bindByType("smsIn", bool(random), Boolean.class)
                .bindByType("pushIn", bool(random), Boolean.class)
                .bindByType("created", random.nextInt(8) == 0 ? null : time(random), Instant.class)
                .bindByType("updated", random.nextInt(3) == 0 ? null : time(random), Instant.class)
                .bind("sources", 1 + random.nextInt(3)).execute();
    }

    private static void metrics(Handle h, Random random, String id) {
        boolean bought = random.nextBoolean();
        h.createUpdate("INSERT INTO customer_metrics (customer_id, lifetime_spend, order_count, avg_order_value, first_order_at, "
                        + "last_order_at, days_since_last_order, top_category, open_tickets, email_opens_30d, email_clicks_30d, "
                        + "last_engaged_at, churn_risk, preferred_channel, preferred_hour, as_of) VALUES (:id, :spend, :orders, "
                        + ":avg, :first, :last, :days, :top, :open, :opens, :clicks, :engaged, :risk, :channel, :hour, :asOf)")
                .bind("id", id).bind("spend", new BigDecimal(pick(random, AMOUNTS)))
                .bind("orders", random.nextInt(4))
                .bindByType("avg", bought ? new BigDecimal(pick(random, AMOUNTS)) : null, BigDecimal.class)
                .bindByType("first", bought ? time(random) : null, Instant.class)
                .bindByType("last", bought ? time(random) : null, Instant.class)
                .bindByType("days", bought ? random.nextInt(400) : null, Integer.class)
                .bind("top", pick(random, new String[] {"shoes", "Books", null}))
                .bind("open", random.nextInt(3)).bind("opens", random.nextInt(3)).bind("clicks", random.nextInt(2))
                .bindByType("engaged", random.nextBoolean() ? time(random) : null, Instant.class)
                .bindByType("risk", random.nextInt(6) == 0 ? null : RISKS[random.nextInt(RISKS.length)], Double.class)
                .bind("channel", pick(random, CHANNELS_OR_TOP))
                .bindByType("hour", random.nextBoolean() ? random.nextInt(24) : null, Integer.class)
                .bind("asOf", NOW).execute();
    }

    /** Times at the edges of the usual windows (now, 30 and 90 days back, after now) and in between. */
    private static Instant time(Random random) {
        Instant at = NOW.minus(Duration.ofDays(DAY_OFFSETS[random.nextInt(DAY_OFFSETS.length)]));
        return random.nextBoolean() ? at : at.minusSeconds(random.nextInt(200_000)).plusNanos(random.nextInt(3));
    }

    private static Boolean bool(Random random) {
        int r = random.nextInt(3);
        return r == 0 ? null : r == 1;
    }

    private static <T> T pick(Random random, T[] values) {
        return values[random.nextInt(values.length)];
    }

    /** Random filters over every node kind, with values that the dataset holds (and some it does not). */
    static final class Filters {
        private final Random random;
        private final List<String> ids;

        Filters(Random random, List<String> ids) {
            this.random = random;
            this.ids = ids;
        }

        Filter any(int depth) {
            int kind = random.nextInt(depth > 0 ? 13 : 10);
            return switch (kind) {
                case 0 -> compare();
                case 1 -> between();
                case 2 -> inSet();
                case 3 -> textMatch();
                case 4 -> new Filter.IsEmpty(field(null));
                case 5 -> new Filter.IsNotEmpty(field(null));
                case 6 -> window();
                case 7, 8, 9 -> event();
                case 10 -> new Filter.And(parts(depth));
                case 11 -> new Filter.Or(parts(depth));
                default -> new Filter.Not(any(depth - 1));
            };
        }

        private List<Filter> parts(int depth) {
            List<Filter> parts = new ArrayList<>();
            int count = random.nextInt(4);
            for (int i = 0; i < count; i++) {
                parts.add(any(depth - 1));
            }
            return parts;
        }

        private AudienceField field(FieldType type) {
            AudienceField[] fields = AudienceField.values();
            while (true) {
                AudienceField f = fields[random.nextInt(fields.length)];
                if (type == null || f.type() == type || type == FieldType.NUMBER && f.type().ordered()) {
                    return f;
                }
            }
        }

        private Filter compare() {
            AudienceField f = field(null);
            Operator[] ops = f.type().ordered() ? Operator.values() : new Operator[] {Operator.EQ, Operator.NE};
            return new Filter.Compare(f, ops[random.nextInt(ops.length)], value(f));
        }

        private Filter between() {
            AudienceField f = field(FieldType.NUMBER);
            return new Filter.Between(f, value(f), value(f));
        }

        private Filter inSet() {
            AudienceField f = field(null);
            List<Value> values = new ArrayList<>();
            for (int i = 0; i <= random.nextInt(3); i++) {
                values.add(value(f));
            }
            return new Filter.InSet(f, values);
        }

        private Filter textMatch() {
            AudienceField f = field(FieldType.TEXT);
            String[] texts = {"a", "SAN", "an", "e", "c", "_", "%", "o'", "l", "1", "@example", "tx"};
            return new Filter.TextMatch(f, random.nextBoolean() ? Filter.Match.CONTAINS : Filter.Match.STARTS_WITH,
                    texts[random.nextInt(texts.length)]);
        }

        private Filter window() {
            AudienceField f = field(random.nextInt(4) == 0 ? FieldType.DATE : FieldType.INSTANT);
            return new Filter.InWindow(f, timeWindow(false));
        }

        private TimeWindow timeWindow(boolean allowNone) {
            int w = random.nextInt(allowNone ? 6 : 5);
            return switch (w) {
                case 0 -> new TimeWindow.LastDays(new int[] {1, 30, 90, 365}[random.nextInt(4)]);
                case 1 -> new TimeWindow.LastMonths(new int[] {1, 3, 12}[random.nextInt(3)]);
                case 2 -> new TimeWindow.ThisYear();
                case 3 -> new TimeWindow.Dates(LocalDate.of(2026, 7, 22), random.nextBoolean() ? null : LocalDate.of(2026, 10, 20));
                case 4 -> new TimeWindow.Dates(random.nextBoolean() ? null : LocalDate.of(1980, 1, 1), LocalDate.of(2026, 9, 20));
                default -> null;
            };
        }

        private Filter event() {
            EventMeasure measure = switch (random.nextInt(3)) {
                case 0 -> new EventMeasure.Purchases(EventMeasure.Aggregate.values()[random.nextInt(3)],
                        random.nextBoolean() ? null : pick(random, new String[] {"shoes", "SHOES", "books", "garden", "toys"}),
                        random.nextInt(3) > 0 ? null : pick(random, new String[] {"boot", "NOVEL", "lamp"}));
                case 1 -> new EventMeasure.Tickets(random.nextBoolean() ? null
                        : pick(random, EventMeasure.TICKET_STATUSES.toArray(new String[0])));
                default -> new EventMeasure.Engagement(random.nextBoolean() ? null : pick(random, new String[] {"email", "sms", "web"}),
                        random.nextBoolean() ? null : pick(random, new String[] {"open", "click", "bounce"}));
            };
            String[] numbers = {"0", "1", "2", "3", "0.5", "10", "10.5", "20.25", "25", "40", "0.3333", "35.12345"};
            return new Filter.Event(measure, timeWindow(true), Operator.values()[random.nextInt(6)],
                    new BigDecimal(numbers[random.nextInt(numbers.length)]));
        }

        private Value value(AudienceField f) {
            return switch (f.type()) {
                case TEXT -> new Value.Text(text(f));
                case NUMBER -> new Value.Number(new BigDecimal(pick(random, new String[] {"0", "1", "2", "0.2", "0.5",
                        "0.30000000000000004", "0.3", "10.5", "25", "99.99", "12.3456", "200", "-1", "23"})));
                case DATE -> new Value.Date(LocalDate.of(1960, 1, 1).plusDays(random.nextInt(15000)));
                case INSTANT -> new Value.Moment(time(random));
                case BOOLEAN -> new Value.Bool(random.nextBoolean());
            };
        }

        private String text(AudienceField f) {
            return switch (f) {
                case CUSTOMER_ID -> random.nextBoolean() ? ids.get(random.nextInt(ids.size())).toLowerCase() : "nobody";
                case FIRST_NAME -> pick(random, new String[] {"ANN", "bob", "émile", "Zed"});
                case CITY -> pick(random, new String[] {"austin", "SAN DIEGO", "toronto", "Paris"});
                case REGION -> pick(random, new String[] {"tx", "CA", "NM", "on"});
                case COUNTRY -> pick(random, new String[] {"us", "CA"});
                case LOYALTY_TIER -> pick(random, new String[] {"gold", "PLATINUM", "none"});
                case GENDER -> pick(random, new String[] {"female", "male", "other"});
                case TOP_CATEGORY -> pick(random, new String[] {"shoes", "books"});
                case PREFERRED_CHANNEL -> pick(random, new String[] {"email", "sms", "web"});
                case PHONE -> pick(random, new String[] {"+15125550101", "+15055550104"});
                default -> pick(random, new String[] {"lee", "O'BRIEN", "x", "78701"});
            };
        }
    }
}
