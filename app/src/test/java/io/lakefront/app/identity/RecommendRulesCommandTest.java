package io.lakefront.app.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.lakefront.app.Workspace;
import io.lakefront.app.cli.CliRun;
import io.lakefront.app.demo.DemoWorkspaceBuilder;
import io.lakefront.domain.governance.AuditEntry;
import io.lakefront.domain.identity.workspace.RuleImpact;
import io.lakefront.domain.identity.workspace.RuleRecommendation;
import io.lakefront.domain.identity.workspace.SourceRecommendations;
import io.lakefront.domain.identity.workspace.ResolutionRun;
import io.lakefront.domain.identity.RecordKey;
import io.lakefront.domain.prep.ColumnTag;
import io.lakefront.domain.source.SourceKind;
import io.lakefront.domain.task.TaskContext;
import io.lakefront.domain.time.WorkspaceClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rule recommendations on the demo workspace: built without its CRM, which is then
 * added, synced and prepared as a user would; the recommendations come from its statistics against
 * identity.yaml, the preview from two real engine runs, and accepting one writes identity.yaml, audited.
 */
class RecommendRulesCommandTest {
    private static final String AS_OF = "2026-10-20";

    @TempDir
    Path temp;

    private CliRun cli(Path workspace, String... args) {
        return CliRun.in(workspace, AS_OF, args);
    }

