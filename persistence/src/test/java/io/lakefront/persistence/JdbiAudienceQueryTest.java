package io.lakefront.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.lakefront.domain.audience.AudienceField;
import io.lakefront.domain.audience.EventMeasure;
import io.lakefront.domain.audience.Filter;
import io.lakefront.domain.audience.Operator;
import io.lakefront.domain.audience.TimeWindow;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Filters run on a migrated H2 database with five customers chosen so that each condition selects
 * some and leaves others out, with the edges (an event exactly at now, one after now, one just
 * outside the window, a customer without metrics or events) on both sides.
 */
class JdbiAudienceQueryTest {
    private static final Instant NOW = Instant.parse("2026-10-20T23:59:59Z");

    private WorkspaceDatabase database;
    private JdbiAudienceQuery audiences;

    @BeforeEach
    void setUp() {
        database = TestDatabases.fresh("audience");
        audiences = new JdbiAudienceQuery(database.jdbi());
        customer("C1", "Ann", "Lee", "+15125550101", "Austin", "TX", "US", "gold", true, "1985-03-01", "2024-01-01T00:00:00Z");
        customer("C2", "Bob", "Stone", null, "San Diego", "CA", "US", "silver", false, "1992-07-10", "2026-03-01T00:00:00Z");
        customer("C3", "Cara", "Diaz", "", "Toronto", "ON", "CA", "platinum", true, null, "2026-10-01T00:00:00Z");
        customer("C4", "Dan", "Oak", "+15055550104", "Santa Fe", null, null, "none", null, "1979-12-31", "2023-05-05T00:00:00Z");
        customer("C5", "Eve", "O'Brien", "+15125550105", "Houston", "TX", "US", "bronze", true, "1990-01-01", "2025-02-02T00:00:00Z");
        metrics("C1", "500", "0.2");
        metrics("C2", "1200", "0.7");
        metrics("C4", "50", "0.9");
        metrics("C5", "80", "0.5");
        purchase("P1", "C1", "2026-09-01T10:00:00Z", "shoes", "60");
        purchase("P2", "C1", "2026-10-10T10:00:00Z", "shoes", "40");
        purchase("P3", "C1", "2025-01-01T10:00:00Z", "books", "20");
        purchase("P4", "C2", "2026-09-15T10:00:00Z", "shoes", "100");
        purchase("P5", "C2", "2026-05-01T10:00:00Z", "shoes", "80");
        purchase("P6", "C4", "2026-10-19T10:00:00Z", "Shoes", "10");
        purchase("P7", "C4", "2026-10-20T23:59:59Z", "shoes", "10");
        purchase("P8", "C4", "2026-10-21T10:00:00Z", "shoes", "10");
        purchase("P9", "C5", "2026-01-10T10:00:00Z", "books", "30");
        purchase("P10", null, "2026-10-10T10:00:00Z", "shoes", "99");
        ticket("T1", "C1", "2026-10-18T08:00:00Z", "open");
        ticket("T2", "C2", "2026-10-01T08:00:00Z", "closed");
        ticket("T3", "C3", "2026-10-02T08:00:00Z", "pending");
        event("E1", "C1", "2026-10-15T09:00:00Z", "email", "open");
        event("E2", "C1", "2026-10-01T09:00:00Z", "email", "open");
        event("E3", "C2", "2026-09-01T09:00:00Z", "email", "open");
        event("E4", "C2", "2026-10-19T09:00:00Z", "sms", "click");
        event("E5", "C5", "2026-10-21T09:00:00Z", "email", "open");
        event("E6", "C4", "2026-10-16T09:00:00Z", "email", "click");
    }

    @AfterEach
    void tearDown() {
        database.close();
    }

    private List<String> ids(Filter filter) {
        return audiences.ids(filter, NOW);
    }

    @Test
    void andOrNot() {
        Filter filter = Filter.and(
                Filter.or(Filter.compare("region", "=", "tx"), Filter.compare("region", "=", "CA")),
                Filter.not(Filter.compare("loyalty_tier", "=", "gold")));
        assertThat(ids(filter)).containsExactly("C2", "C5");
        assertThat(audiences.count(filter, NOW)).isEqualTo(2);
        // A condition on an unknown value is false, so its negation includes the customer without a country.
        assertThat(ids(Filter.not(Filter.compare("country", "=", "US")))).containsExactly("C3", "C4");
        assertThat(ids(Filter.compare("country", "!=", "US"))).containsExactly("C3");
        assertThat(ids(new Filter.And(List.of()))).containsExactly("C1", "C2", "C3", "C4", "C5");
        assertThat(audiences.count(new Filter.Or(List.of()), NOW)).isZero();
    }

