package io.lakefront.app.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lakefront.app.Workspace;
import io.lakefront.domain.UserError;
import io.lakefront.domain.governance.Actor;
import io.lakefront.domain.governance.PermissionDenied;
import io.lakefront.domain.governance.Role;
import io.lakefront.domain.identity.MatchBand;
import io.lakefront.domain.identity.RecordKey;
import io.lakefront.domain.identity.workspace.ClusterDetail;
import io.lakefront.domain.identity.workspace.ClusterPage;
import io.lakefront.domain.identity.workspace.ClusterQuery;
import io.lakefront.domain.identity.workspace.ExplainPair;
import io.lakefront.domain.identity.workspace.LinkDecision;
import io.lakefront.domain.identity.workspace.LoadIdentityRules;
import io.lakefront.domain.identity.workspace.PairQuery;
import io.lakefront.domain.identity.workspace.RecordAssignment;
import io.lakefront.domain.identity.workspace.ResolutionRun;
import io.lakefront.domain.identity.workspace.ResolutionSession;
import io.lakefront.domain.identity.workspace.SourceUse;
import io.lakefront.domain.identity.workspace.StoredPair;
import io.lakefront.domain.identity.workspace.WorkspaceResolution;
import io.lakefront.domain.source.SourceKind;
import io.lakefront.domain.task.TaskContext;
import io.lakefront.domain.time.WorkspaceClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Workspace mode end to end on real parts: CSV sources added, synced and prepared into H2, resolved
 * with the real engine and string metrics, results read back through the use cases the Identity
 * screen calls.
 */
class ResolveWorkspaceTest {
    static final String AS_OF = "2026-10-20";
    static final String CRM = """
            Contact ID,First Name,Last Name,Email,Phone,Birthdate,Mailing City,Loyalty Tier,Email Opt In,SMS Opt In,Last Modified
            C-1,Anna,Berg,anna.berg@example.com,(415) 555-0101,1985-03-14,Springfield,Gold,Yes,Yes,2026-01-10 10:00
            C-2,Ben,Carter,ben.carter@example.com,(415) 555-0102,1979-11-02,Shelbyville,Silver,Yes,No,2025-06-01 09:00
            C-3,Cara,Diaz,cara.diaz@example.com,(415) 555-0103,1992-06-30,Springfield,None,No,Yes,2026-02-01 12:00
            C-4,Dan,Evans,dan.evans@example.com,(415) 555-0104,1960-05-05,Ogdenville,Bronze,Yes,Yes,2024-12-24 08:00
            C-5,Ella,Fox,ella.fox@example.com,(415) 555-0105,1988-08-17,Springfield,Platinum,Yes,Yes,2026-03-03 15:00
            C-6,Finn,Gray,finn.gray@example.com,(415) 555-0106,1990-09-09,Shelbyville,None,Yes,No,2025-01-01 00:00
            """;
    static final String SHOP = """
            customer_id,email_address,full_name,mobile,birth_date,newsletter,push_enabled,signup_at
            100001,ANNA.BERG@EXAMPLE.COM,Anna Berg,415-555-0101,1985-03-14,true,true,2025-02-01T10:00:00Z
            100002,ben.carter@example.com,"Carter, Ben",,1979-11-02,false,true,2024-03-05T08:00:00Z
            100003,cara.diaz@example.com,Cara Diaz,415-555-0103,,true,false,2026-05-01T09:30:00Z
            100004,gus.hill@example.com,Gus Hill,415-555-0107,1975-01-20,true,true,2023-07-07T07:07:07Z
            """;
    static final String ORDERS = """
            line_id,order_id,customer_id,ordered_at,category,product,quantity,amount,currency
            SO1-1,SO1,100001,2026-01-15T10:00:00Z,Electronics,Speaker,2,157.98,USD
            SO1-2,SO1,100001,2026-01-15T10:00:00Z,Electronics,Power Bank,1,38.99,USD
            SO2-1,SO2,100002,2025-08-01T12:00:00Z,Home,Lamp,1,45.00,USD
            SO3-1,SO3,100004,2026-04-01T16:00:00Z,Garden,Hose,1,25.50,USD
            """;
    static final String ENGAGEMENT = """
            event_id,contact_key,occurred_at,channel,type,campaign_id
            e-1,anna.berg@example.com,2026-02-01T10:00:00Z,email,sent,camp-1
            e-2,anna.berg@example.com,2026-02-01T11:00:00Z,email,open,camp-1
            e-3,+14155550103,2026-02-02T10:00:00Z,sms,sent,camp-2
            e-4,+14155550103,2026-02-02T10:05:00Z,sms,unsubscribe,camp-2
            e-5,ben.carter@example.com,2026-02-03T10:00:00Z,web,visit,
            e-6,nobody@example.com,2026-02-03T10:00:00Z,email,sent,camp-1
            """;