    @Test
    void addingTheDemosCrmRecommendsRulesWithPreviewsFromTheEngine() throws Exception {
        Path ws = temp.resolve("ws");
        Path tickets;
        try (Workspace workspace = Workspace.open(ws, WorkspaceClock.parse(AS_OF))) {
            DemoWorkspaceBuilder.Result demo = new DemoWorkspaceBuilder(workspace)
                    .build(42, 600, Set.of("crm"), TaskContext.silent());
            tickets = demo.dataFolder().resolve("crm_contacts.csv");
        }
        CliRun added = cli(ws, "sources", "add", "crm", "--file", tickets.toString(), "--sync");
        assertThat(added.exit()).as(added.err()).isZero();
        assertThat(added.out()).contains("next: prepare crm", "rules recommend --source crm");
        CliRun prepared = cli(ws, "prepare", "crm");
        assertThat(prepared.exit()).as(prepared.err()).isZero();
        assertThat(prepared.out()).contains("rule recommendations for the new source crm");

        SourceRecommendations found;
        RuleImpact impact;
        try (Workspace workspace = Workspace.open(ws, WorkspaceClock.parse(AS_OF))) {
            found = workspace.recommendRulesForSource().recommend(workspace.actor(), "crm", TaskContext.silent());
            found.profile().forEach(System.out::println);
            found.recommendations().forEach(System.out::println);
            assertThat(found.resolved()).isTrue();
            assertThat(found.records()).isPositive();
            assertThat(found.recommendations()).isNotEmpty();
            assertThat(found.recommendations()).allSatisfy(r -> assertThat(r.reasoning()).isNotBlank());
            // The CRM's landlines are shared by households: several people by their names on one number.
            RuleRecommendation applicable = found.recommendations().stream()
                    .filter(r -> r.kind() == RuleRecommendation.Kind.EXCLUDE_SHARED_VALUES && r.field().equals("phone"))
                    .findFirst().orElseThrow();
            assertThat(found.profile()).anySatisfy(p -> {
                assertThat(p.field()).isEqualTo("phone");
                assertThat(p.shared()).isNotEmpty().allSatisfy(v -> assertThat(v.people()).isGreaterThanOrEqualTo(2));
            });
            impact = workspace.previewRecommendation().preview(workspace.actor(), applicable, 3, TaskContext.silent());
            assertThat(impact.records()).isEqualTo(found.records() + found.others());
            assertThat(impact.clustersBefore()).isPositive();
            impact.samples().forEach(pair -> assertThat(pair.a().key()).isNotEqualTo(pair.b().key()));
            impact.splitSamples().forEach(pair -> assertThat(pair.a().key()).isNotEqualTo(pair.b().key()));
        }

        CliRun listed = cli(ws, "rules", "recommend", "--source", "crm");
        assertThat(listed.exit()).as(listed.err()).isZero();
        assertThat(listed.out()).contains("Source crm: " + found.records() + " person records",
                "1. [" + found.recommendations().get(0).kind().label() + "] " + found.recommendations().get(0).title(),
                "Accept one with:  rules accept --source crm N");
        int number = impact.recommendation().number();
        CliRun previewed = cli(ws, "rules", "recommend", "--source", "crm", "--preview", String.valueOf(number));
        assertThat(previewed.exit()).as(previewed.err()).isZero();
        assertThat(previewed.out()).contains(impact.summary());

        CliRun nothing = cli(ws, "rules", "recommend", "--source", "nope");
        assertThat(nothing.exit()).isEqualTo(1);
        assertThat(nothing.err()).contains("source 'nope' has no prepared data");

        String before = Files.readString(ws.resolve("identity.yaml"));
        Path beforeFile = temp.resolve("before.yaml");
        Files.writeString(beforeFile, before);
        CliRun accepted = cli(ws, "rules", "accept", "--source", "crm", String.valueOf(number));
        assertThat(accepted.exit()).as(accepted.err()).isZero();
        assertThat(accepted.out()).contains("applied recommendation " + number + " for crm");
        assertThat(Files.readString(ws.resolve("identity.yaml"))).isNotEqualTo(before);
        try (Workspace workspace = Workspace.open(ws, WorkspaceClock.parse(AS_OF))) {
            List<AuditEntry> audit = workspace.auditLog().recent(10);
            assertThat(audit).anySatisfy(e -> {
                assertThat(e.action()).isEqualTo("identity.recommendation_accepted");
                assertThat(e.subject()).startsWith("crm: ");
            });
            SourceRecommendations again = workspace.recommendRulesForSource()
                    .recommend(workspace.actor(), "crm", TaskContext.silent());
            assertThat(again.recommendations()).noneMatch(r -> r.changes().equals(found.number(number).changes()));
        }
        // The preview's "before" is what resolving with the old rules gives; its "after" what the accepted rules give.
        CliRun withOld = cli(ws, "resolve", "--config", beforeFile.toString());
        assertThat(withOld.exit()).as(withOld.err()).isZero();
        try (Workspace workspace = Workspace.open(ws, WorkspaceClock.parse(AS_OF))) {
            ResolutionRun run = workspace.database().resolutionStore().latestRun().orElseThrow();
            assertThat(run.clusters()).isEqualTo(impact.clustersBefore());
            assertThat(run.largestCluster()).isEqualTo(impact.largestBefore());
            assertThat(run.matchPairs()).isEqualTo(impact.matchBefore());
            assertThat(run.reviewPairs()).isEqualTo(impact.reviewBefore());
        }
        CliRun withNew = cli(ws, "resolve");
        assertThat(withNew.exit()).as(withNew.err()).isZero();
        try (Workspace workspace = Workspace.open(ws, WorkspaceClock.parse(AS_OF))) {
            ResolutionRun run = workspace.database().resolutionStore().latestRun().orElseThrow();
            assertThat(run.clusters()).isEqualTo(impact.clustersAfter());
            assertThat(run.largestCluster()).isEqualTo(impact.largestAfter());
            assertThat(run.matchPairs()).isEqualTo(impact.matchAfter());
            assertThat(run.reviewPairs()).isEqualTo(impact.reviewAfter());
        }
        System.out.println(listed.out());
        System.out.println(previewed.out());
        // The CLI keeps the feedback loop's own accept.
        assertThat(cli(ws, "rules", "accept", "99").err()).contains("rule proposal");
    }

