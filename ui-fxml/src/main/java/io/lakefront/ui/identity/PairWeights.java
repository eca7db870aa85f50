package io.lakefront.ui.identity;

import io.lakefront.domain.identity.ScoredPairs;
import java.util.Arrays;

/**
 * A run's match weights, sorted, so that the threshold sliders can say at once how many pairs each
 * band would hold at any cut-offs — without running resolution again. Pairs a deterministic rule
 * settled are matches whatever their weight, as in the engine.
 */
public final class PairWeights {
    private final double[] modelWeights;
    private final long deterministic;

    private PairWeights(double[] sortedModelWeights, long deterministic) {
        this.modelWeights = sortedModelWeights;
        this.deterministic = deterministic;
    }

    public static PairWeights of(ScoredPairs pairs) {
        double[] weights = new double[pairs.size()];
        int model = 0;
        long settled = 0;
        for (int i = 0; i < pairs.size(); i++) {
            if (pairs.deterministicRule(i) != null) {
                settled++;
            } else {
                weights[model++] = pairs.matchWeight(i);
            }
        }
        double[] sorted = Arrays.copyOf(weights, model);
        Arrays.sort(sorted);
        return new PairWeights(sorted, settled);
    }

    /** For tests and adapters that hold weights already. */
    public static PairWeights of(double[] modelWeights, long deterministic) {
        double[] sorted = modelWeights.clone();
        Arrays.sort(sorted);
        return new PairWeights(sorted, deterministic);
    }

    /**
     * The band sizes at these cut-offs: at or above {@code autoMatch} match, at or above
     * {@code review} review, below it non-match (the engine's {@code Thresholds.bandOf}).
     */
    public BandCounts counts(double autoMatch, double review) {
        if (review > autoMatch) {
            throw new IllegalArgumentException("review threshold " + review + " is above auto-match " + autoMatch);
        }
        long belowAuto = firstAtOrAbove(autoMatch);
        long belowReview = firstAtOrAbove(review);
        long matches = modelWeights.length - belowAuto + deterministic;
        return new BandCounts(matches, belowAuto - belowReview, belowReview);
    }

    public long size() {
        return modelWeights.length + deterministic;
    }

    public long deterministic() {
        return deterministic;
    }

    /** The lowest model weight, or 0 when the model scored no pair. */
    public double lowest() {
        return modelWeights.length == 0 ? 0 : modelWeights[0];
    }

    /** The highest model weight, or 0 when the model scored no pair. */
    public double highest() {
        return modelWeights.length == 0 ? 0 : modelWeights[modelWeights.length - 1];
    }

    /** Index of the first weight {@code >= value} (binary search over the sorted weights). */
    private int firstAtOrAbove(double value) {
        int low = 0;
        int high = modelWeights.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (modelWeights[mid] < value) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
