package io.lakefront.domain.audience.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.lakefront.domain.audience.AudienceField;
import io.lakefront.domain.audience.AudienceInsights;
import io.lakefront.domain.audience.EventMeasure;
import io.lakefront.domain.audience.Filter;
import io.lakefront.domain.audience.Operator;
import io.lakefront.domain.audience.TimeWindow;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Insights on five customers chosen by hand: sizes, category breakdown with affinity, average spend,
 * churn-risk bands, reachability, and the twelve-month trend for a filter on gold fields (customers
 * counted from the month they were created), on all-time purchases (from the month of the purchase)
 * and on a sliding 30-day window (which moves back with each month end).
 */
class ColumnarAudienceIndexTest {
    private static final Instant NOW = Instant.parse("2026-10-20T23:59:59Z");

    private final ColumnarAudienceIndex index = sample();

    static ColumnarAudienceIndex sample() {
        AudienceIndexBuilder builder = new AudienceIndexBuilder();
        customer(builder, "A", "2025-01-10T00:00:00Z", "TX", true, true, null, "100", 0.1);
        customer(builder, "B", "2026-06-15T00:00:00Z", "TX", true, false, null, "300", 0.5);
        customer(builder, "C", null, "CA", false, null, null, null, null);
        customer(builder, "D", "2026-10-05T00:00:00Z", "tx", null, null, true, "0", 1.0);
        customer(builder, "E", "2024-01-01T00:00:00Z", "ON", true, true, true, "50", 0.8);
        builder.purchase("A", Instant.parse("2026-09-01T10:00:00Z"), "shoes", "boot", new BigDecimal("60"));
        builder.purchase("A", Instant.parse("2025-06-01T10:00:00Z"), "books", null, new BigDecimal("40"));
        builder.purchase("B", Instant.parse("2026-07-01T10:00:00Z"), "shoes", null, new BigDecimal("100"));
        builder.purchase("B", Instant.parse("2026-10-01T10:00:00Z"), "Shoes", null, new BigDecimal("200"));
        builder.purchase("D", Instant.parse("2026-10-10T10:00:00Z"), "Garden", null, new BigDecimal("0"));
        builder.purchase("E", Instant.parse("2026-01-15T10:00:00Z"), "books", null, new BigDecimal("50"));
        builder.purchase("ghost", Instant.parse("2026-01-15T10:00:00Z"), "books", null, new BigDecimal("50"));
        assertThat(builder.skippedEvents()).isEqualTo(1);
        return builder.build(ZoneOffset.UTC);
    }

    private static void customer(AudienceIndexBuilder builder, String id, String created, String region, Boolean email,
                                 Boolean sms, Boolean push, String spend, Double risk) {
        Map<AudienceField, Object> row = new EnumMap<>(AudienceField.class);
        row.put(AudienceField.CUSTOMER_ID, id);
        row.put(AudienceField.CREATED_AT, created == null ? null : Instant.parse(created));
        row.put(AudienceField.REGION, region);
        row.put(AudienceField.EMAIL_OPT_IN, email);
        row.put(AudienceField.SMS_OPT_IN, sms);
        row.put(AudienceField.PUSH_OPT_IN, push);
        row.put(AudienceField.LIFETIME_SPEND, spend == null ? null : new BigDecimal(spend));
        row.put(AudienceField.CHURN_RISK, risk);
        builder.customer(row::get);
    }

