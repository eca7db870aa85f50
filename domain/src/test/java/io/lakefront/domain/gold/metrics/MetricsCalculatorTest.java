package io.lakefront.domain.gold.metrics;

import static io.lakefront.domain.gold.metrics.Fixtures.NOW;
import static io.lakefront.domain.gold.metrics.Fixtures.daysAgo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lakefront.domain.task.TaskContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;

class MetricsCalculatorTest {
    @Test
    void aCustomerWithoutAnythingHasZeroCountsAndNoOrderValues() {
        CustomerMetrics m = new Fixtures().customer("c1").metricsOf("c1");

        assertThat(m.lifetimeSpend()).isEqualByComparingTo("0");
        assertThat(m.orderCount()).isZero();
        assertThat(m.avgOrderValue()).isNull();
        assertThat(m.firstOrderAt()).isNull();
        assertThat(m.lastOrderAt()).isNull();
        assertThat(m.daysSinceLastOrder()).isNull();
        assertThat(m.topCategory()).isNull();
        assertThat(m.openTickets()).isZero();
        assertThat(m.emailOpens30d()).isZero();
        assertThat(m.lastEngagedAt()).isNull();
        assertThat(m.churnRisk()).isBetween(0.0, 1.0);
        assertThat(m.asOf()).isEqualTo(NOW);
    }

    @Test
    void ordersAreCountedOncePerOrderIdAndSpendSumsEveryLine() {
        CustomerMetrics m = new Fixtures().customer("c1")
                .purchase("c1", "o1", daysAgo(100), "shoes", "30.00")
                .purchase("c1", "o1", daysAgo(100), "socks", "5.50")
                .purchase("c1", "o2", daysAgo(10.5), "shoes", "20")
                .purchase("c1", null, daysAgo(3), "hats", "4.4999")
                .metricsOf("c1");

        assertThat(m.orderCount()).isEqualTo(3);
        assertThat(m.lifetimeSpend()).isEqualTo(new BigDecimal("59.9999"));
        assertThat(m.avgOrderValue()).isEqualTo(new BigDecimal("20.0000"));
        assertThat(m.firstOrderAt()).isEqualTo(daysAgo(100));
        assertThat(m.lastOrderAt()).isEqualTo(daysAgo(3));
        assertThat(m.daysSinceLastOrder()).isEqualTo(3);
        assertThat(m.topCategory()).isEqualTo("shoes");
    }

    @Test
    void daysSinceLastOrderCountsWholeDays() {
        CustomerMetrics m = new Fixtures().customer("c1").purchase("c1", "o1", daysAgo(10.9), "x", "1").metricsOf("c1");
        assertThat(m.daysSinceLastOrder()).isEqualTo(10);
    }

    @Test
    void eventsAfterAsOfAreIgnored() {
        Instant later = NOW.plusSeconds(60);
        Fixtures f = new Fixtures().customer("c1")
                .purchase("c1", "o1", daysAgo(40), "books", "10")
                .purchase("c1", "o2", later, "games", "99")
                .ticket("c1", later, null, "open")
                .event("c1", daysAgo(2), "email", "open")
                .event("c1", later, "email", "open")
                .event("c1", later, "email", "click");
        CustomerMetrics m = f.metricsOf("c1");

        assertThat(m.orderCount()).isEqualTo(1);
        assertThat(m.lifetimeSpend()).isEqualByComparingTo("10");
        assertThat(m.lastOrderAt()).isEqualTo(daysAgo(40));
        assertThat(m.topCategory()).isEqualTo("books");
        assertThat(m.openTickets()).isZero();
        assertThat(m.emailOpens30d()).isEqualTo(1);
        assertThat(m.emailClicks30d()).isZero();
        assertThat(m.lastEngagedAt()).isEqualTo(daysAgo(2));

        CustomerMetrics earlier = f.metricsOf("c1", daysAgo(50));
        assertThat(earlier.orderCount()).isZero();
        assertThat(earlier.lastEngagedAt()).isNull();
        assertThat(earlier.asOf()).isEqualTo(daysAgo(50));
    }

    @Test
    void topCategoryIsBySpendNotByCountAndTiesGoAlphabetically() {
        CustomerMetrics bySpend = new Fixtures().customer("c1")
                .purchase("c1", "o1", daysAgo(5), "socks", "2")
                .purchase("c1", "o2", daysAgo(4), "socks", "2")
                .purchase("c1", "o3", daysAgo(3), "coats", "50")
                .metricsOf("c1");
        assertThat(bySpend.topCategory()).isEqualTo("coats");

        CustomerMetrics tie = new Fixtures().customer("c1")
                .purchase("c1", "o1", daysAgo(5), "toys", "10")
                .purchase("c1", "o2", daysAgo(4), "garden", "10.00")
                .purchase("c1", "o3", daysAgo(3), null, "500")
                .metricsOf("c1");
        assertThat(tie.topCategory()).isEqualTo("garden");
    }

