package io.lakefront.ui.identity;

import io.lakefront.domain.identity.MatchBand;

/** Which pairs the pairs table lists: one band as the run decided it, or all. */
public enum PairFilter {
    REVIEW("Review", MatchBand.REVIEW),
    MATCH("Match", MatchBand.MATCH),
    NON_MATCH("Non-match", MatchBand.NON_MATCH),
    ALL("All pairs", null);

    private final String label;
    private final MatchBand band;

    PairFilter(String label, MatchBand band) {
        this.label = label;
        this.band = band;
    }

    boolean accepts(MatchBand pairBand) {
        return band == null || band == pairBand;
    }

    @Override
    public String toString() {
        return label;
    }
}
