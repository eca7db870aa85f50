package io.lakefront.domain.identity;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a run did, for the Identity screen and the benchmark: the pairs each blocking rule added
 * beyond the deterministic rules and the rules before it (in rule order), skipped blocks, generic
 * values ignored, training, guards that fired and time per phase (milliseconds, in phase order).
 */
public record ResolutionDiagnostics(int records, long candidatePairs, Map<String, Long> pairsPerRule,
                                    List<SkippedBlock> skippedBlocks, long deterministicPairs,
                                    List<SharedValue> sharedValues, long randomPairs, List<TrainingRun> training,
                                    int edgesCut, int clustersKept, List<String> constraintProblems,
                                    Map<String, Long> millisPerPhase) {
    public ResolutionDiagnostics {
        pairsPerRule = Collections.unmodifiableMap(new LinkedHashMap<>(pairsPerRule));
        skippedBlocks = List.copyOf(skippedBlocks);
        sharedValues = List.copyOf(sharedValues);
        training = List.copyOf(training);
        constraintProblems = List.copyOf(constraintProblems);
        millisPerPhase = Collections.unmodifiableMap(new LinkedHashMap<>(millisPerPhase));
    }

    /** Share of all possible pairs that blocking spared from comparison. */
    public double reductionRatio() {
        double all = (double) records * (records - 1) / 2;
        return all == 0 ? 0 : 1 - candidatePairs / all;
    }
}
