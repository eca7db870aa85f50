package io.lakefront.app.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lakefront.app.Workspace;
import io.lakefront.domain.UserError;
import io.lakefront.domain.identity.RecordKey;
import io.lakefront.domain.source.SourceKind;
import io.lakefront.domain.task.TaskContext;
import io.lakefront.domain.time.WorkspaceClock;
import io.lakefront.ui.identity.IdentityRun;
import io.lakefront.ui.identity.IdentityWorkbench;
import io.lakefront.ui.identity.RulesCheck;
import io.lakefront.ui.identity.RunInput;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Identity screen's adapter on a real workspace: sources added, synced and prepared as a user would. */
class WorkspaceIdentityWorkbenchTest {
    private static final WorkspaceClock CLOCK = WorkspaceClock.fixedAt(Instant.parse("2026-10-20T23:59:59Z"));

    @TempDir
    Path temp;
    private Workspace workspace;
    private IdentityWorkbench identity;

    @BeforeEach
    void open() throws Exception {
        workspace = Workspace.open(temp.resolve("ws"), CLOCK);
        identity = workspace.identityWorkbench();
        Path crm = Files.writeString(temp.resolve("crm.csv"), """
                customer_id,first_name,last_name,email,phone,birth_date,city
                C1,Maria,Lopez,maria.lopez@example.com,+15125550134,1984-03-02,Austin
                C2,James,O'Neil,jim.oneil@example.com,+15125550199,1979-11-23,Austin
                C3,Anna,Schmidt,anna.schmidt@example.de,+49301234567,1990-07-14,Berlin
                C4,Robert,Brown,rob.brown@example.com,+14155550101,1965-01-30,Denver
                """);
        Path shop = Files.writeString(temp.resolve("shop.csv"), """
                customer_id,first_name,last_name,email,birth_date,city
                S1,Maria,Lopez,maria.lopez@example.com,1984-03-02,Austin
                S2,Jim,O'Neil,jim.oneil@example.com,,Austin
                S3,Ana,Schmitt,anna.schmidt@example.de,1990-07-14,Berlin
                """);
        Path orders = Files.writeString(temp.resolve("orders.csv"), """
                order_id,customer_id,amount
                O1,C1,10.50
                O2,C2,99.00
                """);
        add("crm", crm, true);
        add("shop", shop, true);
        add("unprepared", temp.resolve("crm.csv"), false);
        add("orders", orders, true);
    }

    private void add(String name, Path file, boolean prepare) {
        workspace.addSource().add(workspace.actor(), name, SourceKind.FILE, file.toString(), Map.of());
        workspace.syncSource().sync(workspace.actor(), name, TaskContext.silent());
        if (prepare) {
            workspace.prepareSource().prepare(workspace.actor(), name, TaskContext.silent());
        }
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void aRunResolvesThePeopleOfThePreparedSourcesUnderTheirSourceNames() throws Exception {
        assertThat(identity.latest()).isEmpty();

        IdentityRun run = identity.run(TaskContext.silent());

        assertThat(run.inputs()).extracting(RunInput::source, RunInput::records)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("crm", 4), org.assertj.core.groups.Tuple.tuple("shop", 3));
        assertThat(run.inputs().get(0).detail()).contains("customer_id");
        assertThat(run.records()).isEqualTo(7);
        assertThat(run.clusterOf(new RecordKey("crm", "C1"))).isEqualTo(run.clusterOf(new RecordKey("shop", "S1")));
        assertThat(run.clusterOf(new RecordKey("crm", "C3"))).isEqualTo(run.clusterOf(new RecordKey("shop", "S3")));
        assertThat(run.clusterOf(new RecordKey("crm", "C4"))).isNotEqualTo(run.clusterOf(new RecordKey("crm", "C1")));
        assertThat(run.record(new RecordKey("shop", "S3")).orElseThrow().field("family_name")).isEqualTo("Schmitt");
        assertThat(run.finishedAt()).isEqualTo(CLOCK.now());
        assertThat(identity.latest().orElseThrow().resolution()).isSameAs(run.resolution());
    }