    @TempDir
    Path temp;
    Path folder;

    @BeforeEach
    void addThePreparedSources() throws Exception {
        folder = temp.resolve("ws");
        try (Workspace workspace = open()) {
            add(workspace, "crm", CRM);
            add(workspace, "shop", SHOP);
            add(workspace, "orders", ORDERS);
            add(workspace, "engagement", ENGAGEMENT);
        }
    }

    private Workspace open() {
        return Workspace.open(folder, WorkspaceClock.parse(AS_OF));
    }

    private void add(Workspace workspace, String name, String content) throws Exception {
        Path file = temp.resolve(name + ".csv");
        Files.writeString(file, content);
        workspace.addSource().add(workspace.actor(), name, SourceKind.FILE, file.toString(), Map.of());
        syncAndPrepare(workspace, name);
    }

    private static void syncAndPrepare(Workspace workspace, String name) {
        workspace.syncSource().sync(workspace.actor(), name, TaskContext.silent());
        workspace.prepareSource().prepare(workspace.actor(), name, TaskContext.silent());
    }

    private static Map<RecordKey, Long> clusters(Workspace workspace) {
        Map<RecordKey, Long> clusters = new HashMap<>();
        for (RecordAssignment assignment : workspace.database().resolutionStore().assignments()) {
            clusters.put(assignment.key(), assignment.clusterId());
        }
        return clusters;
    }

    private static RecordKey key(String source, String id) {
        return new RecordKey(source, id);
    }

    private static long count(Workspace workspace, String sql) {
        return workspace.database().jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }

    private static String text(Workspace workspace, String sql) {
        return workspace.database().jdbi().withHandle(h -> h.createQuery(sql).mapTo(String.class).findOne().orElse(null));
    }

    @Test
    void resolvesThePeopleSourcesTogetherAndLeavesEventSourcesToTheGoldBuild() {
        try (Workspace workspace = open()) {
            WorkspaceResolution resolution = workspace.resolveWorkspace().resolve(workspace.actor(), TaskContext.silent());

            ResolutionRun run = resolution.run();
            assertThat(run.records()).isEqualTo(10);
            assertThat(run.peopleSources()).containsExactly("crm", "shop");
            assertThat(run.sources()).filteredOn(use -> !use.people()).extracting(SourceUse::source)
                    .containsExactly("engagement", "orders");
            assertThat(run.sources()).filteredOn(use -> use.source().equals("orders")).first()
                    .extracting(SourceUse::detail).asString().contains("no person fields tagged");
            Map<RecordKey, Long> clusters = clusters(workspace);
            assertThat(clusters).hasSize(10);
            assertThat(clusters.get(key("crm", "C-1"))).isEqualTo(clusters.get(key("shop", "100001")));
            assertThat(clusters.get(key("crm", "C-2"))).isEqualTo(clusters.get(key("shop", "100002")));
            assertThat(clusters.get(key("crm", "C-3"))).isEqualTo(clusters.get(key("shop", "100003")));
            assertThat(clusters.values().stream().distinct().count()).as("Anna, Ben, Cara merged; 4 others alone")
                    .isEqualTo(7).isEqualTo(run.clusters());
            assertThat(run.clustersNew()).isEqualTo(7);
            assertThat(run.specOrigin()).contains("built from the sources' tags");
            assertThat(folder.resolve("identity.yaml")).as("the first run writes the rules it built for editing")
                    .isRegularFile();
            assertThat(workspace.auditLog().recent(5)).anyMatch(entry -> entry.action().equals("identity.resolved"));
            assertThat(run.millisPerPhase()).containsKeys("read", "resolve", "store", "gold");
        }
    }

