package io.lakefront.domain.identity;

import java.util.List;
import java.util.Map;

/**
 * What a run did, for the Identity screen and the benchmark: pairs per blocking rule, skipped
 * blocks, generic values ignored, training, guards that fired and time per phase (milliseconds).
 */
public record ResolutionDiagnostics(int records, long candidatePairs, Map<String, Long> pairsPerRule,
                                    List<SkippedBlock> skippedBlocks, long deterministicPairs,
                                    List<SharedValue> sharedValues, long randomPairs, List<TrainingRun> training,
                                    int edgesCut, int clustersKept, List<String> constraintProblems,
                                    Map<String, Long> millisPerPhase) {
    public ResolutionDiagnostics {
        pairsPerRule = Map.copyOf(pairsPerRule);
        skippedBlocks = List.copyOf(skippedBlocks);
        sharedValues = List.copyOf(sharedValues);
        training = List.copyOf(training);
        constraintProblems = List.copyOf(constraintProblems);
        millisPerPhase = Map.copyOf(millisPerPhase);
    }

    /** Share of all possible pairs that blocking spared from comparison. */
    public double reductionRatio() {
        double all = (double) records * (records - 1) / 2;
        return all == 0 ? 0 : 1 - candidatePairs / all;
    }
}