    @Test
    void aLoyaltyProgrammesIdsMeetingTheCrmsBecomeASameIdRuleThatJoinsMarriedMembers() throws Exception {
        StringBuilder crm = new StringBuilder("Contact ID,First Name,Last Name,Email,Birthdate,Mailing City,Loyalty No\n");
        StringBuilder loyalty = new StringBuilder("Member,First Name,Last Name,Birthdate,City,Loyalty No\n");
        String[] given = {"anna", "ben", "cara", "dan", "ella", "finn", "gus", "hana", "ivan", "jane", "karl", "lena"};
        for (int p = 0; p < given.length; p++) {
            String birth = String.format("19%02d-%02d-%02d", 60 + p, 1 + p, 1 + 2 * p);
            crm.append("C-").append(p).append(',').append(given[p]).append(",Family").append((char) ('a' + p))
                    .append(',').append(given[p]).append(p).append("@example.com,").append(birth)
                    .append(",Springfield,LY").append(7000 + p).append('\n');
            if (p < 8) { // married and moved: another family name, another city, no e-mail
                loyalty.append("M-").append(p).append(',').append(given[p]).append(",Wed").append((char) ('a' + p))
                        .append(',').append(birth).append(",Capital City,LY").append(7000 + p).append('\n');
            }
        }
        Path ws = temp.resolve("loyalty-ws");
        try (Workspace workspace = Workspace.open(ws, WorkspaceClock.parse(AS_OF))) {
            addTagged(workspace, "crm", crm.toString(), 6);
            workspace.resolveWorkspace().resolve(workspace.actor(), TaskContext.silent());
            addTagged(workspace, "loyalty", loyalty.toString(), 5);

            SourceRecommendations found = workspace.recommendRulesForSource()
                    .recommend(workspace.actor(), "loyalty", TaskContext.silent());
            RuleRecommendation same = found.number(1);
            assertThat(same.kind()).isEqualTo(RuleRecommendation.Kind.SAME_ID_RULE);
            assertThat(same.title()).isEqualTo("same loyalty no id → match");
            assertThat(same.reasoning()).contains("8 of its 8 values (100%) are loyalty no ids of crm records");
            RuleImpact impact = workspace.previewRecommendation().preview(workspace.actor(), same, 3, TaskContext.silent());
            assertThat(impact.newPairsWithSource()).isEqualTo(8);

            workspace.acceptRecommendation().accept(workspace.actor(), same);
            assertThat(Files.readString(ws.resolve("identity.yaml"))).contains("loyalty_no_id");
            workspace.resolveWorkspace().resolve(workspace.actor(), TaskContext.silent());
            Map<RecordKey, Long> clusters = new HashMap<>();
            workspace.database().resolutionStore().assignments().forEach(a -> clusters.put(a.key(), a.clusterId()));
            for (int p = 0; p < 8; p++) {
                assertThat(clusters.get(new RecordKey("loyalty", "M-" + p))).as("member %d", p)
                        .isEqualTo(clusters.get(new RecordKey("crm", "C-" + p)));
            }
        }
    }

    /** Adds, syncs and prepares a CSV source whose column {@code idColumn} is another system's id. */
    private void addTagged(Workspace workspace, String name, String content, int idColumn) throws Exception {
        Path file = temp.resolve(name + ".csv");
        Files.writeString(file, content);
        workspace.addSource().add(workspace.actor(), name, SourceKind.FILE, file.toString(), Map.of());
        workspace.syncSource().sync(workspace.actor(), name, TaskContext.silent());
        workspace.prepareSource().prepare(workspace.actor(), name, TaskContext.silent());
        var columns = workspace.database().preparedSources().columns(name);
        if (columns.get(idColumn).tag() != ColumnTag.OTHER_ID) {
            workspace.editColumnTag().edit(workspace.actor(), name, idColumn, columns.get(idColumn).name(),
                    ColumnTag.OTHER_ID);
            workspace.prepareSource().prepare(workspace.actor(), name, TaskContext.silent());
        }
        assertThat(workspace.database().preparedSources().columns(name).get(idColumn).tag()).isEqualTo(ColumnTag.OTHER_ID);
    }
}