    @Test
    void buildsGoldCustomersWithSimpleSurvivorshipAndKeysTheEventTables() {
        try (Workspace workspace = open()) {
            WorkspaceResolution resolution = workspace.resolveWorkspace().resolve(workspace.actor(), TaskContext.silent());
            Map<RecordKey, Long> clusters = clusters(workspace);
            String anna = String.format("C%08d", clusters.get(key("crm", "C-1")));
            String cara = String.format("C%08d", clusters.get(key("crm", "C-3")));
            String ben = String.format("C%08d", clusters.get(key("crm", "C-2")));
            String gus = String.format("C%08d", clusters.get(key("shop", "100004")));

            assertThat(count(workspace, "SELECT COUNT(*) FROM gold_customer")).isEqualTo(7);
            assertThat(resolution.run().customers()).isEqualTo(7);
            assertThat(count(workspace, "SELECT source_record_count FROM gold_customer WHERE customer_id = '" + anna + "'"))
                    .isEqualTo(2);
            assertThat(text(workspace, "SELECT email FROM gold_customer WHERE customer_id = '" + anna + "'"))
                    .isEqualTo("anna.berg@example.com");
            assertThat(text(workspace, "SELECT loyalty_tier FROM gold_customer WHERE customer_id = '" + anna + "'"))
                    .isEqualTo("gold");
            assertThat(text(workspace, "SELECT phone FROM gold_customer WHERE customer_id = '" + anna + "'"))
                    .isEqualTo("+14155550101");
            // Cara: the CRM says no to email, the shop's newsletter says yes: the opt-out wins.
            assertThat(text(workspace, "SELECT CAST(email_opt_in AS VARCHAR) FROM gold_customer WHERE customer_id = '" + cara + "'"))
                    .isEqualTo("FALSE");
            // Cara said yes to SMS in the CRM but unsubscribed by text: the unsubscribe wins.
            assertThat(text(workspace, "SELECT CAST(sms_opt_in AS VARCHAR) FROM gold_customer WHERE customer_id = '" + cara + "'"))
                    .isEqualTo("FALSE");
            // Ben: the shop's newsletter says no, the CRM yes.
            assertThat(text(workspace, "SELECT CAST(email_opt_in AS VARCHAR) FROM gold_customer WHERE customer_id = '" + ben + "'"))
                    .isEqualTo("FALSE");
            assertThat(text(workspace, "SELECT CAST(push_opt_in AS VARCHAR) FROM gold_customer WHERE customer_id = '" + ben + "'"))
                    .isEqualTo("TRUE");
            // Cara's birth date only the CRM knows; her most recent record (the shop signup) has none.
            assertThat(text(workspace, "SELECT CAST(birth_date AS VARCHAR) FROM gold_customer WHERE customer_id = '" + cara + "'"))
                    .isEqualTo("1992-06-30");
            assertThat(text(workspace, "SELECT first_name || ' ' || last_name FROM gold_customer WHERE customer_id = '" + ben + "'"))
                    .isEqualTo("Ben Carter");

            assertThat(count(workspace, "SELECT COUNT(*) FROM purchases")).isEqualTo(4);
            assertThat(text(workspace, "SELECT customer_id FROM purchases WHERE purchase_id = 'SO1-2'")).isEqualTo(anna);
            assertThat(text(workspace, "SELECT order_id FROM purchases WHERE purchase_id = 'SO1-2'")).isEqualTo("SO1");
            assertThat(text(workspace, "SELECT customer_id FROM purchases WHERE purchase_id = 'SO3-1'")).isEqualTo(gus);
            assertThat(count(workspace, "SELECT COUNT(*) FROM engagement_events")).isEqualTo(6);
            assertThat(text(workspace, "SELECT customer_id FROM engagement_events WHERE event_id = 'e-2'")).isEqualTo(anna);
            assertThat(text(workspace, "SELECT customer_id FROM engagement_events WHERE event_id = 'e-4'")).isEqualTo(cara);
            assertThat(text(workspace, "SELECT customer_id FROM engagement_events WHERE event_id = 'e-6'"))
                    .as("an address nobody has keeps no customer").isNull();
            assertThat(resolution.run().eventsUnkeyed()).isEqualTo(1);
            assertThat(resolution.gold().notes()).anyMatch(note -> note.startsWith("orders -> purchases")
                    && note.contains("record ids of source shop"));
        }
    }

