package io.lakefront.domain.identity.review;

import java.util.Optional;

/**
 * Port: verdicts by the fingerprint of the question asked ({@link PairForReview#fingerprint}), so
 * that the same pair with the same evidence is never sent to a model twice.
 */
public interface VerdictCache {
    Optional<ModelVerdict> cached(String fingerprint);

    /** Records the verdict (as {@link ModelVerdicts#record} does) under the question's fingerprint. */
    void remember(String fingerprint, ModelVerdict verdict);
}
