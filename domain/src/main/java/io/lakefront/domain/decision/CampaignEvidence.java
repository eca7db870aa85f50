package io.lakefront.domain.decision;

/**
 * What a campaign has shown so far: how many of its messages went out and how many customers converted
 * after one. The engine smooths a campaign's propensity from its prior (the brief's target rate) towards
 * {@code conversions / sends} as sends accumulate.
 */
public record CampaignEvidence(long sends, long conversions) {
    public static final CampaignEvidence NONE = new CampaignEvidence(0, 0);

    public CampaignEvidence {
        if (sends < 0 || conversions < 0) {
            throw new IllegalArgumentException("evidence cannot be negative: " + sends + " sends, " + conversions + " conversions");
        }
    }
}
