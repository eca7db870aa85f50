package io.lakefront.ui.identity;

/**
 * One bar of a pair's waterfall: a comparison, the level the two values reached, the weight it adds
 * (term-frequency adjustment included), and the running total before and after it — the bar spans
 * from one to the other.
 */
public record WaterfallRow(String comparison, String level, String valueA, String valueB, double weight,
                           double termFrequency, double before, double after) {
    public String weightText() {
        return Bands.weight(weight);
    }

    /** The adjustment for a common or rare value, when there is one. */
    public String termFrequencyText() {
        return termFrequency == 0 ? "" : Bands.weight(termFrequency);
    }

    public String totalText() {
        return Bands.weight(after);
    }
}
