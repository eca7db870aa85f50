package io.lakefront.app.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.lakefront.app.Workspace;
import io.lakefront.app.cli.CliRun;
import io.lakefront.app.demo.DemoWorkspaceBuilder;
import io.lakefront.domain.governance.AuditEntry;
import io.lakefront.domain.identity.workspace.RuleImpact;
import io.lakefront.domain.identity.workspace.RuleRecommendation;
import io.lakefront.domain.identity.workspace.SourceRecommendations;
import io.lakefront.domain.task.TaskContext;
import io.lakefront.domain.time.WorkspaceClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rule recommendations on the demo workspace: built without its help desk (support), which is then
 * added, synced and prepared as a user would; the recommendations come from its statistics against
 * identity.yaml, the preview from two real engine runs, and accepting one writes identity.yaml, audited.
 */
class RecommendRulesCommandTest {
    private static final String AS_OF = "2026-10-20";

    @TempDir
    Path temp;

    private CliRun cli(Path workspace, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--workspace", workspace.toString(), "--as-of", AS_OF));
        return CliRun.of(all.toArray(String[]::new));
    }

    @Test
    void addingTheDemosHelpDeskRecommendsRulesWithPreviewsFromTheEngine() throws Exception {
        Path ws = temp.resolve("ws");
        Path tickets;
        try (Workspace workspace = Workspace.open(ws, WorkspaceClock.parse(AS_OF))) {
            DemoWorkspaceBuilder.Result demo = new DemoWorkspaceBuilder(workspace)
                    .build(42, 2000, Set.of("support"), TaskContext.silent());
            tickets = demo.dataFolder().resolve("support_tickets.csv");
        }
        CliRun added = cli(ws, "sources", "add", "support", "--file", tickets.toString(), "--sync");
        assertThat(added.exit()).as(added.err()).isZero();
        assertThat(added.out()).contains("next: prepare support", "rules recommend --source support");
        CliRun prepared = cli(ws, "prepare", "support");
        assertThat(prepared.exit()).as(prepared.err()).isZero();
        assertThat(prepared.out()).contains("rule recommendations for the new source support");

        SourceRecommendations found;
        RuleImpact impact;
        try (Workspace workspace = Workspace.open(ws, WorkspaceClock.parse(AS_OF))) {
            found = workspace.recommendRulesForSource().recommend(workspace.actor(), "support", TaskContext.silent());
            found.profile().forEach(System.out::println);
            found.recommendations().forEach(System.out::println);
            assertThat(found.resolved()).isTrue();
            assertThat(found.records()).isPositive();
            assertThat(found.recommendations()).isNotEmpty();
            assertThat(found.recommendations()).allSatisfy(r -> assertThat(r.reasoning()).isNotBlank());
            // The help desk's e-mails are its identifier: most of them are customers' addresses already.
            assertThat(found.profile()).anySatisfy(p -> {
                assertThat(p.field()).isEqualTo("email");
                assertThat(p.coverage()).isGreaterThan(0.9);
                assertThat(p.overlap()).isGreaterThan(0.5);
            });
            RuleRecommendation applicable = found.recommendations().stream().filter(RuleRecommendation::applicable)
                    .findFirst().orElseThrow();
            impact = workspace.previewRecommendation().preview(workspace.actor(), applicable, 3, TaskContext.silent());
            assertThat(impact.records()).isEqualTo(found.records() + found.others());
            // The preview's numbers are the difference of two engine runs on the workspace's records.
            assertThat(impact.clustersBefore()).isPositive();
            assertThat(impact.newPairs() + impact.lostPairs()).isPositive();
            impact.samples().forEach(pair -> assertThat(pair.a().key()).isNotEqualTo(pair.b().key()));
        }

        CliRun listed = cli(ws, "rules", "recommend", "--source", "support");
        assertThat(listed.exit()).as(listed.err()).isZero();
        assertThat(listed.out()).contains("Source support: " + found.records() + " person records",
                "1. [" + found.recommendations().get(0).kind().label() + "] " + found.recommendations().get(0).title(),
                "Accept one with:  rules accept --source support N");
        int number = found.recommendations().stream().filter(RuleRecommendation::applicable).findFirst()
                .orElseThrow().number();
        CliRun previewed = cli(ws, "rules", "recommend", "--source", "support", "--preview", String.valueOf(number));
        assertThat(previewed.exit()).as(previewed.err()).isZero();
        assertThat(previewed.out()).contains(impact.summary());

        CliRun nothing = cli(ws, "rules", "recommend", "--source", "nope");
        assertThat(nothing.exit()).isEqualTo(1);
        assertThat(nothing.err()).contains("source 'nope' has no prepared data");

        String before = Files.readString(ws.resolve("identity.yaml"));
        CliRun accepted = cli(ws, "rules", "accept", "--source", "support", String.valueOf(number));
        assertThat(accepted.exit()).as(accepted.err()).isZero();
        assertThat(accepted.out()).contains("applied recommendation " + number + " for support");
        assertThat(Files.readString(ws.resolve("identity.yaml"))).isNotEqualTo(before);
        try (Workspace workspace = Workspace.open(ws, WorkspaceClock.parse(AS_OF))) {
            List<AuditEntry> audit = workspace.auditLog().recent(10);
            assertThat(audit).anySatisfy(e -> {
                assertThat(e.action()).isEqualTo("identity.recommendation_accepted");
                assertThat(e.subject()).startsWith("support: ");
            });
            SourceRecommendations again = workspace.recommendRulesForSource()
                    .recommend(workspace.actor(), "support", TaskContext.silent());
            assertThat(again.recommendations()).noneMatch(r -> r.title().equals(found.number(number).title())
                    && r.changes().equals(found.number(number).changes()));
        }
        assertThat(cli(ws, "resolve").exit()).isZero();
        System.out.println(listed.out());
        System.out.println(previewed.out());
        // The CLI keeps the feedback loop's own accept.
        assertThat(cli(ws, "rules", "accept", "99").err()).contains("rule proposal");
    }
}
