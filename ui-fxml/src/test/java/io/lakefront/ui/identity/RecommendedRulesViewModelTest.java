package io.lakefront.ui.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.lakefront.domain.identity.StandardFields;
import io.lakefront.domain.identity.workspace.RuleRecommendation;
import io.lakefront.domain.task.DirectTaskExecutor;
import io.lakefront.domain.task.TaskContext;
import io.lakefront.ui.fakes.InMemoryIdentityWorkbench;
import io.lakefront.ui.fakes.TestWorkspace;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * "Recommended for source X" over the real engine and rules file format: a CRM of twelve people with
 * loyalty ids is resolved, then a loyalty programme's source arrives whose members married and moved —
 * only the loyalty id (and given name and birth date) says who they are.
 */
class RecommendedRulesViewModelTest {
    static final String[] GIVEN = {"maria", "james", "anna", "robert", "linda", "peter", "olivia", "noah", "grace",
            "henry", "chloe", "lucas"};
    static final String[] FAMILY = {"lopez", "oneil", "schmidt", "brown", "nguyen", "meyer", "taylor", "wilson",
            "walker", "harris", "ryan", "kelly"};

    private final InMemoryIdentityWorkbench workbench = loyaltyProgramme();
    private final RulesEditorViewModel rules = new RulesEditorViewModel(workbench, new DirectTaskExecutor());
    private final RecommendedRulesViewModel recommended = rules.recommended();

