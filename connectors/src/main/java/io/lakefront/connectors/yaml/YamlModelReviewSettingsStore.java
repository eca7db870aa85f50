package io.lakefront.connectors.yaml;

import io.lakefront.connectors.file.AtomicFile;
import io.lakefront.domain.UserError;
import io.lakefront.domain.identity.review.DataPolicy;
import io.lakefront.domain.identity.review.FieldPolicy;
import io.lakefront.domain.identity.review.ModelReviewSettings;
import io.lakefront.domain.identity.review.ModelReviewSettingsStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads and writes {@code <workspace>/llm.yaml}, the model stage's settings: {@code provider} (none,
 * openai, ollama, anthropic), {@code base_url}, {@code model}, {@code timeout_seconds}, {@code attempts},
 * {@code budget}, {@code threshold} and {@code data_policy} (field: send | mask | hash | never). A
 * missing file means no model. The API key is never in this file: it is a secret. A bad value is a
 * {@link UserError} naming file, line and column.
 */
public final class YamlModelReviewSettingsStore implements ModelReviewSettingsStore {
    private final Path file;

    public YamlModelReviewSettingsStore(Path workspace) {
        this.file = workspace.resolve("llm.yaml");
    }

    @Override
    public String location() {
        return file.toString();
    }

    @Override
    public ModelReviewSettings load() {
        ModelReviewSettings defaults = ModelReviewSettings.none();
        if (!Files.exists(file)) {
            return defaults;
        }
        YamlMap yaml = read();
        ModelReviewSettings.Provider provider = yaml.text("provider")
                .map(ModelReviewSettings.Provider::ofCode).orElse(ModelReviewSettings.Provider.NONE);
        Map<String, FieldPolicy> policy = new LinkedHashMap<>(DataPolicy.defaults().fields());
        yaml.choiceMap("data_policy", FieldPolicy.class).ifPresent(policy::putAll);
        try {
            return new ModelReviewSettings(provider, yaml.text("base_url").orElse(""), yaml.text("model").orElse(""),
                    Duration.ofSeconds(yaml.integer("timeout_seconds").orElse((int) defaults.timeout().toSeconds())),
                    yaml.integer("attempts").orElse(defaults.attempts()),
                    yaml.integer("budget").orElse(defaults.budget()),
                    yaml.decimal("threshold").orElse(defaults.threshold()), new DataPolicy(policy));
        } catch (UserError e) {
            throw new UserError(file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void save(ModelReviewSettings settings) {
        YamlMap previous = Files.exists(file) ? read() : null;
        Map<String, Object> owned = new LinkedHashMap<>();
        owned.put("provider", settings.provider().code());
        owned.put("base_url", settings.baseUrl().isEmpty() ? null : settings.baseUrl());
        owned.put("model", settings.model().isEmpty() ? null : settings.model());
        owned.put("timeout_seconds", (int) settings.timeout().toSeconds());
        owned.put("attempts", settings.attempts());
        owned.put("budget", settings.budget());
        owned.put("threshold", settings.threshold());
        Map<String, String> policy = new LinkedHashMap<>();
        settings.policy().fields().forEach((field, rule) -> policy.put(field, rule.name().toLowerCase(Locale.ROOT)));
        owned.put("data_policy", policy);
        try {
            AtomicFile.write(file, YamlText.write(owned, previous));
        } catch (IOException e) {
            throw new UncheckedIOException("writing " + file, e);
        }
    }

    private YamlMap read() {
        try {
            return YamlMap.read(file);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + file, e);
        }
    }
}
