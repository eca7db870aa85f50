package io.lakefront.ui.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.lakefront.domain.identity.LinkConstraint;
import io.lakefront.domain.identity.RecordKey;
import io.lakefront.domain.task.DirectTaskExecutor;
import io.lakefront.domain.task.TaskContext;
import io.lakefront.ui.fakes.InMemoryIdentityWorkbench;
import io.lakefront.ui.fakes.TestWorkspace;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SuggestedRulesViewModelTest {
    private final InMemoryIdentityWorkbench workbench = InMemoryIdentityWorkbench.withPeople(TestWorkspace.AS_OF);
    private final RulesEditorViewModel rules = new RulesEditorViewModel(workbench, new DirectTaskExecutor());
    private final SuggestedRulesViewModel suggested = rules.suggested();

    private static RecordKey key(String source, String id) {
        return new RecordKey(source, id);
    }

    @BeforeEach
    void load() {
        rules.loadIfNeeded();
    }

    /** Three people whose records share phone and birth date, and two pairs a steward kept apart. */
    private void decideAndRun() throws Exception {
        workbench.minSupport(3);
        workbench.decide(LinkConstraint.mustLink(key("crm", "C-4"), key("webshop", "W-4")));
        workbench.decide(LinkConstraint.mustLink(key("crm", "C-5"), key("webshop", "W-5")));
        workbench.decide(LinkConstraint.mustLink(key("crm", "C-7"), key("webshop", "W-8")));
        workbench.decide(LinkConstraint.cannotLink(key("crm", "C-7"), key("crm", "C-8")));
        workbench.decide(LinkConstraint.cannotLink(key("crm", "C-6"), key("webshop", "W-6")));
        workbench.run(TaskContext.silent());
        suggested.refresh();
    }

    @Test
    void without_a_run_or_decisions_it_says_how_to_get_suggestions() {
        suggested.refresh();

        assertThat(suggested.suggestions()).isEmpty();
        assertThat(suggested.statusProperty().get()).isEqualTo(SuggestedRulesViewModel.EMPTY);
    }

    @Test
    void lists_the_rules_the_decisions_support_with_reasoning() throws Exception {
        decideAndRun();

        assertThat(suggested.suggestions()).extracting(s -> s.proposal().rule().fields())
                .containsExactly(List.of("birth_date"), List.of("phone"));
        RuleSuggestion first = suggested.suggestions().get(0);
        assertThat(first.title()).startsWith("same birth date");
        assertThat(first.reasoning()).startsWith("same birth date → match: 3 labelled pairs, 0 errors; ");
        assertThat(suggested.statusProperty().get()).startsWith("2 rules from 5 decisions in force");
        // Same names, but the steward said they are two people: a names rule has an error and is not suggested.
        assertThat(suggested.suggestions()).noneMatch(s -> s.proposal().rule().fields().contains("given_name"));
    }

    @Test
    void accept_writes_the_rule_into_the_file_and_the_editor_shows_it() throws Exception {
        decideAndRun();
        RuleSuggestion phone = suggested.suggestions().get(1);

        assertThat(suggested.accept(phone).toCompletableFuture().get()).isTrue();

        assertThat(workbench.savedRules()).contains("same phone");
        assertThat(rules.deterministicRules()).extracting(DeterministicRuleForm::name).contains("same phone");
        assertThat(rules.dirtyProperty().get()).isFalse();
        assertThat(suggested.suggestions()).doesNotContain(phone);
        assertThat(suggested.statusProperty().get()).startsWith("Added 'same phone' to ")
                .endsWith("Run resolution to use it.");

        suggested.refresh();
        assertThat(suggested.suggestions()).noneMatch(s -> s.proposal().rule().name().equals("same phone"));
    }

    @Test
    void accept_refuses_while_the_editor_has_unsaved_edits() throws Exception {
        decideAndRun();
        String before = workbench.savedRules();
        rules.yamlProperty().set(rules.yamlProperty().get().replace("auto_match: 6", "auto_match: 7"));

        assertThat(suggested.accept(suggested.suggestions().get(0)).toCompletableFuture().get()).isFalse();

        assertThat(workbench.savedRules()).isEqualTo(before);
        assertThat(suggested.statusProperty().get()).startsWith("Save or revert your edits");
    }

    @Test
    void reject_hides_a_rule_for_the_session_and_saves_nothing() throws Exception {
        decideAndRun();
        String before = workbench.savedRules();
        RuleSuggestion birth = suggested.suggestions().get(0);

        suggested.reject(birth);
        suggested.refresh();

        assertThat(workbench.savedRules()).isEqualTo(before);
        assertThat(suggested.suggestions()).extracting(s -> s.proposal().rule().name()).containsExactly("same phone");
        suggested.reject(suggested.suggestions().get(0));
        assertThat(suggested.statusProperty().get()).endsWith(SuggestedRulesViewModel.EMPTY);
    }
}
