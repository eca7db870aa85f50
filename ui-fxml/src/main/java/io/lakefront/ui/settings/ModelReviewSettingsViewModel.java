package io.lakefront.ui.settings;

import io.lakefront.domain.UserError;
import io.lakefront.domain.governance.Actor;
import io.lakefront.domain.governance.Permission;
import io.lakefront.domain.identity.review.ConfigureModelReview;
import io.lakefront.domain.identity.review.DataPolicy;
import io.lakefront.domain.identity.review.FieldPolicy;
import io.lakefront.domain.identity.review.ModelReviewSettings;
import io.lakefront.domain.identity.review.ModelReviewSettings.Provider;
import io.lakefront.domain.identity.review.ModelVerdict;
import io.lakefront.domain.task.TaskExecutor;
import io.lakefront.ui.common.Formats;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Settings screen's language-model card: the provider form, the API key (written, never shown),
 * the data policy per field, "Test connection" and Save — and the line that says what happens to the
 * review band with the settings saved now. Loading, saving and testing run in the background.
 */
public final class ModelReviewSettingsViewModel {
    public static final String NO_MODEL = "No language model configured — review band goes straight to people.";

    /** One field of the data policy and what of it may leave the machine. */
    public static final class PolicyRow {
        private final String field;
        private final ObjectProperty<FieldPolicy> policy;

        PolicyRow(String field, FieldPolicy policy) {
            this.field = field;
            this.policy = new SimpleObjectProperty<>(this, "policy", policy);
        }

        public String field() { return field; }
        public ObjectProperty<FieldPolicy> policyProperty() { return policy; }
    }

    private final ConfigureModelReview configure;
    private final Actor actor;
    private final TaskExecutor tasks;

    private final ObjectProperty<Provider> provider = new SimpleObjectProperty<>(this, "provider", Provider.NONE);
    private final StringProperty baseUrl = new SimpleStringProperty(this, "baseUrl", "");
    private final StringProperty model = new SimpleStringProperty(this, "model", "");
    private final StringProperty timeoutSeconds = new SimpleStringProperty(this, "timeoutSeconds", "60");
    private final StringProperty attempts = new SimpleStringProperty(this, "attempts", "3");
    private final StringProperty budget = new SimpleStringProperty(this, "budget", "200");
    private final StringProperty threshold = new SimpleStringProperty(this, "threshold", "0.90");
    private final StringProperty apiKey = new SimpleStringProperty(this, "apiKey", "");
    private final ObservableList<PolicyRow> policies = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper keyStored = new ReadOnlyBooleanWrapper(this, "keyStored");
    private final ReadOnlyBooleanWrapper configured = new ReadOnlyBooleanWrapper(this, "configured");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", NO_MODEL);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

    public ModelReviewSettingsViewModel(ConfigureModelReview configure, Actor actor, TaskExecutor tasks) {
        this.configure = configure;
        this.actor = actor;
        this.tasks = tasks;
        showForm(ModelReviewSettings.none());
    }

    private record Loaded(ModelReviewSettings settings, boolean keyStored) {
    }

    public void load() {
        busy.set(true);
        tasks.submit("Loading the language-model settings",
                        context -> new Loaded(configure.settings(actor), configure.hasApiKey(actor)))
                .result()
                .whenComplete((loaded, error) -> {
                    busy.set(false);
                    if (error != null) {
                        problem.set("Could not read the language-model settings: " + Formats.problem(error));
                        return;
                    }
                    problem.set("");
                    showForm(loaded.settings());
                    showSaved(loaded.settings(), loaded.keyStored());
                });
    }

    /** Saves the form (and the typed key, which is then cleared from the form). */
    public void save() {
        ModelReviewSettings settings;
        try {
            settings = form();
        } catch (UserError e) {
            problem.set(e.getMessage());
            return;
        }
        Optional<String> key = apiKey.get().isBlank() ? Optional.empty() : Optional.of(apiKey.get());
        busy.set(true);
        message.set("");
        tasks.submit("Saving the language-model settings", context -> {
                    configure.save(actor, settings, key);
                    return configure.hasApiKey(actor);
                })
                .result()
                .whenComplete((stored, error) -> {
                    busy.set(false);
                    if (error != null) {
                        problem.set("Not saved: " + Formats.problem(error));
                        return;
                    }
                    problem.set("");
                    apiKey.set("");
                    showSaved(settings, stored);
                    message.set("Saved in " + configure.location()
                            + (key.isPresent() ? "; the API key is stored encrypted." : "."));
                });
    }

