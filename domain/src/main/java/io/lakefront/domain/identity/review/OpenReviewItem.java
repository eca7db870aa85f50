package io.lakefront.domain.identity.review;

import io.lakefront.domain.identity.RecordKey;
import java.util.Objects;

/** An item of the review band still waiting for a decision: its id, the pair and the run's match weight. */
public record OpenReviewItem(long id, RecordKey a, RecordKey b, double matchWeight, double matchProbability) {
    public OpenReviewItem {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
    }
}
