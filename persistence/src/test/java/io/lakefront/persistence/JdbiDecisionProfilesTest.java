package io.lakefront.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.lakefront.domain.campaign.brief.Channel;
import io.lakefront.domain.decision.CustomerProfile;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Profiles read from gold, metrics, events and the signal inbox on a migrated H2 database. */
class JdbiDecisionProfilesTest {
    private static final Instant NOW = Instant.parse("2026-10-20T12:00:00Z");

    private WorkspaceDatabase database;
    private JdbiDecisionProfiles profiles;

    @BeforeEach
    void setUp() {
        database = TestDatabases.fresh("decision-profiles");
        profiles = new JdbiDecisionProfiles(database.jdbi());
    }

    @AfterEach
    void tearDown() {
        database.close();
    }

    @Test
    void readsZoneConsentReachabilityHabitsAndValue() {
        database.jdbi().useHandle(h -> {
            customer(h, "C1", "Maria", "maria@example.com", "+15125550101", "US", "TX", true, true, true,
                    "2026-01-01T00:00:00Z");
            metrics(h, "C1", 14, "sms", "1234.5", 0.25);
            h.execute("UPDATE customer_metrics SET order_count = 4 WHERE customer_id = 'C1'");
            customer(h, "C2", null, null, " ", "DE", "BY", false, true, false, "2026-01-01T00:00:00Z");
            customer(h, "C3", "Ann", "ann@example.com", null, null, null, true, false, false, "2026-06-01T00:00:00Z");
            metrics(h, "C3", null, "web", "0", 0.9);
            event(h, "E1", "C1", "2026-10-01T09:00:00Z", "email", "open");
            event(h, "E2", "C1", "2026-10-02T09:00:00Z", "web", "visit");
            event(h, "E3", "C1", "2026-10-03T09:00:00Z", "email", "click");
            event(h, "E4", "C1", "2026-10-04T09:00:00Z", "email", "delivered");
            event(h, "E5", "C1", "2026-10-25T09:00:00Z", "email", "open"); // after now
        });
        Map<String, CustomerProfile> found = profiles.profiles(List.of("C1", "C2", "C3", "ghost"), NOW);
        assertThat(found).containsOnlyKeys("C1", "C2", "C3");
        CustomerProfile maria = found.get("C1");
        assertThat(maria.firstName()).isEqualTo("Maria");
        assertThat(maria.zone()).isEqualTo(ZoneId.of("America/Chicago"));
        assertThat(maria.consent()).containsExactlyInAnyOrder(Channel.EMAIL, Channel.SMS, Channel.PUSH);
        assertThat(maria.reachable()).containsExactlyInAnyOrder(Channel.EMAIL, Channel.SMS, Channel.PUSH);
        assertThat(maria.preferredHour()).isEqualTo(14);
        assertThat(maria.preferredChannel()).isEqualTo(Channel.SMS);
        assertThat(maria.interactions()).as("4 orders, an open, a visit and a click up to now").isEqualTo(7);
        assertThat(maria.lifetimeSpend()).isEqualTo(1234.5);
        assertThat(maria.churnRisk()).isEqualTo(0.25);

        CustomerProfile c2 = found.get("C2");
        assertThat(c2.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(c2.consent()).containsExactly(Channel.SMS);
        assertThat(c2.reachable()).as("a blank phone is no address").isEmpty();
        assertThat(c2.preferredHour()).isNull();
        assertThat(c2.interactions()).isZero();
        assertThat(c2.lifetimeSpend()).isZero();

        CustomerProfile ann = found.get("C3");
        assertThat(ann.zone()).isEqualTo(java.time.ZoneOffset.UTC);
        assertThat(ann.preferredChannel()).as("the web is not a channel to send on").isNull();
        assertThat(ann.reachable()).containsExactly(Channel.EMAIL);
    }

    @Test
    void anUnsubscribeAfterTheGoldRowRevokesThatChannelFromThenOn() {
        database.jdbi().useHandle(h -> {
            customer(h, "C1", "Maria", "maria@example.com", "+15125550101", "US", "TX", true, true, false,
                    "2026-05-01T00:00:00Z");
            // Before the gold row was last updated: the opt-in already reflects it.
            event(h, "E1", "C1", "2026-04-01T09:00:00Z", "sms", "unsubscribe");
            event(h, "E2", "C1", "2026-10-10T09:00:00Z", "email", "unsubscribe");
        });
        assertThat(profiles.profiles(List.of("C1"), NOW).get("C1").consent()).containsExactly(Channel.SMS);
        assertThat(profiles.profiles(List.of("C1"), Instant.parse("2026-10-01T00:00:00Z")).get("C1").consent())
                .as("not yet unsubscribed then").containsExactlyInAnyOrder(Channel.EMAIL, Channel.SMS);
        database.jdbi().useHandle(h -> h.createUpdate("INSERT INTO signal_inbox (signal_id, customer_id, type, channel, "
                        + "occurred_at, received_at) VALUES ('S1', 'C1', 'unsubscribe', 'sms', :at, :at)")
                .bind("at", Instant.parse("2026-10-20T11:00:00Z")).execute());
        assertThat(profiles.profiles(List.of("C1"), NOW).get("C1").consent()).as("from the signal inbox too").isEmpty();
        assertThat(profiles.profiles(List.of("C1"), NOW).get("C1").globallyOptedOut()).isTrue();
    }

    @Test
    void manyIdsAcrossChunks() {
        List<String> ids = new ArrayList<>();
        database.jdbi().useHandle(h -> {
            for (int i = 0; i < JdbiDecisionProfiles.IDS_PER_QUERY * 2 + 7; i++) {
                String id = String.format("c-%05d", i);
                ids.add(id);
                customer(h, id, "N" + i, i % 2 == 0 ? "x" + i + "@example.com" : null, null, "US", "CA", true, false, false,
                        "2026-01-01T00:00:00Z");
                if (i % 3 == 0) {
                    event(h, "E" + i, id, "2026-10-01T09:00:00Z", "email", "open");
                }
            }
        });
        Map<String, CustomerProfile> found = profiles.profiles(ids, NOW);
        assertThat(found).hasSize(ids.size());
        assertThat(found.get("c-00003").interactions()).isEqualTo(1);
        assertThat(found.get("c-00004").interactions()).isZero();
        assertThat(found.get("c-02004").reachable()).containsExactly(Channel.EMAIL);
        assertThat(found.get("c-02005").reachable()).isEmpty();
    }

    static void customer(Handle h, String id, String first, String email, String phone, String country, String region,
                         boolean emailOptIn, boolean smsOptIn, boolean pushOptIn, String updatedAt) {
        h.createUpdate("INSERT INTO gold_customer (customer_id, first_name, email, phone, country, region, email_opt_in, "
                        + "sms_opt_in, push_opt_in, created_at, updated_at) VALUES (:id, :first, :email, :phone, :country, "
                        + ":region, :e, :s, :p, :updated, :updated)")
                .bind("id", id).bind("first", first).bind("email", email).bind("phone", phone).bind("country", country)
                .bind("region", region).bind("e", emailOptIn).bind("s", smsOptIn).bind("p", pushOptIn)
                .bind("updated", Instant.parse(updatedAt)).execute();
    }

    static void metrics(Handle h, String id, Integer hour, String channel, String spend, double churn) {
        h.createUpdate("INSERT INTO customer_metrics (customer_id, lifetime_spend, preferred_hour, preferred_channel, "
                        + "churn_risk) VALUES (:id, :spend, :hour, :channel, :churn)")
                .bind("id", id).bind("spend", new java.math.BigDecimal(spend)).bindByType("hour", hour, Integer.class)
                .bind("channel", channel).bind("churn", churn).execute();
    }

    static void event(Handle h, String id, String customer, String at, String channel, String type) {
        h.createUpdate("INSERT INTO engagement_events (event_id, customer_id, occurred_at, channel, type) "
                        + "VALUES (:id, :customer, :at, :channel, :type)")
                .bind("id", id).bind("customer", customer).bind("at", Instant.parse(at)).bind("channel", channel)
                .bind("type", type).execute();
    }
}
