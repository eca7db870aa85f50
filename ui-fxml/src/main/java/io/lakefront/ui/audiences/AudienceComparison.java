package io.lakefront.ui.audiences;

import io.lakefront.domain.audience.AudienceInsights;

/** Two audiences side by side, each suppressed: how many are in both, and each one's insights. */
public record AudienceComparison(long overlap, AudienceInsights a, AudienceInsights b) {
    public long onlyA() {
        return a.size() - overlap;
    }

    public long onlyB() {
        return b.size() - overlap;
    }
}