    @Test
    void betweenIncludesBothEndsAndCustomersWithoutMetricsAreOut() {
        assertThat(ids(Filter.between("lifetime_spend", "100", "1,200"))).containsExactly("C1", "C2");
        assertThat(ids(Filter.compare("churn_risk", ">=", "0.5"))).containsExactly("C2", "C4", "C5");
        assertThat(ids(Filter.between("birth_date", "1980-01-01", "1990-01-01"))).containsExactly("C1", "C5");
    }

    @Test
    void inSetIgnoresCase() {
        assertThat(ids(Filter.in("loyalty_tier", "gold", "PLATINUM"))).containsExactly("C1", "C3");
    }

    @Test
    void emptyTextCountsAsNoValue() {
        assertThat(ids(new Filter.IsEmpty(AudienceField.PHONE))).containsExactly("C2", "C3");
        assertThat(ids(new Filter.IsNotEmpty(AudienceField.PHONE))).containsExactly("C1", "C4", "C5");
        assertThat(ids(new Filter.IsEmpty(AudienceField.LIFETIME_SPEND))).containsExactly("C3");
        assertThat(ids(new Filter.IsEmpty(AudienceField.BIRTH_DATE))).containsExactly("C3");
    }

    @Test
    void textMatchIgnoresCaseAndQuotesAreJustValues() {
        assertThat(ids(new Filter.TextMatch(AudienceField.CITY, Filter.Match.STARTS_WITH, "SAN"))).containsExactly("C2", "C4");
        assertThat(ids(new Filter.TextMatch(AudienceField.CITY, Filter.Match.CONTAINS, "ont"))).containsExactly("C3");
        assertThat(ids(new Filter.TextMatch(AudienceField.CITY, Filter.Match.CONTAINS, "%"))).isEmpty();
        assertThat(ids(Filter.compare("last_name", "=", "o'brien"))).containsExactly("C5");
        // Two text matches put two ESCAPE '\' in one statement; the value between them must stay a parameter.
        assertThat(ids(Filter.or(new Filter.TextMatch(AudienceField.CITY, Filter.Match.STARTS_WITH, "hou"),
                new Filter.TextMatch(AudienceField.CITY, Filter.Match.CONTAINS, "_")))).containsExactly("C5");
    }

    @Test
    void relativeWindowsFollowTheGivenNow() {
        Filter newCustomers = new Filter.InWindow(AudienceField.CREATED_AT, new TimeWindow.LastDays(30));
        assertThat(ids(newCustomers)).containsExactly("C3");
        assertThat(audiences.ids(newCustomers, Instant.parse("2026-03-15T00:00:00Z"))).containsExactly("C2");
        assertThat(ids(new Filter.InWindow(AudienceField.CREATED_AT, new TimeWindow.ThisYear()))).containsExactly("C2", "C3");
        assertThat(ids(new Filter.InWindow(AudienceField.CREATED_AT,
                new TimeWindow.Dates(LocalDate.of(2023, 1, 1), LocalDate.of(2024, 1, 1))))).containsExactly("C1", "C4");
    }

    @Test
    void atLeastTwoShoePurchasesInTheLast90Days() {
        Filter filter = new Filter.Event(new EventMeasure.Purchases(EventMeasure.Aggregate.COUNT, "shoes", null),
                new TimeWindow.LastDays(90), Operator.GE, BigDecimal.valueOf(2));
        // C4's purchase exactly at now counts, the one after now does not; C2's second is 172 days old.
        assertThat(ids(filter)).containsExactly("C1", "C4");
        assertThat(audiences.count(filter, NOW)).isEqualTo(2);
    }

    @Test
    void noPurchaseInTheLast90DaysIncludesCustomersWhoNeverBought() {
        Filter none = new Filter.Event(EventMeasure.Purchases.count(), new TimeWindow.LastDays(90), Operator.EQ, BigDecimal.ZERO);
        assertThat(ids(none)).containsExactly("C3", "C5");
        Filter fewerThanTwo = new Filter.Event(EventMeasure.Purchases.count(), new TimeWindow.LastDays(90), Operator.LT,
                BigDecimal.valueOf(2));
        assertThat(ids(fewerThanTwo)).containsExactly("C2", "C3", "C5");
    }

    @Test
    void totalsAreZeroWithoutPurchasesAndAveragesHaveNoValue() {
        Filter spentNothing = new Filter.Event(new EventMeasure.Purchases(EventMeasure.Aggregate.SUM, null, null), null,
                Operator.EQ, BigDecimal.ZERO);
        assertThat(ids(spentNothing)).containsExactly("C3");
        Filter bigBaskets = new Filter.Event(new EventMeasure.Purchases(EventMeasure.Aggregate.AVERAGE, null, null), null,
                Operator.GT, new BigDecimal("35"));
        assertThat(ids(bigBaskets)).containsExactly("C1", "C2");
        Filter smallBaskets = new Filter.Event(new EventMeasure.Purchases(EventMeasure.Aggregate.AVERAGE, null, null), null,
                Operator.LT, new BigDecimal("35"));
        assertThat(ids(smallBaskets)).containsExactly("C4", "C5");
    }

