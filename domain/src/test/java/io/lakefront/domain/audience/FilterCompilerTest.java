package io.lakefront.domain.audience;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The SQL and parameters each node compiles to; the persistence test runs them on H2. */
class FilterCompilerTest {
    private static final Instant NOW = Instant.parse("2026-10-20T23:59:59Z");
    private static final Instant NINETY_DAYS_AGO = Instant.parse("2026-07-22T23:59:59Z");
    private static final Instant JUST_AFTER_NOW = NOW.plusNanos(1);

    private final FilterCompiler compiler = FilterCompiler.utc();

    private CompiledFilter compile(Filter filter) {
        return compiler.compile(filter, NOW);
    }

    @Test
    void textComparesIgnoringCaseWithTheValueAsAParameter() {
        CompiledFilter c = compile(Filter.compare("region", "=", "tx"));
        assertThat(c.whereSql()).isEqualTo("LOWER(g.region) = ?");
        assertThat(c.parameters()).containsExactly("tx");

        CompiledFilter quote = compile(Filter.compare("last_name", "!=", "O'Brien"));
        assertThat(quote.whereSql()).isEqualTo("LOWER(g.last_name) <> ?");
        assertThat(quote.parameters()).containsExactly("o'brien");
    }

    @Test
    void numbersDatesInstantsAndBooleansBindTypedValues() {
        assertThat(compile(Filter.compare("lifetime_spend", ">=", "1,000"))).isEqualTo(
                new CompiledFilter("m.lifetime_spend >= ?", List.of(new BigDecimal("1000"))));
        assertThat(compile(Filter.compare("birth_date", "<", "1990-01-01"))).isEqualTo(
                new CompiledFilter("g.birth_date < ?", List.of(LocalDate.of(1990, 1, 1))));
        assertThat(compile(Filter.compare("created_at", ">", "2025-06-01T12:00:00Z"))).isEqualTo(
                new CompiledFilter("g.created_at > ?", List.of(Instant.parse("2025-06-01T12:00:00Z"))));
        assertThat(compile(Filter.compare("email_opt_in", "=", "yes"))).isEqualTo(
                new CompiledFilter("g.email_opt_in = ?", List.of(true)));
    }

    @Test
    void betweenAndInSet() {
        assertThat(compile(Filter.between("churn_risk", "0.5", "0.9"))).isEqualTo(new CompiledFilter(
                "m.churn_risk BETWEEN ? AND ?", List.of(new BigDecimal("0.5"), new BigDecimal("0.9"))));
        assertThat(compile(Filter.in("loyalty_tier", "Gold", "platinum"))).isEqualTo(new CompiledFilter(
                "LOWER(g.loyalty_tier) IN (?, ?)", List.of("gold", "platinum")));
        assertThat(compile(Filter.in("preferred_hour", "9", "10"))).isEqualTo(new CompiledFilter(
                "m.preferred_hour IN (?, ?)", List.of(new BigDecimal("9"), new BigDecimal("10"))));
    }

    @Test
    void textMatchEscapesLikeWildcards() {
        CompiledFilter contains = compile(new Filter.TextMatch(AudienceField.EMAIL, Filter.Match.CONTAINS, "50%_Off"));
        assertThat(contains.whereSql()).isEqualTo("LOWER(g.email) LIKE ? ESCAPE '\\'");
        assertThat(contains.parameters()).containsExactly("%50\\%\\_off%");
        CompiledFilter starts = compile(new Filter.TextMatch(AudienceField.CITY, Filter.Match.STARTS_WITH, "San"));
        assertThat(starts.parameters()).containsExactly("san%");
    }

    @Test
    void emptinessTreatsEmptyTextAsNoValue() {
        assertThat(compile(new Filter.IsEmpty(AudienceField.PHONE)).whereSql()).isEqualTo("(g.phone IS NULL OR g.phone = '')");
        assertThat(compile(new Filter.IsNotEmpty(AudienceField.PHONE)).whereSql())
                .isEqualTo("(g.phone IS NOT NULL AND g.phone <> '')");
        assertThat(compile(new Filter.IsEmpty(AudienceField.BIRTH_DATE)).whereSql()).isEqualTo("g.birth_date IS NULL");
        assertThat(compile(new Filter.IsNotEmpty(AudienceField.CHURN_RISK))).isEqualTo(
                new CompiledFilter("m.churn_risk IS NOT NULL", List.of()));
    }

