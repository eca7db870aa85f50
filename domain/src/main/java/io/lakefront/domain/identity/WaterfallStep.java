package io.lakefront.domain.identity;

/**
 * One bar of a match-weight waterfall: a comparison, the level the pair reached, the two values
 * compared, the level's weight log2(m/u) and the term-frequency adjustment on top of it.
 */
public record WaterfallStep(String comparison, String level, String valueA, String valueB, double weight,
                            double termFrequencyAdjustment) {
    public double total() {
        return weight + termFrequencyAdjustment;
    }
}
