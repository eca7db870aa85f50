package io.lakefront.ui.sources;

/**
 * One sample value of the selected column, before and after its rule.
 *
 * @param row    the 1-based row of the staged sample
 * @param after  the canonical value, or {@code —} when the value is missing or invalid
 * @param note   the reason an invalid value would be quarantined, {@code empty} for a missing one, else empty
 */
public record NormalizedValueRow(int row, String before, String after, State state, String note) {
    /** What the rule did to the value. */
    public enum State { UNCHANGED, CHANGED, INVALID, MISSING }

    public boolean invalid() {
        return state == State.INVALID;
    }
}
