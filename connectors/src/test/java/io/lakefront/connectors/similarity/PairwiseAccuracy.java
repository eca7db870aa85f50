package io.lakefront.connectors.similarity;

import io.lakefront.domain.identity.RecordKey;
import io.lakefront.domain.identity.Resolution;
import io.lakefront.domain.identity.ScoredPairs;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Pairwise precision, recall and F1 of a clustering against ground truth, and the pairs
 * completeness of blocking (the share of true pairs that were compared at all).
 */
record PairwiseAccuracy(long truePairs, long predictedPairs, long correctPairs, double pairsCompleteness) {

    static PairwiseAccuracy of(Resolution resolution, Map<String, String> truthByRecordId) {
        io.lakefront.domain.identity.PairwiseAccuracy counts = io.lakefront.domain.identity.PairwiseAccuracy.of(
                resolution.assignments(), key -> truthByRecordId.get(key.recordId()));
        long truePairs = counts.truePairs();
        long predicted = counts.predictedPairs();
        long correct = counts.correctPairs();
        ScoredPairs scored = resolution.pairs();
        Set<String> seen = new HashSet<>();
        long blockedTrue = 0;
        for (int i = 0; i < scored.size(); i++) {
            RecordKey a = scored.recordA(i);
            RecordKey b = scored.recordB(i);
            if (truthByRecordId.get(a.recordId()).equals(truthByRecordId.get(b.recordId()))
                    && seen.add(a.recordId() + "|" + b.recordId())) {
                blockedTrue++;
            }
        }
        return new PairwiseAccuracy(truePairs, predicted, correct, truePairs == 0 ? 1 : (double) blockedTrue / truePairs);
    }

    double precision() {
        return predictedPairs == 0 ? 1 : (double) correctPairs / predictedPairs;
    }

    double recall() {
        return truePairs == 0 ? 1 : (double) correctPairs / truePairs;
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    @Override
    public String toString() {
        return String.format("precision %.4f, recall %.4f, F1 %.4f, pairs completeness %.4f (true pairs %d, predicted %d)",
                precision(), recall(), f1(), pairsCompleteness, truePairs, predictedPairs);
    }
}