    @Test
    void afterARestartTheLatestRunIsComputedAgainWithItsOwnIds() throws Exception {
        IdentityRun run = identity.run(TaskContext.silent());
        workspace.close();

        workspace = Workspace.open(temp.resolve("ws"), CLOCK);
        IdentityRun again = workspace.identityWorkbench().latest().orElseThrow();

        assertThat(again.resolution()).isNotSameAs(run.resolution());
        assertThat(again.resolution().assignments()).isEqualTo(run.resolution().assignments());
        assertThat(again.records()).isEqualTo(7);
    }

    @Test
    void theFirstRunSavesTheRulesItBuiltAndTheNextRunUsesTheFileAndKeepsTheIds() throws Exception {
        assertThat(identity.rules().saved()).isFalse();
        assertThat(identity.rules().location()).isEqualTo(workspace.directory().resolve("identity.yaml").toString());

        IdentityRun first = identity.run(TaskContext.silent());

        Path file = workspace.directory().resolve("identity.yaml");
        assertThat(file).isRegularFile();
        assertThat(identity.rules().saved()).isTrue();
        assertThat(identity.rules().yaml()).isEqualTo(Files.readString(file)).doesNotContain("name: \"national id\"");
        identity.save(identity.rules().yaml().replace("auto_match: 6.0", "auto_match: 9.5"));

        IdentityRun second = identity.run(TaskContext.silent());

        assertThat(second.spec().thresholds().autoMatch()).isEqualTo(9.5);
        assertThat(second.resolution().assignments()).isEqualTo(first.resolution().assignments());
        assertThat(second.diagnostics().clustersKept()).isPositive();
    }

    @Test
    void rulesTextIsCheckedWithLineAndColumnAndBadTextIsNeverSaved() throws Exception {
        String good = identity.rules().yaml();
        String bad = good.replace("field: \"city\"", "field: \"town\"");

        RulesCheck check = identity.check(bad);

        assertThat(check.ok()).isFalse();
        assertThat(check.problems().get(0).line()).isEqualTo(lineOf(good, "field: \"city\""));
        assertThat(check.problems().get(0).column()).isEqualTo(12);
        assertThat(check.problems().get(0).message()).startsWith("unknown field 'town'");
        assertThat(identity.check("").problems().get(0).describe())
                .isEqualTo("the file is empty; it needs at least blocking and comparisons");
        assertThatThrownBy(() -> identity.save(bad)).isInstanceOf(UserError.class)
                .hasMessageStartingWith(workspace.directory().resolve("identity.yaml") + ": not saved, line ");
        assertThat(workspace.directory().resolve("identity.yaml")).doesNotExist();
        assertThat(identity.check(good).ok()).isTrue();
    }

    @Test
    void aCancelledRunLeavesNoRunAndNoRulesFile() throws Exception {
        TaskContext cancelled = new TaskContext() {
            @Override public void progress(long done, long total) { }
            @Override public void message(String text) { }
            @Override public boolean cancelled() { return true; }
        };

        assertThatThrownBy(() -> identity.run(cancelled)).isInstanceOf(CancellationException.class);

        assertThat(identity.latest()).isEmpty();
        assertThat(workspace.directory().resolve("identity.yaml")).doesNotExist();
    }

    @Test
    void aWorkspaceWithoutPeopleSaysWhatToDo() throws Exception {
        try (Workspace empty = Workspace.open(temp.resolve("empty"), CLOCK)) {
            assertThatThrownBy(() -> empty.identityWorkbench().run(TaskContext.silent()))
                    .isInstanceOf(UserError.class)
                    .hasMessageStartingWith("nothing to resolve: no source is prepared yet");
        }
    }

    private static int lineOf(String text, String fragment) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(fragment)) {
                return i + 1;
            }
        }
        throw new AssertionError(fragment + " not in the text");
    }
}
