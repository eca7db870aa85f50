package io.lakefront.ui.fakes;

import io.lakefront.domain.governance.AuditLog;
import io.lakefront.domain.governance.SecretStore;
import io.lakefront.domain.identity.review.ConfigureModelReview;
import io.lakefront.domain.identity.review.ModelReviewSettings;
import io.lakefront.domain.identity.review.ModelReviewSettingsStore;
import io.lakefront.domain.identity.review.ModelVerdict;
import io.lakefront.domain.identity.review.PairReviewer;
import io.lakefront.domain.identity.review.Verdict;
import io.lakefront.domain.time.WorkspaceClock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The model stage's settings, secrets and reviewers in memory, behind the real
 * {@link ConfigureModelReview}. The reviewer answers "same" when the key it was given is
 * {@link #GOOD_KEY} (or no key is needed), else fails as a wrong key would.
 */
public final class InMemoryModelReview {
    public static final String GOOD_KEY = "sk-good";

    public ModelReviewSettings settings = ModelReviewSettings.none();
    public final Map<String, String> secrets = new HashMap<>();
    /** The keys each connection test was opened with. */
    public final List<Optional<String>> openedWith = new ArrayList<>();
    private final ConfigureModelReview configure;

    public InMemoryModelReview(AuditLog audit, WorkspaceClock clock) {
        ModelReviewSettingsStore store = new ModelReviewSettingsStore() {
            @Override public ModelReviewSettings load() { return settings; }
            @Override public void save(ModelReviewSettings changed) { settings = changed; }
            @Override public String location() { return "/tmp/lakefront-test-workspace/llm.yaml"; }
        };
        SecretStore secretStore = new SecretStore() {
            @Override public Optional<String> get(String name) { return Optional.ofNullable(secrets.get(name)); }
            @Override public void put(String name, String value) { secrets.put(name, value); }
            @Override public void remove(String name) { secrets.remove(name); }
        };
        this.configure = new ConfigureModelReview(store, secretStore, (chosen, key) -> {
            openedWith.add(key);
            return new PairReviewer() {
                @Override public String model() { return chosen.modelName(); }
                @Override public ModelVerdict review(io.lakefront.domain.identity.review.PairForReview pair) {
                    if (chosen.provider().usuallyNeedsKey() && !key.equals(Optional.of(GOOD_KEY))) {
                        throw new ReviewFailed(model() + ": Incorrect API key provided", 1, null);
                    }
                    return new ModelVerdict(pair.a(), pair.b(), Verdict.SAME, 0.97, "Same name, birth year and city.",
                            model(), clock.now());
                }
            };
        }, audit, clock);
    }

    public ConfigureModelReview configure() {
        return configure;
    }
}
