package io.lakefront.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.lakefront.domain.gold.GoldCustomer;
import io.lakefront.domain.gold.profile.CustomerMetrics;
import io.lakefront.domain.gold.profile.CustomerProfile;
import io.lakefront.domain.gold.profile.CustomerSearch;
import io.lakefront.domain.gold.profile.FieldLineage;
import io.lakefront.domain.gold.profile.SearchCustomers;
import io.lakefront.domain.gold.profile.ShowCustomer;
import io.lakefront.domain.governance.Actor;
import io.lakefront.domain.governance.AuditEntry;
import io.lakefront.domain.governance.Role;
import io.lakefront.domain.time.WorkspaceClock;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JdbiCustomerProfilesTest {
    private static final Instant AT = Instant.parse("2026-10-20T10:00:00Z");

    private WorkspaceDatabase database;
    private JdbiCustomerProfiles profiles;

    @BeforeEach
    void open() {
        database = TestDatabases.fresh("profiles");
        profiles = new JdbiCustomerProfiles(database.jdbi());
        database.jdbi().useHandle(h -> {
            h.createUpdate("INSERT INTO gold_customer (customer_id, first_name, last_name, email, phone, birth_date, gender, "
                            + "street, city, country, loyalty_tier, email_opt_in, sms_opt_in, created_at, updated_at, source_record_count) "
                            + "VALUES (:id, :first, :last, :email, :phone, :birth, 'female', '12 Elm St', 'Austin', 'US', 'gold', "
                            + "TRUE, FALSE, :at, :at, 2)")
                    .bind("id", "C00000001").bind("first", "Maria").bind("last", "López").bind("email", "maria.lopez@example.com")
                    .bind("phone", "+15125550134").bind("birth", LocalDate.of(1984, 3, 7)).bind("at", AT).execute();
            h.execute("INSERT INTO gold_customer (customer_id, first_name, last_name, source_record_count) VALUES "
                    + "('C00000002', 'James', 'O''Neil', 1), ('C00000003', 'Anna', 'Schmidt', 1)");
            h.execute("INSERT INTO gold_lineage (customer_id, field, field_value, source, record_id, rule, detail) VALUES "
                    + "('C00000001', 'email', 'maria.lopez@example.com', 'crm', 'C-1001', 'source_priority', 'crm is ranked above shop'), "
                    + "('C00000001', 'city', 'Austin', 'shop', '77', 'most_recent', 'the newest record'), "
                    + "('C00000002', 'city', 'Dublin', 'crm', 'C-1002', 'first_non_empty', '')");
            h.createUpdate("INSERT INTO customer_metrics (customer_id, lifetime_spend, order_count, churn_risk, preferred_channel, "
                            + "preferred_hour, last_order_at, as_of) VALUES ('C00000001', 150.5, 2, 0.25, 'email', 19, :at, :at)")
                    .bind("at", AT).execute();
            h.createUpdate("INSERT INTO purchases (purchase_id, order_id, customer_id, purchased_at, category, product, quantity, "
                            + "amount, currency) VALUES ('p2', 'o2', 'C00000001', :late, 'socks', 'Wool socks', 3, 30.5, 'USD'), "
                            + "('p1', 'o1', 'C00000001', :early, 'shoes', 'Runner', 1, 120, 'USD'), "
                            + "('p3', 'o3', 'C00000002', :early, 'hats', 'Cap', 1, 15, 'USD')")
                    .bind("early", AT.minusSeconds(86_400 * 40L)).bind("late", AT.minusSeconds(86_400)).execute();
            h.createUpdate("INSERT INTO support_tickets (ticket_id, customer_id, opened_at, status, topic) VALUES "
                    + "('t1', 'C00000001', :at, 'open', 'late delivery')").bind("at", AT).execute();
            h.createUpdate("INSERT INTO engagement_events (event_id, customer_id, occurred_at, channel, type, campaign_id) VALUES "
                    + "('e1', 'C00000001', :at, 'email', 'open', 'vip'), ('e2', 'C00000001', :at, 'sms', 'click', NULL)")
                    .bind("at", AT).execute();
            h.execute("UPDATE resolution_state SET latest_run = 4 WHERE id = 1");
        });
        database.auditLog().append(new AuditEntry(AT, "sam", "identity.cluster_split", "cluster 1", "crm/x split out"));
        database.auditLog().append(new AuditEntry(AT, "sam", "identity.clusters_merged", "clusters 5 and 1", "must-link"));
        database.auditLog().append(new AuditEntry(AT, "sam", "identity.clusters_merged", "clusters 5 and 11", "must-link"));
        database.auditLog().append(new AuditEntry(AT, "sam", "identity.cluster_split", "cluster 11", "other"));
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void readsTheGoldRowLineageMetricsAndEvents() {
        assertThat(profiles.latestRun()).hasValue(4);
        assertThat(profiles.count()).isEqualTo(3);
        GoldCustomer maria = profiles.customer("C00000001").orElseThrow();
        assertThat(maria.lastName()).isEqualTo("López");
        assertThat(maria.birthDate()).isEqualTo(LocalDate.of(1984, 3, 7));
        assertThat(maria.emailOptIn()).isTrue();
        assertThat(maria.smsOptIn()).isFalse();
        assertThat(maria.pushOptIn()).isNull();
        assertThat(maria.createdAt()).isEqualTo(AT);
        assertThat(profiles.customer("C00000099")).isEmpty();

        assertThat(profiles.lineage("C00000001")).extracting(FieldLineage::field).containsExactly("city", "email");
        assertThat(profiles.lineage("C00000001").get(1).record()).isEqualTo("crm/C-1001");
        assertThat(profiles.lineage("C00000003")).isEmpty();

        CustomerMetrics metrics = profiles.metrics("C00000001").orElseThrow();
        assertThat(metrics.lifetimeSpend()).isEqualByComparingTo("150.5");
        assertThat(metrics.churnRisk()).isEqualTo(0.25);
        assertThat(metrics.preferredHour()).isEqualTo(19);
        assertThat(metrics.daysSinceLastOrder()).isNull();
        assertThat(profiles.metrics("C00000002")).isEmpty();

        assertThat(profiles.purchases("C00000001")).extracting(p -> p.purchaseId()).containsExactly("p1", "p2");
        assertThat(profiles.purchases("C00000001").get(1).amount()).isEqualByComparingTo(new BigDecimal("30.5"));
        assertThat(profiles.tickets("C00000001")).hasSize(1);
        assertThat(profiles.engagement("C00000001")).extracting(e -> e.channel()).containsExactlyInAnyOrder("email", "sms");
    }

    @Test
    void searchReadsTheTableOnceAndFetchesListLines() {
        List<String> seen = new ArrayList<>();
        profiles.forEachSearchable((id, first, last, email, phone) -> seen.add(id + ":" + last));
        assertThat(seen).containsExactly("C00000001:López", "C00000002:O'Neil", "C00000003:Schmidt");
        assertThat(profiles.summaries(List.of("C00000003", "C00000001", "nope"))).hasSize(2);
        assertThat(profiles.summaries(List.of())).isEmpty();

        SearchCustomers search = new SearchCustomers(profiles);
        CustomerSearch found = search.search(Actor.of("mo", Role.MARKETER), "maria lopes", 5);
        assertThat(found.results()).hasSize(1);
        assertThat(found.results().get(0).customer().email()).isEqualTo("m***@example.com");
        assertThat(found.results().get(0).customer().city()).isEqualTo("Austin");
        assertThat(search.search(Actor.of("sam", Role.DATA_STEWARD), "o'neil", 5).results())
                .extracting(r -> r.customer().customerId()).containsExactly("C00000002");
    }

    @Test
    void auditAboutAClusterMatchesItsIdExactly() {
        assertThat(profiles.auditAboutCluster(1, 10)).extracting(AuditEntry::subject)
                .containsExactly("clusters 5 and 1", "cluster 1");
        assertThat(profiles.auditAboutCluster(11, 10)).extracting(AuditEntry::subject)
                .containsExactly("cluster 11", "clusters 5 and 11");
    }

    @Test
    void aProfileFromTheRealTables() {
        ShowCustomer show = new ShowCustomer(profiles, cluster -> List.of(), database.linkDecisions(),
                WorkspaceClock.fixedAt(AT));
        CustomerProfile profile = show.show(Actor.workspaceOwner("alex"), "C00000001");
        assertThat(profile.field("email").orElseThrow().lineage().orElseThrow().rule()).isEqualTo("source_priority");
        assertThat(profile.metrics()).isPresent();
        assertThat(profile.timeline()).hasSize(5);
        assertThat(profile.history()).hasSize(2);
        assertThat(profile.runId()).isEqualTo(4);
    }
}
