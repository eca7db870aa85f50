package io.lakefront.domain.identity;

/**
 * Match-weight cut-offs (log2 of the Bayes factor including the prior). A pair at or above
 * {@code autoMatch} is merged; at or above {@code review} it goes to review; below it is rejected
 * as a non-match.
 */
public record Thresholds(double autoMatch, double review) {
    public Thresholds {
        if (review > autoMatch) {
            throw new IllegalArgumentException("review threshold " + review + " is above auto-match " + autoMatch);
        }
    }

    public MatchBand bandOf(double weight) {
        if (weight >= autoMatch) {
            return MatchBand.MATCH;
        }
        return weight >= review ? MatchBand.REVIEW : MatchBand.NON_MATCH;
    }
}