    @Test
    void openTicketsAreOpenOrPendingAsOfNow() {
        CustomerMetrics m = new Fixtures().customer("c1")
                .ticket("c1", daysAgo(10), null, "open")
                .ticket("c1", daysAgo(9), null, "pending")
                .ticket("c1", daysAgo(8), daysAgo(7), "closed")
                .ticket("c1", daysAgo(6), null, "closed")
                .ticket("c1", daysAgo(5), NOW.plusSeconds(3_600), "closed")
                .metricsOf("c1");
        // open + pending + the one closed only after "now"
        assertThat(m.openTickets()).isEqualTo(3);
    }

    @Test
    void emailOpensAndClicksCountTheLastThirtyDaysOfEmailOnly() {
        CustomerMetrics m = new Fixtures().customer("c1")
                .event("c1", daysAgo(29.9), "email", "open")
                .event("c1", daysAgo(1), "email", "open")
                .event("c1", daysAgo(30.1), "email", "open")
                .event("c1", daysAgo(1), "email", "click")
                .event("c1", daysAgo(1), "sms", "click")
                .event("c1", daysAgo(1), "push", "open")
                .event("c1", daysAgo(0.5), "email", "delivered")
                .metricsOf("c1");
        assertThat(m.emailOpens30d()).isEqualTo(2);
        assertThat(m.emailClicks30d()).isEqualTo(1);
        assertThat(m.lastEngagedAt()).isEqualTo(daysAgo(1));
    }

    @Test
    void preferredChannelIsTheMostUsedAllowedChannel() {
        Fixtures f = new Fixtures()
                .customer("mostly-email", "US", "NY", true, true, true)
                .customer("email-opted-out", "US", "NY", false, true, true)
                .customer("nothing-allowed-but-web", "US", "NY", false, null, false);
        for (String id : List.of("mostly-email", "email-opted-out", "nothing-allowed-but-web")) {
            f.event(id, daysAgo(20), "email", "open").event(id, daysAgo(19), "email", "click")
                    .event(id, daysAgo(18), "email", "open").event(id, daysAgo(17), "sms", "click");
        }
        assertThat(f.metricsOf("mostly-email").preferredChannel()).isEqualTo("email");
        assertThat(f.metricsOf("email-opted-out").preferredChannel()).isEqualTo("sms");
        assertThat(f.metricsOf("nothing-allowed-but-web").preferredChannel()).isNull();
    }

    @Test
    void purchasesCountForWebAndTiesGoToTheMoreRecentThenTheFixedOrder() {
        Fixtures f = new Fixtures()
                .customer("recent-web").customer("same-time")
                .event("recent-web", daysAgo(20), "email", "open")
                .purchase("recent-web", "o1", daysAgo(2), "x", "1")
                .event("same-time", daysAgo(5), "push", "open")
                .event("same-time", daysAgo(5), "sms", "open");
        assertThat(f.metricsOf("recent-web").preferredChannel()).isEqualTo("web");
        assertThat(f.metricsOf("same-time").preferredChannel()).isEqualTo("sms");
    }

    @Test
    void anOrderOfManyLinesCountsOnceForWeb() {
        Fixtures f = new Fixtures().customer("c1")
                .purchase("c1", "o1", daysAgo(2), "x", "1").purchase("c1", "o1", daysAgo(2), "y", "1")
                .purchase("c1", "o1", daysAgo(2), "z", "1")
                .event("c1", daysAgo(20), "email", "open").event("c1", daysAgo(19), "email", "open");
        assertThat(f.metricsOf("c1").preferredChannel()).isEqualTo("email");
    }

    @Test
    void withoutInteractionsTheFirstConsentedChannelIsPreferred() {
        Fixtures f = new Fixtures()
                .customer("sms-only", "US", "NY", false, true, true)
                .customer("none", "US", "NY", null, false, null);
        assertThat(f.metricsOf("sms-only").preferredChannel()).isEqualTo("sms");
        assertThat(f.metricsOf("none").preferredChannel()).isNull();
    }

    @Test
    void preferredHourIsLocalTimeAcrossDaylightSaving() {
        // 23:30 UTC is 19:30 in New York in summer (EDT, UTC-4) and 18:30 in winter (EST, UTC-5).
        Fixtures summer = new Fixtures().customer("ny");
        Fixtures winter = new Fixtures().customer("ny");
        for (int i = 0; i < 10; i++) {
            summer.event("ny", Instant.parse("2026-07-0" + (i % 9 + 1) + "T23:30:00Z"), "email", "open");
            winter.event("ny", Instant.parse("2026-01-0" + (i % 9 + 1) + "T23:30:00Z"), "email", "open");
        }
        assertThat(summer.metricsOf("ny").preferredHour()).isEqualTo(19);
        assertThat(winter.metricsOf("ny").preferredHour()).isEqualTo(18);
    }

