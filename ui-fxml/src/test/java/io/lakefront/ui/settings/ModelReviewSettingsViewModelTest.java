package io.lakefront.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import io.lakefront.domain.governance.Actor;
import io.lakefront.domain.governance.Role;
import io.lakefront.domain.identity.review.FieldPolicy;
import io.lakefront.domain.identity.review.ModelReviewSettings;
import io.lakefront.domain.identity.review.ModelReviewSettings.Provider;
import io.lakefront.ui.fakes.InMemoryModelReview;
import io.lakefront.ui.fakes.ManualTaskExecutor;
import io.lakefront.ui.fakes.TestWorkspace;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ModelReviewSettingsViewModelTest {
    private final TestWorkspace workspace = TestWorkspace.empty();
    private final InMemoryModelReview review = workspace.modelReview;
    private final ManualTaskExecutor tasks = new ManualTaskExecutor();
    private final ModelReviewSettingsViewModel viewModel =
            new ModelReviewSettingsViewModel(review.configure(), workspace.actor, tasks);

    @Test
    void without_a_model_it_says_the_review_band_goes_straight_to_people() {
        viewModel.load();
        tasks.runAll();

        assertThat(viewModel.statusProperty().get())
                .isEqualTo("No language model configured — review band goes straight to people.");
        assertThat(viewModel.configuredProperty().get()).isFalse();
        assertThat(viewModel.policies()).extracting(ModelReviewSettingsViewModel.PolicyRow::field)
                .startsWith("given_name", "family_name", "birth_date", "email");
    }

    @Test
    void saving_the_form_stores_the_settings_and_the_key_apart_and_clears_the_typed_key() {
        viewModel.load();
        tasks.runAll();
        viewModel.providerProperty().set(Provider.OPENAI_COMPATIBLE);
        viewModel.baseUrlProperty().set("http://localhost:8080/v1");
        viewModel.modelProperty().set("qwen2.5-7b-instruct");
        viewModel.thresholdProperty().set("0,85");
        viewModel.apiKeyProperty().set("sk-typed");
        viewModel.policies().stream().filter(row -> row.field().equals("city")).findFirst().orElseThrow()
                .policyProperty().set(FieldPolicy.NEVER);

        viewModel.save();
        tasks.runAll();

        ModelReviewSettings saved = review.settings;
        assertThat(saved.modelName()).isEqualTo("openai/qwen2.5-7b-instruct");
        assertThat(saved.threshold()).isEqualTo(0.85);
        assertThat(saved.policy().policyOf("city")).isEqualTo(FieldPolicy.NEVER);
        assertThat(review.secrets).containsEntry(ModelReviewSettings.API_KEY_SECRET, "sk-typed");
        assertThat(viewModel.apiKeyProperty().get()).isEmpty();
        assertThat(viewModel.keyStoredProperty().get()).isTrue();
        assertThat(viewModel.statusProperty().get()).startsWith("openai/qwen2.5-7b-instruct reviews the band first")
                .contains("confidence 0.85 or more settles a pair");
        assertThat(viewModel.messageProperty().get()).endsWith("the API key is stored encrypted.");
        assertThat(workspace.audit.recent(5)).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo("settings.llm_changed");
            assertThat(entry.detail()).contains("city=never").doesNotContain("sk-typed");
        });
    }

    @Test
    void a_bad_number_names_the_field_and_saves_nothing() {
        viewModel.providerProperty().set(Provider.OLLAMA);
        viewModel.modelProperty().set("llama3.1");
        viewModel.budgetProperty().set("lots");

        viewModel.save();

        assertThat(tasks.pending()).isZero();
        assertThat(viewModel.problemProperty().get()).isEqualTo("Budget: 'lots' is not a whole number");
        assertThat(review.settings.configured()).isFalse();
    }

    @Test
    void test_connection_uses_the_form_and_the_typed_key_without_saving() {
        viewModel.providerProperty().set(Provider.ANTHROPIC);
        viewModel.modelProperty().set("claude-x");
        viewModel.apiKeyProperty().set("sk-wrong");
        viewModel.testConnection();
        tasks.runAll();
        assertThat(viewModel.problemProperty().get()).startsWith("Test failed: ").contains("Incorrect API key");

        viewModel.apiKeyProperty().set(InMemoryModelReview.GOOD_KEY);
        viewModel.testConnection();
        tasks.runAll();

        assertThat(viewModel.problemProperty().get()).isEmpty();
        assertThat(viewModel.messageProperty().get())
                .isEqualTo("Connected: anthropic/claude-x answered same (confidence 0.97) — Same name, birth year and city.");
        assertThat(review.openedWith).containsExactly(Optional.of("sk-wrong"), Optional.of(InMemoryModelReview.GOOD_KEY));
        assertThat(review.settings.configured()).as("a test saves nothing").isFalse();
    }

    @Test
    void only_an_administrator_may_change_what_leaves_the_machine() {
        ModelReviewSettingsViewModel steward = new ModelReviewSettingsViewModel(review.configure(),
                Actor.of("sam", Role.DATA_STEWARD), tasks);
        assertThat(steward.canEdit()).isFalse();
        steward.providerProperty().set(Provider.OLLAMA);
        steward.modelProperty().set("llama3.1");
        steward.save();
        tasks.runAll();
        assertThat(steward.problemProperty().get()).startsWith("Not saved: ");
        assertThat(review.settings.configured()).isFalse();
        assertThat(viewModel.canEdit()).isTrue();
    }
}