    @Test
    void sizeCategoriesSpendRiskAndReach() {
        AudienceInsights insights = index.insights(Filter.compare("region", "=", "TX"), NOW);

        assertThat(insights.size()).isEqualTo(3);
        assertThat(insights.population()).isEqualTo(5);
        assertThat(insights.categories()).extracting(AudienceInsights.CategoryShare::category)
                .containsExactly("shoes", "Garden", "books");
        AudienceInsights.CategoryShare shoes = insights.categories().get(0);
        assertThat(shoes.customers()).isEqualTo(2);
        assertThat(shoes.share()).isCloseTo(2 / 3.0, within(1e-9));
        // Two of three members against two of five customers.
        assertThat(shoes.affinity()).isCloseTo(100 * (2 / 3.0) / (2 / 5.0), within(1e-9));
        AudienceInsights.CategoryShare books = insights.categories().get(2);
        assertThat(books.customers()).isEqualTo(1);
        assertThat(books.affinity()).isCloseTo(100 * (1 / 3.0) / (2 / 5.0), within(1e-9));
        assertThat(insights.averageLifetimeSpend()).contains(new BigDecimal("133.33"));
        assertThat(insights.churnRisk()).extracting(AudienceInsights.RiskBand::customers).containsExactly(1L, 0L, 1L, 0L, 1L);
        assertThat(insights.churnRisk().get(4).low()).isEqualTo(0.8);
        assertThat(insights.churnRisk().get(4).high()).isEqualTo(1.0);
        assertThat(insights.reachability()).extracting(AudienceInsights.ChannelReach::channel)
                .containsExactly("email", "sms", "push");
        assertThat(insights.reachability()).extracting(AudienceInsights.ChannelReach::reachable).containsExactly(2L, 1L, 1L);
        assertThat(insights.reachability().get(0).share()).isCloseTo(2 / 3.0, within(1e-9));
    }

    @Test
    void anEmptyAudienceHasNoAverageAndNoCategories() {
        AudienceInsights insights = index.insights(Filter.compare("region", "=", "NM"), NOW);

        assertThat(insights.size()).isZero();
        assertThat(insights.averageLifetimeSpend()).isEmpty();
        assertThat(insights.categories()).isEmpty();
        assertThat(insights.reachability()).extracting(AudienceInsights.ChannelReach::share).containsOnly(0.0);
        assertThat(insights.trend()).hasSize(12).extracting(AudienceInsights.MonthSize::size).containsOnly(0L);
    }

    @Test
    void membersWithoutMetricsAreLeftOutOfSpendAndRisk() {
        AudienceInsights insights = index.insights(Filter.in("region", "CA", "ON"), NOW);

        assertThat(insights.size()).isEqualTo(2);
        assertThat(insights.averageLifetimeSpend()).contains(new BigDecimal("50.00"));
        assertThat(insights.churnRisk()).extracting(AudienceInsights.RiskBand::customers).containsExactly(0L, 0L, 0L, 0L, 1L);
    }

    @Test
    void trendCountsCustomersFromTheMonthTheyWereCreated() {
        List<AudienceInsights.MonthSize> trend = index.insights(Filter.compare("region", "=", "TX"), NOW).trend();

        assertThat(trend).hasSize(12);
        assertThat(trend.get(0).month()).isEqualTo(YearMonth.of(2025, 11));
        assertThat(trend.get(11).month()).isEqualTo(YearMonth.of(2026, 10));
        // A since January 2025, B from June 2026, D from October 2026.
        assertThat(trend).extracting(AudienceInsights.MonthSize::size)
                .containsExactly(1L, 1L, 1L, 1L, 1L, 1L, 1L, 2L, 2L, 2L, 2L, 3L);
    }

    @Test
    void trendOfAllTimePurchasesLeavesOutLaterPurchases() {
        Filter boughtShoes = new Filter.Event(new EventMeasure.Purchases(EventMeasure.Aggregate.COUNT, "SHOES", null), null,
                Operator.GE, BigDecimal.ONE);

        // B's first pair in July, A's in September.
        assertThat(index.insights(boughtShoes, NOW).trend()).extracting(AudienceInsights.MonthSize::size)
                .containsExactly(0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 1L, 1L, 2L, 2L);
    }

    @Test
    void trendOfAWindowMovesTheWindowBackWithEachMonthEnd() {
        Filter recent = new Filter.Event(EventMeasure.Purchases.count(), new TimeWindow.LastDays(30), Operator.GE,
                BigDecimal.ONE);
        // E's purchase of 15 January, A's of 1 September (B's of 1 July is just over 30 days before the
        // end of July); now: B and D in October.
        assertThat(index.insights(recent, NOW).trend()).extracting(AudienceInsights.MonthSize::size)
                .containsExactly(0L, 0L, 1L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 1L, 2L);
        assertThat(index.ids(recent, NOW)).containsExactly("B", "D");
        // Its complement counts only customers who existed: A, C (no creation time) and E in November 2025.
        assertThat(index.insights(Filter.not(recent), NOW).trend()).extracting(AudienceInsights.MonthSize::size)
                .containsExactly(3L, 3L, 2L, 3L, 3L, 3L, 3L, 4L, 4L, 4L, 3L, 3L);
    }

