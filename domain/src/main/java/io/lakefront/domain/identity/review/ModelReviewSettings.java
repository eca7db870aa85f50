package io.lakefront.domain.identity.review;

import io.lakefront.domain.UserError;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * How the workspace's model stage is set up: which provider and model, where it listens, how long
 * to wait, how often to ask again, how many pairs one run may send, the confidence from which a
 * verdict settles a pair, and what of a record may leave the machine. The API key is not here: it
 * is a secret ({@link io.lakefront.domain.governance.SecretStore}, name {@link #API_KEY_SECRET}).
 *
 * @param baseUrl   the endpoint; empty means the provider's usual one
 * @param attempts  tries per pair (the first and its retries) before the pair is left for people
 * @param budget    the most pairs one run sends to the model (cache hits do not count)
 * @param threshold the confidence (0..1) from which a same/different verdict settles the pair
 */
public record ModelReviewSettings(Provider provider, String baseUrl, String model, Duration timeout, int attempts,
                                  int budget, double threshold, DataPolicy policy) {
    public static final String API_KEY_SECRET = "llm.api-key";
    public static final String HASH_SALT_SECRET = "llm.hash-salt";

    /** Where the model runs; {@code NONE} sends the review band straight to people. */
    public enum Provider {
        NONE("none"), OPENAI_COMPATIBLE("openai"), OLLAMA("ollama"), ANTHROPIC("anthropic");

        private final String code;

        Provider(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        public static Provider ofCode(String text) {
            String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
            for (Provider provider : values()) {
                if (provider.code.equals(wanted) || provider.name().toLowerCase(Locale.ROOT).equals(wanted)) {
                    return provider;
                }
            }
            throw new UserError("provider: '" + text + "' is not one of none, openai, ollama, anthropic");
        }

        /** Whether the provider needs an API key (local servers usually do not). */
        public boolean usuallyNeedsKey() {
            return this == ANTHROPIC;
        }
    }

    public ModelReviewSettings {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(policy, "policy");
        baseUrl = baseUrl == null ? "" : baseUrl.strip();
        model = model == null ? "" : model.strip();
        if (provider != Provider.NONE && model.isEmpty()) {
            throw new UserError("model: a model name is needed for provider " + provider.code());
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new UserError("timeout: must be more than 0 seconds, got " + timeout.toSeconds());
        }
        if (attempts < 1 || attempts > 10) {
            throw new UserError("attempts: must lie in 1..10, got " + attempts);
        }
        if (budget < 0) {
            throw new UserError("budget: must be 0 or more pairs per run, got " + budget);
        }
        if (!(threshold >= 0.5 && threshold <= 1)) {
            throw new UserError("threshold: a confidence in 0.5..1, got " + threshold);
        }
        if (!baseUrl.isEmpty() && !(baseUrl.startsWith("http://") || baseUrl.startsWith("https://"))) {
            throw new UserError("base_url: '" + baseUrl + "' must start with http:// or https://");
        }
    }

    /** No model: the review band goes straight to people. */
    public static ModelReviewSettings none() {
        return new ModelReviewSettings(Provider.NONE, "", "", Duration.ofSeconds(60), 3, 200, 0.9, DataPolicy.defaults());
    }

    public boolean configured() {
        return provider != Provider.NONE;
    }

    /** {@code provider/model}, the name decisions carry after {@code model:}. */
    public String modelName() {
        return configured() ? provider.code() + "/" + model : "none";
    }

    public ModelReviewSettings withProvider(Provider newProvider, String newBaseUrl, String newModel) {
        return new ModelReviewSettings(newProvider, newBaseUrl, newModel, timeout, attempts, budget, threshold, policy);
    }

    public ModelReviewSettings withLimits(Duration newTimeout, int newAttempts, int newBudget, double newThreshold) {
        return new ModelReviewSettings(provider, baseUrl, model, newTimeout, newAttempts, newBudget, newThreshold, policy);
    }

    public ModelReviewSettings withPolicy(DataPolicy newPolicy) {
        return new ModelReviewSettings(provider, baseUrl, model, timeout, attempts, budget, threshold, newPolicy);
    }
}
