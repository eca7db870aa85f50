package io.lakefront.domain.identity.review;

import io.lakefront.domain.governance.Actor;
import io.lakefront.domain.governance.AuditEntry;
import io.lakefront.domain.governance.AuditLog;
import io.lakefront.domain.governance.Permission;
import io.lakefront.domain.governance.SecretStore;
import io.lakefront.domain.identity.RecordKey;
import io.lakefront.domain.identity.StandardFields;
import io.lakefront.domain.time.WorkspaceClock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads and changes the model stage's settings and its API key, and tests a connection. Changing
 * what may leave the machine is an administrator's call and goes to the audit log (the key never
 * does). The connection test sends a made-up pair, never customer data.
 */
public final class ConfigureModelReview {
    /** The made-up pair of the connection test: obviously the same person. */
    static final PairForReview TEST_PAIR = new PairForReview(new RecordKey("test", "1"), new RecordKey("test", "2"),
            Map.of(StandardFields.GIVEN_NAME, "Ada", StandardFields.FAMILY_NAME, "Lovelace",
                    StandardFields.BIRTH_DATE, "1815-**-**", StandardFields.CITY, "London"),
            Map.of(StandardFields.GIVEN_NAME, "Ada", StandardFields.FAMILY_NAME, "Lovelace",
                    StandardFields.BIRTH_DATE, "1815-**-**", StandardFields.CITY, "London"),
            List.of(new PairForReview.Evidence("given_name", "exact", 3.1),
                    new PairForReview.Evidence("family_name", "exact", 6.2)), 9.3, 0.998);

    private final ModelReviewSettingsStore store;
    private final SecretStore secrets;
    private final PairReviewers reviewers;
    private final AuditLog audit;
    private final WorkspaceClock clock;

    public ConfigureModelReview(ModelReviewSettingsStore store, SecretStore secrets, PairReviewers reviewers,
                                AuditLog audit, WorkspaceClock clock) {
        this.store = store;
        this.secrets = secrets;
        this.reviewers = reviewers;
        this.audit = audit;
        this.clock = clock;
    }

    public ModelReviewSettings settings(Actor actor) {
        actor.require(Permission.VIEW_WORKSPACE);
        return store.load();
    }

    public boolean hasApiKey(Actor actor) {
        actor.require(Permission.VIEW_WORKSPACE);
        return secrets.has(ModelReviewSettings.API_KEY_SECRET);
    }

    public String location() {
        return store.location();
    }

    /**
     * @param apiKey a new key to store; empty keeps the stored one; a blank string forgets it
     */
    public void save(Actor actor, ModelReviewSettings settings, Optional<String> apiKey) {
        actor.require(Permission.ADMINISTER);
        store.save(settings);
        String keyNote = "";
        if (apiKey.isPresent()) {
            if (apiKey.get().isBlank()) {
                secrets.remove(ModelReviewSettings.API_KEY_SECRET);
                keyNote = "; API key removed";
            } else {
                secrets.put(ModelReviewSettings.API_KEY_SECRET, apiKey.get().strip());
                keyNote = "; API key replaced";
            }
        }
        audit.append(new AuditEntry(clock.now(), actor.name(), "settings.llm_changed", store.location(),
                describe(settings) + keyNote));
    }

    /**
     * Sends the made-up test pair with these settings (and this key, or the stored one).
     *
     * @throws PairReviewer.ReviewFailed when no valid verdict came back
     */
    public ModelVerdict testConnection(Actor actor, ModelReviewSettings settings, Optional<String> apiKey) {
        actor.require(Permission.VIEW_WORKSPACE);
        Optional<String> key = apiKey.filter(k -> !k.isBlank()).or(() -> secrets.get(ModelReviewSettings.API_KEY_SECRET));
        return reviewers.open(settings, key).review(TEST_PAIR);
    }

    static String describe(ModelReviewSettings settings) {
        if (!settings.configured()) {
            return "no model: the review band goes straight to people";
        }
        return String.format(Locale.ROOT, "%s at %s, threshold %.2f, budget %d, policy %s", settings.modelName(),
                settings.baseUrl().isEmpty() ? "the provider's endpoint" : settings.baseUrl(), settings.threshold(),
                settings.budget(), settings.policy().fields().entrySet().stream()
                        .map(e -> e.getKey() + "=" + e.getValue().name().toLowerCase(Locale.ROOT))
                        .collect(Collectors.joining(", ")));
    }
}