    @Test
    void andOrNotNestWithParametersInOrder() {
        Filter filter = Filter.and(
                Filter.or(Filter.compare("region", "=", "TX"), Filter.compare("region", "=", "CA")),
                Filter.not(Filter.compare("loyalty_tier", "=", "none")));
        CompiledFilter c = compile(filter);
        assertThat(c.whereSql()).isEqualTo(
                "((LOWER(g.region) = ? OR LOWER(g.region) = ?) AND NOT COALESCE(LOWER(g.loyalty_tier) = ?, FALSE))");
        assertThat(c.parameters()).containsExactly("tx", "ca", "none");
        assertThat(compile(new Filter.And(List.of())).whereSql()).isEqualTo("TRUE");
        assertThat(compile(new Filter.Or(List.of())).whereSql()).isEqualTo("FALSE");
    }

    @Test
    void timeWindowsAreResolvedAgainstTheGivenNowNotTheDatabaseClock() {
        CompiledFilter relative = compile(new Filter.InWindow(AudienceField.LAST_ORDER_AT, new TimeWindow.LastDays(90)));
        assertThat(relative.whereSql()).isEqualTo("(m.last_order_at >= ? AND m.last_order_at < ?)");
        assertThat(relative.parameters()).containsExactly(NINETY_DAYS_AGO, JUST_AFTER_NOW);
        assertThat(relative.whereSql()).doesNotContain("CURRENT_").doesNotContain("NOW(");

        CompiledFilter since = compile(new Filter.InWindow(AudienceField.CREATED_AT,
                new TimeWindow.Dates(LocalDate.of(2025, 1, 1), null)));
        assertThat(since).isEqualTo(new CompiledFilter("(g.created_at >= ?)", List.of(Instant.parse("2025-01-01T00:00:00Z"))));

        CompiledFilter birthdays = compile(new Filter.InWindow(AudienceField.BIRTH_DATE,
                new TimeWindow.Dates(LocalDate.of(1980, 1, 1), LocalDate.of(1989, 12, 31))));
        assertThat(birthdays).isEqualTo(new CompiledFilter("(g.birth_date >= ? AND g.birth_date <= ?)",
                List.of(LocalDate.of(1980, 1, 1), LocalDate.of(1989, 12, 31))));

        Instant later = NOW.plusSeconds(86_400);
        assertThat(compiler.compile(new Filter.InWindow(AudienceField.LAST_ORDER_AT, new TimeWindow.LastDays(90)), later)
                .parameters()).containsExactly(NINETY_DAYS_AGO.plusSeconds(86_400), later.plusNanos(1));
    }

    @Test
    void aPurchaseCountIsACorrelatedSubqueryFilteredByCategoryAndWindow() {
        Filter twoShoes = new Filter.Event(new EventMeasure.Purchases(EventMeasure.Aggregate.COUNT, "Shoes", null),
                new TimeWindow.LastDays(90), Operator.GE, BigDecimal.valueOf(2));
        CompiledFilter c = compile(twoShoes);
        assertThat(c.whereSql()).isEqualTo("(SELECT COUNT(*) FROM purchases p WHERE p.customer_id = g.customer_id "
                + "AND LOWER(p.category) = ? AND p.purchased_at >= ? AND p.purchased_at < ?) >= ?");
        assertThat(c.parameters()).containsExactly("shoes", NINETY_DAYS_AGO, JUST_AFTER_NOW, BigDecimal.valueOf(2));
    }

