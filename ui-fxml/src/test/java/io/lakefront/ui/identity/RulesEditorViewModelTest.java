package io.lakefront.ui.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.lakefront.domain.task.DirectTaskExecutor;
import io.lakefront.ui.fakes.InMemoryIdentityWorkbench;
import io.lakefront.ui.fakes.TestWorkspace;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RulesEditorViewModelTest {
    private final InMemoryIdentityWorkbench workbench = InMemoryIdentityWorkbench.withPeople(TestWorkspace.AS_OF);
    private final RulesEditorViewModel rules = new RulesEditorViewModel(workbench, new DirectTaskExecutor());

    @BeforeEach
    void load() {
        rules.loadIfNeeded();
    }

    @Test
    void before_anything_is_saved_the_editor_shows_the_rules_a_first_run_starts_from() {
        assertThat(rules.loadedProperty().get()).isTrue();
        assertThat(rules.statusProperty().get()).startsWith("Not saved yet");
        assertThat(rules.dirtyProperty().get()).isTrue();
        assertThat(rules.validProperty().get()).isTrue();
        assertThat(rules.blockingRules()).extracting(BlockingRuleForm::name).contains("email", "names sound alike");
        assertThat(rules.blockingRules()).filteredOn(r -> r.name().equals("family name sound + birth year"))
                .singleElement().satisfies(r -> assertThat(r.keys()).isEqualTo("soundex(family_name) + year(birth_date)"));
        assertThat(rules.comparisons()).extracting(ComparisonForm::field).contains("given_name", "gender");
        assertThat(rules.deterministicRules()).extracting(DeterministicRuleForm::name).contains("same email");
        assertThat(rules.autoMatchProperty().get()).isEqualTo(6.0);
        assertThat(rules.maxClusterSizeProperty().get()).isEqualTo(50);
    }

    @Test
    void a_form_edit_rewrites_the_yaml() {
        rules.addBlockingRule("postcode + birth year", KeyKind.EXACT, "postcode", KeyKind.YEAR, "birth_date");

        assertThat(rules.yamlProperty().get())
                .contains("- name: \"postcode + birth year\"\n    keys: [\"postcode\", \"year(birth_date)\"]");
        assertThat(rules.blockingRules()).last()
                .isEqualTo(new BlockingRuleForm("postcode + birth year", "postcode + year(birth_date)"));
        assertThat(rules.formProblemProperty().get()).isEmpty();
    }

    @Test
    void a_yaml_edit_shows_in_the_form() {
        rules.yamlProperty().set(rules.yamlProperty().get().replace("name: \"same email\"", "name: \"one inbox\""));

        assertThat(rules.validProperty().get()).isTrue();
        assertThat(rules.deterministicRules()).extracting(DeterministicRuleForm::name).contains("one inbox")
                .doesNotContain("same email");
    }

    @Test
    void yaml_that_does_not_read_names_line_and_column_and_the_form_keeps_the_last_rules_that_did() {
        String good = rules.yamlProperty().get();
        int comparisons = rules.comparisons().size();

        rules.yamlProperty().set(good.replace("field: \"city\"", "field: \"town\""));

        assertThat(rules.validProperty().get()).isFalse();
        int line = lineOf(good, "field: \"city\"");
        assertThat(rules.problemProperty().get()).startsWith("line " + line + ", column 12: unknown field 'town'");
        assertThat(rules.problemLineProperty().get()).isEqualTo(line);
        assertThat(rules.comparisons()).hasSize(comparisons);

        rules.removeComparison(0);
        assertThat(rules.formProblemProperty().get()).startsWith("Fix the YAML first (line " + line);
        assertThat(rules.save().toCompletableFuture().join()).isFalse();
        assertThat(workbench.savedRules()).isNull();
        assertThat(rules.statusProperty().get()).startsWith("Not saved: line " + line);
    }

    @Test
    void saving_writes_the_file_and_the_editor_is_clean_until_the_next_edit() {
        rules.setTermFrequency(0, false);

        assertThat(rules.save().toCompletableFuture().join()).isTrue();

        assertThat(workbench.savedRules()).isEqualTo(rules.yamlProperty().get());
        assertThat(rules.comparisons().get(0).termFrequency()).isFalse();
        assertThat(rules.dirtyProperty().get()).isFalse();
        assertThat(rules.statusProperty().get()).isEqualTo("Saved in " + InMemoryIdentityWorkbench.RULES_FILE
                + ". Run resolution to use them.");
        rules.setGuards(300, 40, 6);
        assertThat(rules.dirtyProperty().get()).isTrue();
        assertThat(rules.yamlProperty().get()).contains("max_block_size: 300", "max_cluster_size: 40",
                "max_shared_value: 6");

        rules.revert();

        assertThat(rules.yamlProperty().get()).isEqualTo(workbench.savedRules());
        assertThat(rules.maxBlockSizeProperty().get()).isEqualTo(400);
    }

    @Test
    void form_edits_that_break_a_rule_are_refused_with_a_reason() {
        String before = rules.yamlProperty().get();

        rules.addBlockingRule("email", KeyKind.EXACT, "email", null, null);
        assertThat(rules.formProblemProperty().get()).isEqualTo("There is a blocking rule named 'email' already");
        rules.addBlockingRule("  ", KeyKind.EXACT, "email", null, null);
        assertThat(rules.formProblemProperty().get()).isEqualTo("Name the new blocking rule");
        rules.addDeterministicRule("same nothing", List.of());
        assertThat(rules.formProblemProperty().get()).isEqualTo("Choose the fields that must agree for rule 'same nothing'");
        rules.setThresholds(1, 2);
        assertThat(rules.formProblemProperty().get()).isEqualTo("Review threshold 2.0 is above auto-match 1.0");
        rules.setGuards(1, 50, 8);
        assertThat(rules.formProblemProperty().get())
                .isEqualTo("Block size, cluster size and shared-value limits must be at least 2");

        assertThat(rules.yamlProperty().get()).isEqualTo(before);
    }

    @Test
    void removing_every_way_to_pair_records_is_refused() {
        while (rules.deterministicRules().size() > 0) {
            rules.removeDeterministicRule(0);
        }
        int left = rules.blockingRules().size();
        for (int i = 1; i < left; i++) {
            rules.removeBlockingRule(0);
        }
        assertThat(rules.blockingRules()).hasSize(1);

        rules.removeBlockingRule(0);

        assertThat(rules.blockingRules()).hasSize(1);
        assertThat(rules.formProblemProperty().get())
                .isEqualTo("A specification needs at least one blocking or deterministic rule");
    }

    @Test
    void a_deterministic_rule_added_on_the_form_reads_back() {
        rules.addDeterministicRule("same phone and birth date", List.of("phone", "birth_date"));

        assertThat(rules.deterministicRules()).last()
                .isEqualTo(new DeterministicRuleForm("same phone and birth date", "phone, birth_date"));
        assertThat(workbench.check(rules.yamlProperty().get()).spec().orElseThrow().deterministicRules()).last()
                .satisfies(rule -> assertThat(rule.fields()).containsExactly("phone", "birth_date"));
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