    @Test
    void sumsAndAveragesOfPurchases() {
        Filter spentOver100 = new Filter.Event(new EventMeasure.Purchases(EventMeasure.Aggregate.SUM, null, null), null,
                Operator.GT, new BigDecimal("99.99"));
        assertThat(index.ids(spentOver100, NOW)).containsExactly("A", "B");
        Filter averageZero = new Filter.Event(new EventMeasure.Purchases(EventMeasure.Aggregate.AVERAGE, null, null), null,
                Operator.LE, BigDecimal.ZERO);
        // D bought for 0; C never bought, so has no average.
        assertThat(index.ids(averageZero, NOW)).containsExactly("D");
    }

    @Test
    void aCustomerIdTwiceIsAnError() {
        AudienceIndexBuilder builder = new AudienceIndexBuilder();
        customer(builder, "A", null, "TX", null, null, null, null, null);
        assertThatThrownBy(() -> customer(builder, "A", null, "TX", null, null, null, null, null))
                .hasMessageContaining("customer_id 'A' appears twice");
    }

    @Test
    void aValueOfTheWrongTypeNamesTheCustomerAndField() {
        AudienceIndexBuilder builder = new AudienceIndexBuilder();
        Map<AudienceField, Object> row = new EnumMap<>(AudienceField.class);
        row.put(AudienceField.CUSTOMER_ID, "A");
        row.put(AudienceField.BIRTH_DATE, "yesterday");
        assertThatThrownBy(() -> builder.customer(row::get)).hasMessageContaining("customer 'A'")
                .hasMessageContaining("birth_date");
    }

    @Test
    void aLargePopulationsTrendIsMeasuredOnASystematicSample() {
        Filter recent = new Filter.Event(EventMeasure.Purchases.count(), new TimeWindow.LastMonths(3), Operator.GE,
                BigDecimal.ONE);
        ColumnarAudienceIndex exact = many(new AudienceIndexBuilder());
        ColumnarAudienceIndex sampled = many(new AudienceIndexBuilder().trendSample(500));

        assertThat(sampled.trendStep()).isEqualTo(8);
        List<AudienceInsights.MonthSize> truth = exact.insights(recent, NOW).trend();
        List<AudienceInsights.MonthSize> estimate = sampled.insights(recent, NOW).trend();
        for (int k = 0; k < 11; k++) {
            assertThat(estimate.get(k).size() % 8).isZero();
            assertThat((double) estimate.get(k).size()).as("month %s", truth.get(k).month())
                    .isCloseTo(truth.get(k).size(), within(truth.get(k).size() * 0.15 + 16));
        }
        assertThat(truth.get(5).size()).isGreaterThan(1000);
        // The current month is the exact size.
        assertThat(estimate.get(11)).isEqualTo(truth.get(11));
    }

    /** 4,000 customers, each with a purchase every 40 + (i mod 60) days over the last two years. */
    private static ColumnarAudienceIndex many(AudienceIndexBuilder builder) {
        for (int i = 0; i < 4000; i++) {
            customer(builder, "C" + (10_000 + i), "2020-01-01T00:00:00Z", "TX", null, null, null, null, null);
        }
        for (int i = 0; i < 4000; i++) {
            for (Instant at = NOW.minusSeconds(86_400L * (i % 37)); at.isAfter(NOW.minusSeconds(86_400L * 730));
                 at = at.minusSeconds(86_400L * (40 + i % 60))) {
                builder.purchase("C" + (10_000 + i), at, "books", null, BigDecimal.ONE);
            }
        }
        return builder.build(ZoneOffset.UTC);
    }
}
