package io.lakefront.domain.decision.simulation;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A finished simulation: which campaign, at which moment, against which other live campaigns, the
 * sampled profiles in sample order, and the summary. Nothing was sent and no state changed.
 *
 * @param draft     true when the simulated campaign is not approved yet (it competes as if it were)
 * @param competing the other live campaigns considered, by name
 */
public record SimulationResult(String campaign, Instant at, boolean draft, List<String> competing,
                               List<SimulatedProfile> profiles, SimulationSummary summary) {
    public SimulationResult {
        Objects.requireNonNull(campaign, "campaign");
        Objects.requireNonNull(at, "at");
        competing = List.copyOf(competing);
        profiles = List.copyOf(profiles);
        Objects.requireNonNull(summary, "summary");
    }
}
