package io.lakefront.domain.identity;

/** What the engine decided for a scored pair. */
public enum MatchBand {
    /** Merged automatically. */
    MATCH,
    /** Close: a person (or a reviewer agent) decides. */
    REVIEW,
    NON_MATCH;

    /** The word used in {@code pairs.csv} (CONTRACTS.md). */
    public String csvName() {
        return switch (this) {
            case MATCH -> "match";
            case REVIEW -> "review";
            case NON_MATCH -> "non_match";
        };
    }
}