    /** Sends a made-up pair with the settings as they are in the form (nothing is saved). */
    public void testConnection() {
        ModelReviewSettings settings;
        try {
            settings = form();
        } catch (UserError e) {
            problem.set(e.getMessage());
            return;
        }
        if (!settings.configured()) {
            problem.set("Choose a provider first: with none, the review band goes straight to people.");
            return;
        }
        Optional<String> key = apiKey.get().isBlank() ? Optional.empty() : Optional.of(apiKey.get());
        busy.set(true);
        message.set("Asking " + settings.modelName() + " about a made-up pair…");
        tasks.submit("Testing the language model", context -> configure.testConnection(actor, settings, key))
                .result()
                .whenComplete((verdict, error) -> {
                    busy.set(false);
                    if (error != null) {
                        message.set("");
                        problem.set("Test failed: " + Formats.problem(error));
                        return;
                    }
                    problem.set("");
                    message.set(describe(verdict));
                });
    }

    static String describe(ModelVerdict verdict) {
        return String.format(Locale.ROOT, "Connected: %s answered %s (confidence %.2f) — %s", verdict.model(),
                verdict.verdict().name().toLowerCase(Locale.ROOT), verdict.confidence(), verdict.rationale());
    }

    /** The form as settings; a bad number or URL is a {@link UserError} naming the field. */
    ModelReviewSettings form() {
        Map<String, FieldPolicy> rules = new LinkedHashMap<>();
        for (PolicyRow row : policies) {
            rules.put(row.field(), row.policyProperty().get());
        }
        return new ModelReviewSettings(provider.get(), baseUrl.get(), model.get(),
                Duration.ofSeconds(whole("Timeout", timeoutSeconds.get())), whole("Attempts", attempts.get()),
                whole("Budget", budget.get()), decimal("Threshold", threshold.get()), new DataPolicy(rules));
    }

    private void showForm(ModelReviewSettings settings) {
        provider.set(settings.provider());
        baseUrl.set(settings.baseUrl());
        model.set(settings.model());
        timeoutSeconds.set(Long.toString(settings.timeout().toSeconds()));
        attempts.set(Integer.toString(settings.attempts()));
        budget.set(Integer.toString(settings.budget()));
        threshold.set(String.format(Locale.ROOT, "%.2f", settings.threshold()));
        policies.setAll(settings.policy().fields().entrySet().stream()
                .map(e -> new PolicyRow(e.getKey(), e.getValue())).toList());
    }

    private void showSaved(ModelReviewSettings settings, boolean stored) {
        keyStored.set(stored);
        configured.set(settings.configured());
        if (!settings.configured()) {
            status.set(NO_MODEL);
            return;
        }
        status.set(String.format(Locale.ROOT, "%s reviews the band first: open pairs go to it (at most %d a run); "
                        + "same or different at confidence %.2f or more settles a pair; unsure, low-confidence and "
                        + "failed answers go to people.", settings.modelName(), settings.budget(), settings.threshold()));
    }

    private static int whole(String field, String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new UserError(field + ": '" + text + "' is not a whole number");
        }
    }

    private static double decimal(String field, String text) {
        try {
            return Double.parseDouble(text.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new UserError(field + ": '" + text + "' is not a number");
        }
    }

    /** Changing settings decides what leaves the machine: administrators only. */
    public boolean canEdit() {
        return actor.may(Permission.ADMINISTER);
    }

    public ObjectProperty<Provider> providerProperty() { return provider; }
    public StringProperty baseUrlProperty() { return baseUrl; }
    public StringProperty modelProperty() { return model; }
    public StringProperty timeoutSecondsProperty() { return timeoutSeconds; }
    public StringProperty attemptsProperty() { return attempts; }
    public StringProperty budgetProperty() { return budget; }
    public StringProperty thresholdProperty() { return threshold; }
    /** The key typed into the form; never filled from the store. */
    public StringProperty apiKeyProperty() { return apiKey; }
    public ObservableList<PolicyRow> policies() { return policies; }
    public ReadOnlyBooleanProperty keyStoredProperty() { return keyStored.getReadOnlyProperty(); }
    /** True when the saved settings name a model. */
    public ReadOnlyBooleanProperty configuredProperty() { return configured.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    /** What happens to the review band with the saved settings. */
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    public ReadOnlyStringProperty problemProperty() { return problem.getReadOnlyProperty(); }
}
