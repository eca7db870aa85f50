package io.lakefront.ui.identity;

/** How many scored pairs fall in each band: merged, sent to review, rejected. */
public record BandCounts(long match, long review, long nonMatch) {
    public long total() {
        return match + review + nonMatch;
    }
}