    /** The CRM resolved; the loyalty members added since (new to identity). */
    static InMemoryIdentityWorkbench loyaltyProgramme() {
        InMemoryIdentityWorkbench w = new InMemoryIdentityWorkbench(TestWorkspace.AS_OF);
        for (int p = 0; p < GIVEN.length; p++) {
            Map<String, String> f = new HashMap<>();
            f.put(StandardFields.GIVEN_NAME, GIVEN[p]);
            f.put(StandardFields.FAMILY_NAME, FAMILY[p]);
            f.put(StandardFields.EMAIL, GIVEN[p] + "." + FAMILY[p] + "@example.com");
            f.put(StandardFields.PHONE, "+1512555" + String.format("%04d", 1000 + p * 7));
            f.put(StandardFields.BIRTH_DATE, String.format("%d-%02d-%02d", 1960 + p, 1 + p, 1 + p * 2));
            f.put(StandardFields.CITY, "austin");
            f.put("loyalty_id", "L" + (500 + p));
            w.record("crm", "C-" + p, f);
        }
        try {
            w.run(TaskContext.silent());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        for (int p = 0; p < 10; p++) {
            Map<String, String> f = new HashMap<>();
            f.put(StandardFields.GIVEN_NAME, GIVEN[p]);
            f.put(StandardFields.FAMILY_NAME, "wed" + FAMILY[(p + 5) % FAMILY.length]);
            f.put(StandardFields.BIRTH_DATE, String.format("%d-%02d-%02d", 1960 + p, 1 + p, 1 + p * 2));
            f.put(StandardFields.CITY, "denver");
            f.put("loyalty_id", "L" + (500 + p));
            if (p == 0) {
                f.put(StandardFields.PHONE, "+1303555" + String.format("%04d", 2000 + p));
            }
            w.record("loyalty", "M-" + p, f);
        }
        return w;
    }

    @BeforeEach
    void load() {
        rules.loadIfNeeded();
        recommended.refresh();
    }

    private RuleRecommendation first() {
        return recommended.recommendations().get(0);
    }

    @Test
    void the_new_source_comes_first_with_its_recommendations_and_reasoning() {
        assertThat(recommended.sources()).containsExactly("loyalty", "crm");
        assertThat(recommended.sourceProperty().get()).isEqualTo("loyalty");
        assertThat(recommended.titleProperty().get()).isEqualTo("Recommended for source loyalty");
        assertThat(recommended.newSourceHintProperty().get()).startsWith("New since the last run: loyalty.");
        assertThat(recommended.recommendations()).extracting(RuleRecommendation::kind).containsExactly(
                RuleRecommendation.Kind.SAME_ID_RULE, RuleRecommendation.Kind.NOT_WORTH_A_KEY);
        assertThat(first().title()).isEqualTo("same loyalty id → match");
        assertThat(first().reasoning()).contains("10 of its 10 values (100%) are loyalty ids of crm records");
        assertThat(recommended.statusProperty().get()).startsWith("2 recommendations from 10 records of loyalty");
        assertThat(RecommendedRulesViewModel.editable(first())).isEqualTo("loyalty_id");
    }

    @Test
    void preview_runs_the_engine_with_and_without_the_rule() throws Exception {
        var impact = recommended.preview(first()).toCompletableFuture().get();

        assertThat(impact.newPairsWithSource()).isEqualTo(10);
        assertThat(impact.clustersAfter()).isEqualTo(impact.clustersBefore() - 10);
        assertThat(recommended.previewProperty().get()).startsWith("+10 pairs together (10 with loyalty), 0 apart")
                .contains("together: loyalty/M-");
        assertThat(recommended.previewingProperty().get()).isFalse();
        recommended.preview(recommended.recommendations().get(1));
        assertThat(recommended.previewProperty().get()).isEqualTo("Advice only: nothing to preview or apply.");
    }

    @Test
    void edit_then_accept_writes_the_edited_rule_and_the_editor_shows_it() throws Exception {
        RuleRecommendation edited = recommended.edit(first(), "loyalty_id, birth_date");

        assertThat(edited.title()).isEqualTo("same loyalty id + same birth date → match");
        assertThat(first()).isEqualTo(edited);
        assertThat(recommended.accept(edited).toCompletableFuture().get()).isTrue();
        assertThat(workbench.savedRules()).contains("same loyalty id and birth date");
        assertThat(rules.deterministicRules()).extracting(DeterministicRuleForm::name)
                .contains("same loyalty id and birth date");
        assertThat(recommended.statusProperty().get()).startsWith("Applied 'same loyalty id + same birth date → match'")
                .endsWith("Run resolution to use it.");
        assertThat(recommended.recommendations()).doesNotContain(edited);
    }

    @Test
    void a_bad_edit_is_refused_with_the_reason() {
        RuleRecommendation before = first();

        assertThat(recommended.edit(before, " , ")).isNull();

        assertThat(recommended.statusProperty().get()).startsWith("Not edited: ").contains("name at least one field");
        assertThat(first()).isEqualTo(before);
        assertThat(recommended.edit(recommended.recommendations().get(1), "phone")).isNull();
        assertThat(recommended.statusProperty().get()).contains("is advice");
    }

    @Test
    void accept_refuses_while_the_editor_has_unsaved_edits_and_reject_saves_nothing() throws Exception {
        String before = workbench.savedRules();
        rules.yamlProperty().set(rules.yamlProperty().get().replace("auto_match: 6", "auto_match: 7"));

        assertThat(recommended.accept(first()).toCompletableFuture().get()).isFalse();
        assertThat(recommended.statusProperty().get()).startsWith("Save or revert your edits");

        recommended.reject(first());
        recommended.load("loyalty");
        assertThat(workbench.savedRules()).isEqualTo(before);
        assertThat(recommended.recommendations()).extracting(RuleRecommendation::kind)
                .containsExactly(RuleRecommendation.Kind.NOT_WORTH_A_KEY);
    }

    @Test
    void another_source_can_be_chosen() {
        recommended.load("crm");

        assertThat(recommended.titleProperty().get()).isEqualTo("Recommended for source crm");
        assertThat(recommended.recommendations()).allSatisfy(r -> assertThat(r.source()).isEqualTo("crm"));
    }

    @Test
    void the_list_is_empty_with_a_reason_when_nothing_is_prepared() {
        RecommendedRulesViewModel none = new RulesEditorViewModel(
                new InMemoryIdentityWorkbench(TestWorkspace.AS_OF), new DirectTaskExecutor()).recommended();

        none.refresh();

        assertThat(none.recommendations()).isEmpty();
        assertThat(none.statusProperty().get()).isEqualTo(RecommendedRulesViewModel.NO_SOURCE);
    }
}
