package io.lakefront.app.audiences;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lakefront.app.Workspace;
import io.lakefront.app.demo.DemoWorkspaceBuilder;
import io.lakefront.connectors.yaml.YamlAudienceStore;
import io.lakefront.domain.audience.AudienceAnalytics;
import io.lakefront.domain.audience.AudienceInsights;
import io.lakefront.domain.audience.Filter;
import io.lakefront.domain.audience.InterpretRequest;
import io.lakefront.domain.audience.Interpretation;
import io.lakefront.domain.audience.SavedAudience;
import io.lakefront.domain.audience.SuppressionRule;
import io.lakefront.domain.governance.Actor;
import io.lakefront.domain.governance.AuditEntry;
import io.lakefront.domain.governance.PermissionDenied;
import io.lakefront.domain.governance.Role;
import io.lakefront.domain.task.TaskContext;
import io.lakefront.domain.time.WorkspaceClock;
import io.lakefront.persistence.JdbiAudienceQuery;
import io.lakefront.ui.audiences.AudienceCount;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Audiences desk on real parts: a demo workspace in H2 counted through the SQL of the filter
 * compiler, the suppression rules and saved audiences in YAML files, changes in the audit log.
 */
class AudienceDeskTest {
    @TempDir Path temp;
    private Workspace workspace;
    private JdbiAudienceQuery query;
    private Actor user;
    private WorkspaceAudienceDesk desk;

    @BeforeEach
    void demo() {
        workspace = Workspace.open(temp.resolve("ws"), WorkspaceClock.parse("2026-10-20"));
        new DemoWorkspaceBuilder(workspace).build(7, 150, TaskContext.silent());
        query = new JdbiAudienceQuery(workspace.database().jdbi());
        user = workspace.actor();
        // The insights of this analytics carry the sizes only: the index that computes the rest is tested on its own.
        AudienceAnalytics analytics = new AudienceAnalytics() {
            @Override public long count(Filter filter, Instant now) { return query.count(filter, now); }
            @Override public List<String> ids(Filter filter, Instant now) { return query.ids(filter, now); }
            @Override public AudienceInsights insights(Filter filter, Instant now) {
                return new AudienceInsights(query.count(filter, now), query.count(Filter.and(), now), List.of(), List.of(),
                        Optional.empty(), List.of(), List.of());
            }
        };
        desk = new WorkspaceAudienceDesk(() -> user, workspace.clock(), workspace.auditLog(),
                new YamlAudienceStore(workspace.directory()),
                request -> new Interpretation(request.text(), Filter.and(), List.of(), List.of(request.text()),
                        Optional.empty(), "offline"),
                analytics);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private long raw(Filter filter) {
        return query.count(filter, workspace.clock().now());
    }

    @Test
    void theEnabledRulesTakeCustomersOutAndAreCountedApart() throws Exception {
        Filter everyone = Filter.and();
        long population = desk.population();
        assertThat(population).isEqualTo(raw(everyone)).isGreaterThan(100);

        AudienceCount count = desk.count(everyone);
        Filter openTicket = desk.suppressionRules().get(0).filter();
        Filter unsubscribed = desk.suppressionRules().get(2).filter();
        assertThat(count.suppressed()).isEqualTo(raw(Filter.or(openTicket, unsubscribed))).isPositive();
        assertThat(count.size()).isEqualTo(population - count.suppressed());
        assertThat(count.population()).isEqualTo(population);
        assertThat(count.suppressedByRule()).containsOnlyKeys("open support ticket", "globally unsubscribed");
        assertThat(count.suppressedByRule().get("open support ticket")).isEqualTo(raw(openTicket));
        assertThat(desk.insights(everyone).size()).isEqualTo(count.size());

        List<SuppressionRule> rules = desk.enableRule("open support ticket", false);
        assertThat(rules.get(0).enabled()).isFalse();
        assertThat(Files.readString(workspace.directory().resolve("audiences/suppression.yaml"))).contains("enabled: false");
        assertThat(desk.count(everyone).suppressed()).isEqualTo(raw(unsubscribed));
        assertThat(workspace.auditLog().recent(1)).extracting(AuditEntry::action, AuditEntry::subject)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("audience.suppression_disabled", "open support ticket"));
        desk.enableRule("globally unsubscribed", false);
        assertThat(desk.count(everyone)).isEqualTo(new AudienceCount(population, 0, population, java.util.Map.of()));
    }

    @Test
    void theDemoSavesTheAudiencesOfItsCampaignsAndEachSelectsSomeone() {
        for (SavedAudience audience : desk.saved()) {
            long size = desk.count(audience.filter()).size();
            assertThat(size).as(audience.name()).isPositive().isLessThan(desk.population());
        }
        assertThat(desk.saved()).extracting(SavedAudience::name)
                .containsExactly("lapsed-buyers", "new-signups", "texas-big-spenders", "vip-early-access");
    }

    @Test
    void comparingGivesTheOverlapOfTheSuppressedAudiences() {
        desk.enableRule("open support ticket", false);
        desk.enableRule("globally unsubscribed", false);
        Filter emailable = Filter.compare("email_opt_in", "=", "true");
        Filter buyers = Filter.compare("order_count", ">=", "1");
        var comparison = desk.compare(emailable, buyers);
        assertThat(comparison.a().size()).isEqualTo(raw(emailable));
        assertThat(comparison.b().size()).isEqualTo(raw(buyers));
        assertThat(comparison.overlap()).isEqualTo(raw(Filter.and(emailable, buyers)));
        assertThat(comparison.onlyA()).isEqualTo(raw(emailable) - comparison.overlap());
    }

    @Test
    void savingDuplicatingAndDeletingAreAuditedAndNeedThePermission() {
        SavedAudience texans = new SavedAudience("texans", "customers in Texas", Filter.compare("region", "=", "TX"));
        desk.save(texans);
        assertThat(desk.duplicate("texans").name()).isEqualTo("texans-copy");
        assertThat(desk.duplicate("texans").name()).isEqualTo("texans-copy-2");
        assertThat(desk.saved()).extracting(SavedAudience::name).containsExactly("lapsed-buyers", "new-signups", "texans",
                "texans-copy", "texans-copy-2", "texas-big-spenders", "vip-early-access");
        assertThat(desk.delete("texans-copy")).isTrue();
        assertThat(desk.delete("texans-copy")).isFalse();
        assertThat(workspace.auditLog().recent(4)).extracting(AuditEntry::action).containsExactly(
                "audience.deleted", "audience.saved", "audience.saved", "audience.saved");

        user = Actor.of("sam", Role.DATA_STEWARD);
        assertThat(desk.mayEdit()).isFalse();
        assertThatThrownBy(() -> desk.save(texans)).isInstanceOf(PermissionDenied.class);
        assertThatThrownBy(() -> desk.delete("texans")).isInstanceOf(PermissionDenied.class);
        assertThatThrownBy(() -> desk.enableRule("open support ticket", false)).isInstanceOf(PermissionDenied.class);
        assertThat(desk.count(texans.filter()).size()).isGreaterThanOrEqualTo(0);
        assertThat(desk.interpret(InterpretRequest.of("lapsed VIPs")).notUnderstood()).containsExactly("lapsed VIPs");
    }
}