    @Test
    void preferredHourUsesTheRegionsZoneThenTheCountrysThenUtc() {
        Instant at = Instant.parse("2026-03-10T18:15:00Z");
        Fixtures f = new Fixtures()
                .customer("la", "US", "CA", true, true, true)
                .customer("berlin", "DE", "BY", true, true, true)
                .customer("us-unknown-region", "US", "ZZ", true, true, true)
                .customer("nowhere", null, null, true, true, true);
        for (String id : List.of("la", "berlin", "us-unknown-region", "nowhere")) {
            for (int i = 0; i < 20; i++) {
                f.event(id, at.plusSeconds(i), "web", "visit");
            }
        }
        assertThat(f.metricsOf("la").preferredHour()).isEqualTo(11); // PDT since 8 March
        assertThat(f.metricsOf("berlin").preferredHour()).isEqualTo(19); // CET
        assertThat(f.metricsOf("us-unknown-region").preferredHour()).isEqualTo(14); // New York, EDT
        assertThat(f.metricsOf("nowhere").preferredHour()).isEqualTo(18); // UTC
    }

    @Test
    void fewInteractionsLeanTowardsThePopulationsHour() {
        Fixtures f = new Fixtures().customer("crowd", "GB", "ENG", true, true, true)
                .customer("one-visit", "GB", "ENG", true, true, true)
                .customer("regular", "GB", "ENG", true, true, true)
                .customer("silent", "GB", "ENG", true, true, true);
        for (int i = 0; i < 30; i++) {
            f.event("crowd", Instant.parse("2026-01-15T20:00:00Z").plusSeconds(i), "web", "visit");
        }
        f.event("one-visit", Instant.parse("2026-01-15T07:00:00Z"), "web", "visit");
        for (int i = 0; i < 5; i++) {
            f.event("regular", Instant.parse("2026-01-15T07:00:00Z").plusSeconds(i), "web", "visit");
        }
        assertThat(f.metricsOf("one-visit").preferredHour()).isEqualTo(20);
        assertThat(f.metricsOf("regular").preferredHour()).isEqualTo(7);
        assertThat(f.metricsOf("silent").preferredHour()).isEqualTo(20);
    }

    @Test
    void withoutAnyInteractionAnywhereThereIsNoPreferredHour() {
        assertThat(new Fixtures().customer("c1").customer("c2").metricsOf("c1").preferredHour()).isNull();
    }

    @Test
    void aRecentFrequentBuyerHasALowerChurnRiskThanALapsedOne() {
        Fixtures f = churnWorld(400, 7);
        List<CustomerMetrics> all = new MetricsCalculator().compute(f.input(), NOW, TaskContext.silent()).metrics();
        CustomerMetrics loyal = all.stream().filter(m -> m.customerId().equals("loyal-0")).findFirst().orElseThrow();
        CustomerMetrics lapsed = all.stream().filter(m -> m.customerId().equals("lapsed-0")).findFirst().orElseThrow();
        assertThat(loyal.churnRisk()).isLessThan(0.4);
        assertThat(lapsed.churnRisk()).isGreaterThan(0.6);
        assertThat(all).allSatisfy(m -> assertThat(m.churnRisk()).isBetween(0.0, 1.0));
    }

    @Test
    void everyoneChurnedStillGivesAFiniteRisk() {
        Fixtures f = new Fixtures();
        for (int i = 0; i < 5; i++) {
            f.customer("c" + i).purchase("c" + i, "o" + i, daysAgo(400 + i), "x", "1");
        }
        CustomerMetrics m = f.metricsOf("c0");
        assertThat(m.churnRisk()).isGreaterThan(0.9).isLessThanOrEqualTo(1.0);
    }

    @Test
    void cancellingStopsTheComputation() {
        Fixtures f = churnWorld(1_500, 3);
        TaskContext cancelled = new TaskContext() {
            @Override public void progress(long done, long total) { }
            @Override public void message(String text) { }
            @Override public boolean cancelled() { return true; }
        };
        assertThatThrownBy(() -> new MetricsCalculator().compute(f.input(), NOW, cancelled))
                .isInstanceOf(CancellationException.class);
    }

    /**
     * Loyal customers buy every two to four weeks up to now; lapsed ones did the same but stopped a
     * year or more ago; occasional ones buy a few times a year.
     */
    static Fixtures churnWorld(int perKind, long seed) {
        java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
        Fixtures f = new Fixtures();
        int order = 0;
        for (int i = 0; i < perKind; i++) {
            f.customer("loyal-" + i).customer("lapsed-" + i).customer("occasional-" + i);
            double stop = 270 + random.nextDouble() * 400;
            for (double d = 700 * random.nextDouble(); d > 0; d -= 14 + random.nextDouble() * 14) {
                f.purchase("loyal-" + i, "o" + (++order), daysAgo(d), "x", "20");
                if (d > stop) {
                    f.purchase("lapsed-" + i, "o" + (++order), daysAgo(d), "x", "20");
                }
            }
            for (double d = 700 * random.nextDouble(); d > 0; d -= 60 + random.nextDouble() * 180) {
                f.purchase("occasional-" + i, "o" + (++order), daysAgo(d), "x", "20");
            }
        }
        return f;
    }
}
