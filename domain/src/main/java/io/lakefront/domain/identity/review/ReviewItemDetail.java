package io.lakefront.domain.identity.review;

import io.lakefront.domain.identity.workspace.ExplainPair;
import io.lakefront.domain.identity.workspace.LinkDecision;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the steward needs to answer one review item: both records with their clusters, the
 * evidence per compared field, the whole match-weight waterfall (with notes when it was recomputed
 * or the data changed since the run), the model's verdict when a model assessed the pair, and the
 * decisions people already made about either record.
 */
public record ReviewItemDetail(ReviewItem item, ReviewSide a, ReviewSide b, List<FieldEvidence> fields,
                               ExplainPair.Explanation explanation, Optional<ModelVerdict> verdict,
                               List<LinkDecision> decisions) {
    /** What the screen says when no model looked at the pair. */
    public static final String NO_MODEL = "No model reviewed this pair. Without a model the band goes straight to people.";

    public ReviewItemDetail {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(explanation, "explanation");
        fields = List.copyOf(fields);
        verdict = verdict == null ? Optional.empty() : verdict;
        decisions = List.copyOf(decisions);
    }

    public ComparisonPattern pattern() {
        return ComparisonPattern.of(explanation.waterfall());
    }
}
