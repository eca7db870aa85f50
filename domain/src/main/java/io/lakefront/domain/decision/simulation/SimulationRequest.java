package io.lakefront.domain.decision.simulation;

import io.lakefront.domain.UserError;
import java.util.Objects;

/**
 * What to simulate: a campaign by name (a draft too), over a sample of at most {@code sampleSize} of the
 * customers its audience selects now; {@code seed} makes the sample repeatable.
 */
public record SimulationRequest(String campaign, int sampleSize, long seed) {
    public static final int DEFAULT_SAMPLE = 1_000;
    public static final int MAX_SAMPLE = 1_000_000;

    public SimulationRequest {
        Objects.requireNonNull(campaign, "campaign");
        if (campaign.isBlank()) {
            throw new UserError("name the campaign to simulate");
        }
        if (sampleSize < 1 || sampleSize > MAX_SAMPLE) {
            throw new UserError("sample size " + sampleSize + " is not between 1 and " + MAX_SAMPLE);
        }
    }

    public static SimulationRequest of(String campaign) {
        return new SimulationRequest(campaign, DEFAULT_SAMPLE, 1L);
    }
}
