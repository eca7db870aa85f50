package io.lakefront.app.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lakefront.app.Workspace;
import io.lakefront.app.demo.DemoWorkspaceBuilder;
import io.lakefront.connectors.embedding.EmbeddingSynonyms;
import io.lakefront.domain.UserError;
import io.lakefront.domain.task.TaskContext;
import io.lakefront.domain.time.WorkspaceClock;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The offline interpreter reaches the accuracy floor on its evaluation corpus, on the demo
 * workspace of {@code ./lakefront demo --customers 2000 --as-of 2026-10-20} (execution match). The
 * failures are printed, so a drop shows which descriptions broke.
 */
class AudienceNlCorpusTest {
    @TempDir
    Path temp;

    @Test
    void corpusAccuracyIsAtLeastNinetyPercent() {
        String existing = System.getProperty("lakefront.nl.workspace");
        Path folder = existing != null ? Path.of(existing) : temp.resolve("ws");
        try (Workspace workspace = Workspace.open(folder, WorkspaceClock.fixedAt(AudienceNlBenchmark.AS_OF))) {
            if (existing == null) {
                new DemoWorkspaceBuilder(workspace).build(AudienceNlBenchmark.SEED, AudienceNlBenchmark.CUSTOMERS,
                        TaskContext.silent());
            }
            AudienceNlCorpus.Report report = AudienceNlBenchmark.evaluate(workspace);
            System.out.println(report.describe());
            assertThat(report.total()).isGreaterThanOrEqualTo(150);
            assertThat(report.accuracy()).as(report.describe()).isGreaterThanOrEqualTo(0.90);
            AudienceNlCorpus.Report withModel = AudienceNlBenchmark.evaluate(workspace, EmbeddingSynonyms.inProcess());
            System.out.println("With the embedding model:\n" + withModel.describe());
            assertThat(withModel.accuracy()).as(withModel.describe()).isGreaterThanOrEqualTo(0.90);
        }
    }

    @Test
    void corpusCoversEveryPhraseCategory() {
        List<AudienceNlCorpus.Case> cases = AudienceNlCorpus.load();
        assertThat(cases.stream().flatMap(c -> c.tags().stream()).distinct().toList()).contains("money", "comparison",
                "time", "negation", "place", "category", "product", "tier", "consent", "age", "contact", "engagement",
                "tickets", "metric", "glossary", "conjunction", "refinement", "ambiguity");
    }

    @Test
    void aCaseWithoutExpectationIsRejectedWithWhere() {
        assertThatThrownBy(() -> AudienceNlCorpus.read("- text: gold members\n"))
                .isInstanceOf(UserError.class).hasMessageContaining("[0]").hasMessageContaining("gold members");
        assertThatThrownBy(() -> AudienceNlCorpus.read("- text: x\n  expect: {field: nope, op: '=', value: 1}\n"))
                .isInstanceOf(UserError.class).hasMessageContaining("unknown field 'nope'");
    }
}
