package io.lakefront.connectors.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lakefront.domain.UserError;
import io.lakefront.domain.identity.review.DataPolicy;
import io.lakefront.domain.identity.review.FieldPolicy;
import io.lakefront.domain.identity.review.ModelReviewSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class YamlModelReviewSettingsStoreTest {
    @TempDir
    Path workspace;

    @Test
    void noFileMeansNoModel() {
        assertThat(new YamlModelReviewSettingsStore(workspace).load().configured()).isFalse();
    }

    @Test
    void settingsRoundTripAndKeepForeignKeys() throws Exception {
        YamlModelReviewSettingsStore store = new YamlModelReviewSettingsStore(workspace);
        Files.writeString(workspace.resolve("llm.yaml"), "# mine\nnote: keep me\n");
        ModelReviewSettings settings = new ModelReviewSettings(ModelReviewSettings.Provider.OPENAI_COMPATIBLE,
                "http://localhost:8080/v1", "qwen2.5-7b-instruct", Duration.ofSeconds(30), 4, 50, 0.85,
                DataPolicy.defaults().with("street", FieldPolicy.MASK));

        store.save(settings);

        assertThat(store.load()).isEqualTo(settings);
        String text = Files.readString(workspace.resolve("llm.yaml"));
        assertThat(text).contains("provider: openai").contains("street: mask").contains("note: keep me")
                .doesNotContainIgnoringCase("key");
    }

    @Test
    void aPartialPolicyKeepsTheDefaultsForTheOtherFields() throws Exception {
        Files.writeString(workspace.resolve("llm.yaml"), "provider: ollama\nmodel: llama3.1\ndata_policy:\n  email: never\n");
        ModelReviewSettings settings = new YamlModelReviewSettingsStore(workspace).load();
        assertThat(settings.provider()).isEqualTo(ModelReviewSettings.Provider.OLLAMA);
        assertThat(settings.policy().policyOf("email")).isEqualTo(FieldPolicy.NEVER);
        assertThat(settings.policy().policyOf("phone")).isEqualTo(FieldPolicy.HASH);
    }

    @Test
    void aBadValueNamesFileLineAndField() throws Exception {
        Files.writeString(workspace.resolve("llm.yaml"), "provider: openai\nmodel: m\ndata_policy:\n  email: scramble\n");
        assertThatThrownBy(() -> new YamlModelReviewSettingsStore(workspace).load()).isInstanceOf(UserError.class)
                .hasMessageContaining("llm.yaml:4:10").hasMessageContaining("data_policy.email: 'scramble'");
        Files.writeString(workspace.resolve("llm.yaml"), "provider: openai\nmodel: m\nthreshold: 0.2\n");
        assertThatThrownBy(() -> new YamlModelReviewSettingsStore(workspace).load()).isInstanceOf(UserError.class)
                .hasMessageContaining("llm.yaml").hasMessageContaining("threshold");
        Files.writeString(workspace.resolve("llm.yaml"), "provider: openai\nmodel: m\nbudget: lots\n");
        assertThatThrownBy(() -> new YamlModelReviewSettingsStore(workspace).load()).isInstanceOf(UserError.class)
                .hasMessageContaining("llm.yaml:3:9").hasMessageContaining("not a whole number");
    }
}
