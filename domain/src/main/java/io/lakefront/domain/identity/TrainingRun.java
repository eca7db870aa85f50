package io.lakefront.domain.identity;

import java.util.List;

/** What expectation–maximisation did on the pairs of one training blocking rule. */
public record TrainingRun(String rule, long pairs, int iterations, double matchShare, List<String> comparisonsTrained) {
    /** The {@code rule} of the step that re-estimates m from people's decisions (the feedback loop). */
    public static final String FROM_DECISIONS = "people's decisions";

    public TrainingRun {
        comparisonsTrained = List.copyOf(comparisonsTrained);
    }
}
