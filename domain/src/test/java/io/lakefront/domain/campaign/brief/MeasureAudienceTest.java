package io.lakefront.domain.campaign.brief;

import static org.assertj.core.api.Assertions.assertThat;

import io.lakefront.domain.audience.AudienceField;
import io.lakefront.domain.audience.Filter;
import io.lakefront.domain.time.WorkspaceClock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

class MeasureAudienceTest {
    private static final Instant NOW = Instant.parse("2026-10-20T09:30:00Z");

    @Test
    void facts_come_from_counts_of_the_audience() {
        InMemoryCustomers customers = new InMemoryCustomers();
        int[] hours = {8, 9, 19, 19, 20, 21};
        for (int i = 0; i < 6; i++) {
            InMemoryCustomers.Customer c = customers.add("A" + i, AudienceField.REGION, "TX", AudienceField.EMAIL_OPT_IN, true,
                    AudienceField.SMS_OPT_IN, i < 2, AudienceField.PUSH_OPT_IN, false, AudienceField.PREFERRED_HOUR, hours[i],
                    AudienceField.FIRST_NAME, "Ann", AudienceField.EMAIL_CLICKS_30D, i % 3, AudienceField.OPEN_TICKETS, i == 5 ? 1 : 0,
                    AudienceField.TOP_CATEGORY, i < 2 ? "shoes" : null);
            if (i == 0) {
                c.purchases().add(NOW.minus(3, ChronoUnit.DAYS));
            }
        }
        customers.add("B0", AudienceField.REGION, "CA").purchases().add(NOW.minus(10, ChronoUnit.DAYS));
        customers.add("B1", AudienceField.REGION, "CA").purchases().add(NOW.minus(40, ChronoUnit.DAYS));

        AudienceFacts facts = new MeasureAudience(customers, WorkspaceClock.fixedAt(NOW))
                .measure(Filter.compare("region", "=", "TX"));

        assertThat(facts.size()).isEqualTo(6);
        assertThat(facts.population()).isEqualTo(8);
        assertThat(facts.reach(Channel.EMAIL)).isEqualTo(6);
        assertThat(facts.reach(Channel.SMS)).isEqualTo(2);
        assertThat(facts.reach(Channel.PUSH)).isZero();
        assertThat(facts.channelsByReach()).containsExactly(Channel.EMAIL, Channel.SMS, Channel.PUSH);
        assertThat(facts.preferredHour()).as("3 of 6 at 19:00 or before").isEqualTo(19);
        assertThat(facts.recentBuyers()).isEqualTo(1);
        assertThat(facts.populationBuyers()).isEqualTo(2);
        assertThat(facts.clickers()).isEqualTo(4);
        assertThat(facts.openTickets()).isEqualTo(1);
        assertThat(facts.availableSignals()).contains("first_name", "preferred_hour").doesNotContain("top_category", "city");
    }

    @Test
    void an_empty_audience_has_no_hour_and_asks_little() {
        InMemoryCustomers customers = new InMemoryCustomers();
        customers.add("B0", AudienceField.REGION, "CA");

        AudienceFacts facts = new MeasureAudience(customers, WorkspaceClock.fixedAt(NOW))
                .measure(Filter.compare("region", "=", "TX"));

        assertThat(facts.size()).isZero();
        assertThat(facts.preferredHour()).isNull();
        assertThat(facts.buyerShare()).isZero();
        assertThat(customers.counts).isEqualTo(4);
    }
}
