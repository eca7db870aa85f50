package io.lakefront.domain.identity.review;

import io.lakefront.domain.identity.RecordKey;
import io.lakefront.domain.identity.workspace.StoredPair;
import java.time.Instant;
import java.util.Objects;

/**
 * A language model's assessment of one pair from the review band, after its answer was parsed and
 * validated: the verdict, how confident it said it was (0..1), its one-paragraph rationale, which
 * model gave it and when. {@code a} sorts before {@code b}, as in {@link StoredPair}.
 */
public record ModelVerdict(RecordKey a, RecordKey b, Verdict verdict, double confidence, String rationale,
                           String model, Instant decidedAt) {
    public ModelVerdict {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(decidedAt, "decidedAt");
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must lie in 0..1, got " + confidence);
        }
        rationale = rationale == null ? "" : rationale.strip();
        RecordKey[] ordered = StoredPair.ordered(a, b);
        a = ordered[0];
        b = ordered[1];
    }
}
