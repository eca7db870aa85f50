package io.lakefront.domain.identity;

import java.util.List;

/** What expectation–maximisation did on the pairs of one training blocking rule. */
public record TrainingRun(String rule, long pairs, int iterations, double matchShare, List<String> comparisonsTrained) {
    public TrainingRun {
        comparisonsTrained = List.copyOf(comparisonsTrained);
    }
}