    @Test
    void aSecondRunKeepsEveryClusterIdAndDoesNotQueueReviewItemsTwice() {
        try (Workspace workspace = open()) {
            workspace.resolveWorkspace().resolve(workspace.actor(), TaskContext.silent());
            Map<RecordKey, Long> first = clusters(workspace);
            long openItems = count(workspace, "SELECT COUNT(*) FROM review_items WHERE status = 'open'");

            WorkspaceResolution second = workspace.resolveWorkspace().resolve(workspace.actor(), TaskContext.silent());

            assertThat(clusters(workspace)).isEqualTo(first);
            assertThat(second.run().clustersKept()).isEqualTo(7);
            assertThat(second.run().clustersNew()).isZero();
            assertThat(second.run().specOrigin()).isEqualTo("identity.yaml");
            assertThat(second.review().added()).isZero();
            assertThat(count(workspace, "SELECT COUNT(*) FROM review_items WHERE status = 'open'")).isEqualTo(openItems);
            assertThat(workspace.showLatestResolution().history(workspace.actor(), 10)).hasSize(2);
        }
    }

    @Test
    void addingRecordsLeavesTheIdsOfUntouchedClustersAloneAndNeverReusesAnId() throws Exception {
        try (Workspace workspace = open()) {
            workspace.resolveWorkspace().resolve(workspace.actor(), TaskContext.silent());
            Map<RecordKey, Long> before = clusters(workspace);
            long highest = before.values().stream().mapToLong(Long::longValue).max().orElseThrow();

            Files.writeString(temp.resolve("crm.csv"), """
                    C-7,Hana,Ito,hana.ito@example.com,(415) 555-0199,1999-04-04,Ogdenville,None,Yes,Yes,2026-06-06 06:00
                    C-8,Gus,Hill,gus.hill@example.com,(415) 555-0107,1975-01-20,Springfield,Gold,No,No,2026-07-07 07:00
                    """, StandardOpenOption.APPEND);
            syncAndPrepare(workspace, "crm");
            WorkspaceResolution again = workspace.resolveWorkspace().resolve(workspace.actor(), TaskContext.silent());

            Map<RecordKey, Long> after = clusters(workspace);
            before.forEach((record, id) -> assertThat(after.get(record)).as(record.toString()).isEqualTo(id));
            assertThat(after.get(key("crm", "C-8"))).as("Gus's new CRM record joins his shop record")
                    .isEqualTo(before.get(key("shop", "100004")));
            assertThat(after.get(key("crm", "C-7"))).as("a new person gets an id never handed out").isGreaterThan(highest);
            assertThat(again.run().clustersNew()).isEqualTo(1);
        }
    }