    @Test
    void openTickets() {
        Filter open = new Filter.Event(new EventMeasure.Tickets("open"), null, Operator.GE, BigDecimal.ONE);
        assertThat(ids(open)).containsExactly("C1");
        Filter withoutOpen = Filter.not(open);
        assertThat(ids(withoutOpen)).containsExactly("C2", "C3", "C4", "C5");
        Filter anyTicket = new Filter.Event(new EventMeasure.Tickets(null), new TimeWindow.LastDays(30), Operator.GT,
                BigDecimal.ZERO);
        assertThat(ids(anyTicket)).containsExactly("C1", "C2", "C3");
    }

    @Test
    void emailOpensInTheLast30Days() {
        Filter opened = new Filter.Event(new EventMeasure.Engagement("email", "open"), new TimeWindow.LastDays(30),
                Operator.GE, BigDecimal.ONE);
        // C2 opened 49 days ago, C5's open is after now, C4 only clicked.
        assertThat(ids(opened)).containsExactly("C1");
        Filter twice = new Filter.Event(new EventMeasure.Engagement("email", "open"), new TimeWindow.LastDays(30),
                Operator.GE, BigDecimal.valueOf(2));
        assertThat(ids(twice)).containsExactly("C1");
        Filter anyEmail = new Filter.Event(new EventMeasure.Engagement("email", null), new TimeWindow.LastDays(30),
                Operator.GE, BigDecimal.ONE);
        assertThat(ids(anyEmail)).containsExactly("C1", "C4");
    }

    @Test
    void consent() {
        assertThat(ids(Filter.compare("email_opt_in", "=", "true"))).containsExactly("C1", "C3", "C5");
        assertThat(ids(Filter.not(Filter.compare("email_opt_in", "=", "yes")))).containsExactly("C2", "C4");
        assertThat(ids(Filter.and(Filter.compare("email_opt_in", "=", "true"), Filter.compare("country", "=", "us"))))
                .containsExactly("C1", "C5");
    }

    private void customer(String id, String first, String last, String phone, String city, String region, String country,
                          String tier, Boolean emailOptIn, String birth, String created) {
        database.jdbi().useHandle(h -> h.createUpdate("INSERT INTO gold_customer (customer_id, first_name, last_name, phone, "
                        + "city, region, country, loyalty_tier, email_opt_in, birth_date, created_at) VALUES (:id, :first, "
                        + ":last, :phone, :city, :region, :country, :tier, :email, :birth, :created)")
                .bind("id", id).bind("first", first).bind("last", last).bind("phone", phone).bind("city", city)
                .bind("region", region).bind("country", country).bind("tier", tier).bind("email", emailOptIn)
                .bindByType("birth", birth == null ? null : LocalDate.parse(birth), LocalDate.class)
                .bind("created", Instant.parse(created)).execute());
    }

    private void metrics(String id, String lifetimeSpend, String churnRisk) {
        database.jdbi().useHandle(h -> h.createUpdate("INSERT INTO customer_metrics (customer_id, lifetime_spend, churn_risk, "
                        + "as_of) VALUES (:id, :spend, :churn, :asOf)")
                .bind("id", id).bind("spend", new BigDecimal(lifetimeSpend)).bind("churn", Double.parseDouble(churnRisk))
                .bind("asOf", NOW).execute());
    }

    private void purchase(String id, String customer, String at, String category, String amount) {
        database.jdbi().useHandle(h -> h.createUpdate("INSERT INTO purchases (purchase_id, order_id, customer_id, "
                        + "purchased_at, category, amount) VALUES (:id, :id, :customer, :at, :category, :amount)")
                .bind("id", id).bind("customer", customer).bind("at", Instant.parse(at))
                .bind("category", category).bind("amount", new BigDecimal(amount)).execute());
    }

    private void ticket(String id, String customer, String opened, String status) {
        database.jdbi().useHandle(h -> h.createUpdate("INSERT INTO support_tickets (ticket_id, customer_id, opened_at, "
                        + "status) VALUES (:id, :customer, :opened, :status)")
                .bind("id", id).bind("customer", customer).bind("opened", Instant.parse(opened))
                .bind("status", status).execute());
    }

    private void event(String id, String customer, String at, String channel, String type) {
        database.jdbi().useHandle(h -> h.createUpdate("INSERT INTO engagement_events (event_id, customer_id, occurred_at, "
                        + "channel, type) VALUES (:id, :customer, :at, :channel, :type)")
                .bind("id", id).bind("customer", customer).bind("at", Instant.parse(at)).bind("channel", channel)
                .bind("type", type).execute());
    }
}
