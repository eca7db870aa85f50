package io.lakefront.domain.identity.review;

import io.lakefront.domain.identity.RecordKey;
import java.util.Optional;

/**
 * Port: the language model's verdicts on review pairs, kept so that the review queue can show them
 * beside the evidence and so that a pair is not sent to a model twice. Append-only: the latest
 * verdict of a pair is the one shown.
 */
public interface ModelVerdicts {
    void record(ModelVerdict verdict);

    /** The latest verdict on the pair (in either order), if a model has assessed it. */
    Optional<ModelVerdict> latest(RecordKey x, RecordKey y);

    /** No model stage configured: nothing is recorded, nothing is found. */
    static ModelVerdicts none() {
        return new ModelVerdicts() {
            @Override
            public void record(ModelVerdict verdict) {
                throw new IllegalStateException("no language-model stage is configured in this workspace");
            }

            @Override
            public Optional<ModelVerdict> latest(RecordKey x, RecordKey y) {
                return Optional.empty();
            }
        };
    }
}
