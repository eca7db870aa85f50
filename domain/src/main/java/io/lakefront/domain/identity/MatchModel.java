package io.lakefront.domain.identity;

import java.util.List;

/**
 * A trained Fellegi–Sunter model: the prior probability that two random records match, and for
 * each comparison level m (share of matching pairs at that level) and u (share of non-matching
 * pairs). A level's match weight is log2(m/u); a pair's weight is the prior's log odds plus the
 * weights of its levels, plus the term-frequency adjustments of exact matches on common or rare
 * values.
 */
public final class MatchModel {
    private final List<Comparison> comparisons;
    private final double prior;
    private final double[][] m;
    private final double[][] u;
    private final List<ValueFrequencies> frequencies;

    MatchModel(List<Comparison> comparisons, double prior, double[][] m, double[][] u,
               List<ValueFrequencies> frequencies) {
        this.comparisons = List.copyOf(comparisons);
        this.prior = prior;
        this.m = m;
        this.u = u;
        this.frequencies = List.copyOf(frequencies);
    }

    public List<Comparison> comparisons() {
        return comparisons;
    }

    /** Probability that two records drawn at random are the same person. */
    public double prior() {
        return prior;
    }

    public double priorWeight() {
        return log2(prior / (1 - prior));
    }

    public double m(int comparison, int level) {
        return m[comparison][level];
    }

    public double u(int comparison, int level) {
        return u[comparison][level];
    }

    /** log2(m/u); 0 for the "missing" level, which says nothing either way. */
    public double weight(int comparison, int level) {
        return level == 0 ? 0 : log2(m[comparison][level] / u[comparison][level]);
    }

    /**
     * For an exact match on {@code value}: how much more (positive) or less (negative) it weighs
     * than an exact match on an average value, as u for this value is its frequency. 0 when the
     * comparison does not use term frequencies.
     */
    public double termFrequencyAdjustment(int comparison, String value) {
        Comparison spec = comparisons.get(comparison);
        int exact = spec.exactLevel();
        ValueFrequencies values = frequencies.get(comparison);
        if (!spec.termFrequency() || exact < 0 || value == null || values.seen() == 0) {
            return 0;
        }
        double frequency = (double) Math.max(1, values.count(value)) / values.seen();
        return log2(u[comparison][exact] / frequency);
    }

    public static double probability(double matchWeight) {
        double odds = Math.pow(2, matchWeight);
        return Double.isInfinite(odds) ? 1.0 : odds / (1 + odds);
    }

    static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