    @Test
    void peoplesLinkDecisionsHoldInEveryRun() {
        try (Workspace workspace = open()) {
            workspace.resolveWorkspace().resolve(workspace.actor(), TaskContext.silent());
            Map<RecordKey, Long> before = clusters(workspace);
            assertThat(before.get(key("crm", "C-1"))).isEqualTo(before.get(key("shop", "100001")));

            workspace.decideLink().decide(workspace.actor(), key("shop", "100001"), key("crm", "C-1"),
                    LinkDecision.Kind.CANNOT_LINK, "a shared family mailbox", null);
            workspace.decideLink().decide(workspace.actor(), key("crm", "C-5"), key("crm", "C-6"),
                    LinkDecision.Kind.MUST_LINK, "the same person after a name change", null);
            workspace.resolveWorkspace().resolve(workspace.actor(), TaskContext.silent());

            Map<RecordKey, Long> after = clusters(workspace);
            assertThat(after.get(key("crm", "C-1"))).isNotEqualTo(after.get(key("shop", "100001")));
            assertThat(after.get(key("crm", "C-5"))).isEqualTo(after.get(key("crm", "C-6")));
            assertThat(List.of(after.get(key("crm", "C-1")), after.get(key("shop", "100001"))))
                    .as("one of Anna's records keeps her id").contains(before.get(key("crm", "C-1")));

            workspace.decideLink().decide(workspace.actor(), key("crm", "C-1"), key("shop", "100001"),
                    LinkDecision.Kind.WITHDRAWN, "", null);
            workspace.resolveWorkspace().resolve(workspace.actor(), TaskContext.silent());
            Map<RecordKey, Long> withdrawn = clusters(workspace);
            assertThat(withdrawn.get(key("crm", "C-1"))).isEqualTo(withdrawn.get(key("shop", "100001")));
            assertThat(workspace.database().linkDecisions().history(10)).hasSize(3);
        }
    }

    @Test
    void aCancelledRunChangesNothingAndReleasesTheWorkspace() {
        try (Workspace workspace = open()) {
            workspace.resolveWorkspace().resolve(workspace.actor(), TaskContext.silent());
            Map<RecordKey, Long> before = clusters(workspace);
            ResolutionRun latest = workspace.showLatestResolution().show(workspace.actor()).orElseThrow();
            long purchases = count(workspace, "SELECT COUNT(*) FROM purchases");
            workspace.decideLink().decide(workspace.actor(), key("crm", "C-5"), key("crm", "C-6"),
                    LinkDecision.Kind.MUST_LINK, "", null);

            TaskContext cancelWhileBuildingGold = new TaskContext() {
                private boolean gold;

                @Override public void progress(long done, long total) { }

                @Override public void message(String text) {
                    gold |= text.startsWith("Building the gold table");
                }

                @Override public boolean cancelled() {
                    return gold;
                }
            };
            assertThatThrownBy(() -> workspace.resolveWorkspace().resolve(workspace.actor(), cancelWhileBuildingGold))
                    .isInstanceOf(CancellationException.class);

            assertThat(clusters(workspace)).isEqualTo(before);
            assertThat(workspace.showLatestResolution().show(workspace.actor()).orElseThrow().id()).isEqualTo(latest.id());
            assertThat(count(workspace, "SELECT COUNT(*) FROM purchases")).isEqualTo(purchases);
            assertThat(count(workspace, "SELECT COUNT(*) FROM gold_customer")).isEqualTo(7);
            WorkspaceResolution next = workspace.resolveWorkspace().resolve(workspace.actor(), TaskContext.silent());
            assertThat(next.run().id()).isGreaterThan(latest.id());
        }
    }

    @Test
    void aSecondRunWhileOneHoldsTheWorkspaceIsRefused() {
        try (Workspace workspace = open();
             ResolutionSession running = workspace.database().resolutionStore().begin()) {
            assertThat(running.runId()).isPositive();
            assertThatThrownBy(() -> workspace.resolveWorkspace().resolve(workspace.actor(), TaskContext.silent()))
                    .isInstanceOf(UserError.class).hasMessageContaining("already running");
        }
    }

    @Test
    void resolvingNeedsThePermission() {
        try (Workspace workspace = open()) {
            Actor marketer = Actor.of("mia", Role.MARKETER);
            assertThatThrownBy(() -> workspace.resolveWorkspace().resolve(marketer, TaskContext.silent()))
                    .isInstanceOf(PermissionDenied.class);
        }
    }

