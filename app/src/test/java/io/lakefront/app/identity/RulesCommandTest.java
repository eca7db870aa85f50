package io.lakefront.app.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.lakefront.app.Workspace;
import io.lakefront.app.cli.CliRun;
import io.lakefront.app.demo.DemoAccuracy;
import io.lakefront.app.demo.DemoWorkspaceBuilder;
import io.lakefront.domain.governance.AuditEntry;
import io.lakefront.domain.identity.PersonRecord;
import io.lakefront.domain.identity.RecordKey;
import io.lakefront.domain.identity.StandardFields;
import io.lakefront.domain.identity.workspace.LinkDecision;
import io.lakefront.domain.identity.workspace.ProposeRules;
import io.lakefront.domain.task.TaskContext;
import io.lakefront.domain.time.WorkspaceClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rule proposals on the demo workspace: a steward's decisions (true duplicates linked, household
 * members sharing a phone kept apart, all from the demo's ground truth) go in through {@link
 * io.lakefront.domain.identity.workspace.DecideLink}; {@code rules propose} lists rules with no
 * errors, {@code rules accept N} writes one to identity.yaml, audited, and the next run uses it.
 */
class RulesCommandTest {
    private static final String AS_OF = "2026-10-20";

    @TempDir
    Path temp;

    private CliRun cli(Path workspace, String... args) {
        return CliRun.in(workspace, AS_OF, args);
    }

    @Test
    void proposesRulesFromDecisionsAndAcceptsOneIntoIdentityYaml() throws Exception {
        Path ws = temp.resolve("ws");
        int labels;
        try (Workspace workspace = Workspace.open(ws, WorkspaceClock.parse(AS_OF))) {
            DemoWorkspaceBuilder.Result demo = new DemoWorkspaceBuilder(workspace).build(42, 600, TaskContext.silent());
            Map<RecordKey, String> personOf = DemoAccuracy.personOf(demo.truthFile(), DemoWorkspaceBuilder.SOURCES);
            List<PersonRecord> records = new ArrayList<>(workspace.recallLatestRun()
                    .recall(workspace.actor(), TaskContext.silent()).orElseThrow().records());
            records.sort(Comparator.comparing(r -> r.key().toString()));
            labels = decide(workspace, records, personOf);

            ProposeRules.Proposals proposals = workspace.proposeRules().propose(workspace.actor(), TaskContext.silent());
            assertThat(proposals.labels()).isEqualTo(labels);
            assertThat(proposals.proposals()).isNotEmpty().allSatisfy(p -> {
                assertThat(p.errors()).isZero();
                assertThat(p.support()).isGreaterThanOrEqualTo(5);
                assertThat(p.reasoning()).startsWith(p.plainWords() + " → match: " + p.support() + " labelled pairs, 0 errors; ");
                assertThat((double) p.newPairs()).isLessThanOrEqualTo(0.05 * p.settledPairs());
            });
            // Household members share a landline: the decisions keep them apart, so a phone alone is no rule.
            assertThat(proposals.proposals()).noneMatch(p -> p.rule().fields().equals(List.of(StandardFields.PHONE)));
        }

        CliRun proposed = cli(ws, "rules", "propose");
        assertThat(proposed.exit()).as(proposed.err()).isZero();
        assertThat(proposed.out()).contains("suggested rules from " + labels + " decisions in force", "1. same ",
                "→ match:", "Accept one with: rules accept N");
        String firstName = proposed.out().lines().filter(l -> l.startsWith("1. ")).findFirst().orElseThrow()
                .replaceFirst("^1\\. ", "").replaceFirst(" \\[.*$", "");

        CliRun wrong = cli(ws, "rules", "accept", "99");
        assertThat(wrong.exit()).isEqualTo(1);
        assertThat(wrong.err()).contains("no rule proposal numbered 99");
        String before = Files.readString(ws.resolve("identity.yaml"));
        assertThat(before).doesNotContain(firstName);

        CliRun accepted = cli(ws, "rules", "accept", "1");
        assertThat(accepted.exit()).as(accepted.err()).isZero();
        assertThat(accepted.out()).contains("added rule '" + firstName + "'");
        assertThat(Files.readString(ws.resolve("identity.yaml"))).contains(firstName);

        try (Workspace workspace = Workspace.open(ws, WorkspaceClock.parse(AS_OF))) {
            List<AuditEntry> audit = workspace.auditLog().recent(10);
            assertThat(audit).anySatisfy(e -> {
                assertThat(e.action()).isEqualTo("identity.rule_accepted");
                assertThat(e.subject()).isEqualTo(firstName);
                assertThat(e.detail()).contains("labelled pairs, 0 errors");
            });
            assertThat(workspace.loadIdentityRules().load(workspace.actor()).spec().deterministicRules())
                    .anyMatch(rule -> rule.name().equals(firstName));
        }
        CliRun again = cli(ws, "rules", "propose");
        assertThat(again.out()).doesNotContain(". " + firstName + " [");
        CliRun resolved = cli(ws, "resolve");
        assertThat(resolved.exit()).as(resolved.err()).isZero();
    }

    /** Forty true duplicate pairs linked, and up to twenty pairs of people sharing a phone kept apart. */
    private static int decide(Workspace workspace, List<PersonRecord> records, Map<RecordKey, String> personOf) {
        Map<String, List<PersonRecord>> byPerson = new LinkedHashMap<>();
        Map<String, List<PersonRecord>> byPhone = new LinkedHashMap<>();
        for (PersonRecord record : records) {
            String person = personOf.get(record.key());
            if (person != null) {
                byPerson.computeIfAbsent(person, p -> new ArrayList<>()).add(record);
            }
            String phone = record.field(StandardFields.PHONE);
            if (phone != null && !phone.isBlank()) {
                byPhone.computeIfAbsent(phone.replaceAll("\\D", ""), p -> new ArrayList<>()).add(record);
            }
        }
        int links = 0;
        for (List<PersonRecord> same : byPerson.values()) {
            if (same.size() >= 2 && links < 40) {
                workspace.decideLink().decide(workspace.actor(), same.get(0).key(), same.get(1).key(),
                        LinkDecision.Kind.MUST_LINK, "same person", null);
                links++;
            }
        }
        int apart = 0;
        for (List<PersonRecord> sharing : byPhone.values()) {
            for (int i = 0; i < sharing.size() && apart < 20; i++) {
                for (int j = i + 1; j < sharing.size() && apart < 20; j++) {
                    String a = personOf.get(sharing.get(i).key());
                    String b = personOf.get(sharing.get(j).key());
                    if (a != null && b != null && !a.equals(b)) {
                        workspace.decideLink().decide(workspace.actor(), sharing.get(i).key(), sharing.get(j).key(),
                                LinkDecision.Kind.CANNOT_LINK, "household", null);
                        apart++;
                    }
                }
            }
        }
        assertThat(Set.of(links, apart)).as("the demo has duplicates and shared phones").doesNotContain(0);
        return links + apart;
    }
}
