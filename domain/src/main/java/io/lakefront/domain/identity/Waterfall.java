package io.lakefront.domain.identity;

import java.util.List;

/**
 * Why a pair scored what it did: the prior first, then every comparison's contribution; the
 * steps add up to {@code matchWeight}. {@code deterministicRule} names the rule that settled the
 * pair outright, or is {@code null}; {@code heldForReview} says why a pair that would have matched
 * was held for review instead ({@link Comparison#reviewIfDifferent()}), or is {@code null}.
 */
public record Waterfall(RecordKey a, RecordKey b, List<WaterfallStep> steps, double matchWeight,
                        double matchProbability, MatchBand band, String deterministicRule, String heldForReview) {
    public Waterfall {
        steps = List.copyOf(steps);
    }

    /** A waterfall of a pair that was not held for review. */
    public Waterfall(RecordKey a, RecordKey b, List<WaterfallStep> steps, double matchWeight, double matchProbability,
                     MatchBand band, String deterministicRule) {
        this(a, b, steps, matchWeight, matchProbability, band, deterministicRule, null);
    }
}