    @Test
    void aCountComparedWithZeroBecomesExistsOrNotExists() {
        Filter none = new Filter.Event(EventMeasure.Purchases.count(), new TimeWindow.LastDays(90), Operator.EQ, BigDecimal.ZERO);
        assertThat(compile(none).whereSql()).isEqualTo("NOT EXISTS (SELECT 1 FROM purchases p WHERE "
                + "p.customer_id = g.customer_id AND p.purchased_at >= ? AND p.purchased_at < ?)");
        assertThat(compile(none).parameters()).containsExactly(NINETY_DAYS_AGO, JUST_AFTER_NOW);

        Filter anyOpen = new Filter.Event(new EventMeasure.Tickets("open"), null, Operator.GE, BigDecimal.ONE);
        assertThat(compile(anyOpen)).isEqualTo(new CompiledFilter(
                "EXISTS (SELECT 1 FROM support_tickets t WHERE t.customer_id = g.customer_id AND t.status = ?)",
                List.of("open")));
        Filter fewerThanOne = new Filter.Event(new EventMeasure.Tickets(null), null, Operator.LT, BigDecimal.ONE);
        assertThat(compile(fewerThanOne).whereSql()).startsWith("NOT EXISTS (SELECT 1 FROM support_tickets t");
        Filter moreThanZero = new Filter.Event(new EventMeasure.Engagement("email", null), null, Operator.GT, BigDecimal.ZERO);
        assertThat(compile(moreThanZero).whereSql()).startsWith("EXISTS (SELECT 1 FROM engagement_events e");
    }

    @Test
    void engagementCountsByChannelAndTypeWithinAWindow() {
        Filter opens = new Filter.Event(new EventMeasure.Engagement("email", "open"), new TimeWindow.LastDays(30),
                Operator.GE, BigDecimal.valueOf(3));
        CompiledFilter c = compile(opens);
        assertThat(c.whereSql()).isEqualTo("(SELECT COUNT(*) FROM engagement_events e WHERE e.customer_id = g.customer_id "
                + "AND e.channel = ? AND e.type = ? AND e.occurred_at >= ? AND e.occurred_at < ?) >= ?");
        assertThat(c.parameters()).containsExactly("email", "open", Instant.parse("2026-09-20T23:59:59Z"), JUST_AFTER_NOW,
                BigDecimal.valueOf(3));
    }

    @Test
    void aSumCountsZeroWithoutPurchasesAndAnAverageHasNoValue() {
        Filter spent = new Filter.Event(new EventMeasure.Purchases(EventMeasure.Aggregate.SUM, null, "Trail Shoe"),
                new TimeWindow.ThisYear(), Operator.LT, new BigDecimal("100"));
        CompiledFilter sum = compile(spent);
        assertThat(sum.whereSql()).isEqualTo("COALESCE((SELECT SUM(p.amount) FROM purchases p WHERE p.customer_id = "
                + "g.customer_id AND LOWER(p.product) = ? AND p.purchased_at >= ? AND p.purchased_at < ?), 0) < ?");
        assertThat(sum.parameters()).containsExactly("trail shoe", Instant.parse("2026-01-01T00:00:00Z"), JUST_AFTER_NOW,
                new BigDecimal("100"));

        Filter average = new Filter.Event(new EventMeasure.Purchases(EventMeasure.Aggregate.AVERAGE, null, null), null,
                Operator.GT, new BigDecimal("50"));
        assertThat(compile(average)).isEqualTo(new CompiledFilter(
                "(SELECT AVG(p.amount) FROM purchases p WHERE p.customer_id = g.customer_id) > ?", List.of(new BigDecimal("50"))));
    }

    @Test
    void theQueriesSelectFromGoldWithMetricsJoined() {
        CompiledFilter c = compile(Filter.compare("country", "=", "US"));
        assertThat(c.countSql()).isEqualTo("SELECT COUNT(*) FROM gold_customer g LEFT JOIN customer_metrics m "
                + "ON m.customer_id = g.customer_id WHERE LOWER(g.country) = ?");
        assertThat(c.idsSql()).endsWith("WHERE LOWER(g.country) = ? ORDER BY g.customer_id").startsWith("SELECT g.customer_id FROM");
    }
}
