package io.lakefront.domain.identity;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Pairwise precision, recall and F1 of a clustering against ground truth: a pair of records is
 * predicted when they share a cluster and true when they share a truth label. Counted from group
 * sizes (n·(n−1)/2 per group), so a million records cost no pair lists.
 */
public record PairwiseAccuracy(long truePairs, long predictedPairs, long correctPairs) {

    /**
     * @param clusterOf each record's cluster
     * @param truthOf   each record's true entity; records it maps to {@code null} are left out
     */
    public static <K> PairwiseAccuracy of(Map<K, ?> clusterOf, Function<? super K, String> truthOf) {
        Map<Object, Long> clusterSizes = new HashMap<>();
        Map<String, Long> truthSizes = new HashMap<>();
        Map<Map.Entry<Object, String>, Long> bothSizes = new HashMap<>();
        clusterOf.forEach((record, cluster) -> {
            String truth = truthOf.apply(record);
            if (truth == null) {
                return;
            }
            clusterSizes.merge(cluster, 1L, Long::sum);
            truthSizes.merge(truth, 1L, Long::sum);
            bothSizes.merge(Map.entry(cluster, truth), 1L, Long::sum);
        });
        return new PairwiseAccuracy(pairs(truthSizes), pairs(clusterSizes), pairs(bothSizes));
    }

    public double precision() {
        return predictedPairs == 0 ? 1 : (double) correctPairs / predictedPairs;
    }

    public double recall() {
        return truePairs == 0 ? 1 : (double) correctPairs / truePairs;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "precision %.4f, recall %.4f, F1 %.4f (true pairs %d, predicted %d)",
                precision(), recall(), f1(), truePairs, predictedPairs);
    }

    private static long pairs(Map<?, Long> sizes) {
        long total = 0;
        for (long n : sizes.values()) {
            total += n * (n - 1) / 2;
        }
        return total;
    }
}