    @Test
    void theIdentityScreensReadApiListsClustersPairsAndExplainsAPairEvenAfterARestart() {
        ExplainPair.Explanation fresh;
        try (Workspace workspace = open()) {
            workspace.resolveWorkspace().resolve(workspace.actor(), TaskContext.silent());
            Actor actor = workspace.actor();

            ClusterPage page = workspace.listClusters().list(actor, new ClusterQuery(2, 0, 10));
            assertThat(page.total()).isEqualTo(3);
            assertThat(page.clusters()).allMatch(cluster -> cluster.size() == 2 && cluster.sources().equals(List.of("crm", "shop")));
            long anna = workspace.database().resolutionStore().assignment(key("crm", "C-1")).orElseThrow().clusterId();
            ClusterDetail detail = workspace.showCluster().show(actor, anna);
            assertThat(detail.members()).extracting(ClusterDetail.Member::key)
                    .containsExactly(key("crm", "C-1"), key("shop", "100001"));
            assertThat(detail.members()).allMatch(ClusterDetail.Member::current);
            assertThat(detail.members().get(0).values()).containsEntry("First Name", "Anna");
            assertThat(detail.pairs()).anyMatch(pair -> pair.band() == MatchBand.MATCH);

            List<StoredPair> matches = workspace.listScoredPairs().list(actor, PairQuery.band(MatchBand.MATCH, 100));
            assertThat(matches).isNotEmpty().allMatch(StoredPair::sameCluster);
            assertThat(workspace.listScoredPairs().countByBand(actor).get(MatchBand.MATCH)).isEqualTo(matches.size());

            fresh = workspace.explainPair().explain(actor, key("crm", "C-1"), key("shop", "100001"), TaskContext.silent());
            assertThat(fresh.recomputed()).isFalse();
            assertThat(fresh.waterfall().steps()).isNotEmpty();
            assertThat(fresh.notes()).isEmpty();
        }
        try (Workspace reopened = open()) {
            ExplainPair.Explanation again = reopened.explainPair().explain(reopened.actor(), key("shop", "100001"),
                    key("crm", "C-1"), TaskContext.silent());
            assertThat(again.recomputed()).as("a new process has no model in memory: it trains it again").isTrue();
            assertThat(again.waterfall().matchWeight()).isEqualTo(fresh.waterfall().matchWeight());
            assertThat(again.notes()).as("same data, same rules: nothing to warn about").isEmpty();
        }
    }

    @Test
    void theRulesEditorLoadsProposedRulesBeforeTheFirstRunAndSavesOnlyValidText() throws Exception {
        try (Workspace workspace = open()) {
            LoadIdentityRules.RulesText proposed = workspace.loadIdentityRules().load(workspace.actor());
            assertThat(proposed.saved()).isFalse();
            assertThat(proposed.text()).contains("blocking:", "comparisons:");
            assertThat(folder.resolve("identity.yaml")).doesNotExist();

            String edited = proposed.text().replace("auto_match: 6", "auto_match: 9");
            workspace.saveIdentityRules().saveText(workspace.actor(), edited);
            assertThat(workspace.loadIdentityRules().load(workspace.actor()).spec().thresholds().autoMatch()).isEqualTo(9.0);

            assertThatThrownBy(() -> workspace.saveIdentityRules().saveText(workspace.actor(), "blocking: [\n  - oops"))
                    .isInstanceOf(UserError.class).hasMessageContaining("identity.yaml:");
            assertThat(Files.readString(folder.resolve("identity.yaml"))).isEqualTo(edited);

            Files.writeString(folder.resolve("identity.yaml"), "thresholds: [\n");
            LoadIdentityRules.RulesText broken = workspace.loadIdentityRules().load(workspace.actor());
            assertThat(broken.spec()).isNull();
            assertThat(broken.problem()).contains("identity.yaml:");
            assertThat(broken.text()).as("a broken file still loads for fixing").isEqualTo("thresholds: [\n");
            workspace.saveIdentityRules().saveText(workspace.actor(), edited);

            WorkspaceResolution run = workspace.resolveWorkspace().resolve(workspace.actor(), TaskContext.silent());
            assertThat(run.run().specOrigin()).isEqualTo("identity.yaml");
        }
    }
}
