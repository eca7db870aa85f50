package io.lakefront.domain.decision.simulation;

import io.lakefront.domain.decision.CampaignDecision;
import io.lakefront.domain.decision.CustomerDecision;
import io.lakefront.domain.decision.CustomerFacts;
import java.util.Objects;

/**
 * One sampled profile of a simulation: the facts the engine read, the stratum it was drawn from and how
 * many qualified customers it stands for, the decision for the simulated campaign, and every other
 * campaign's decision for the same customer (what the Reasoning panel shows).
 *
 * @param weight how many qualified customers of its stratum this profile stands for (1 or more)
 */
public record SimulatedProfile(CustomerFacts facts, String stratum, double weight, CampaignDecision decision,
                               CustomerDecision all) {
    public SimulatedProfile {
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(stratum, "stratum");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(all, "all");
    }

    public String customerId() {
        return facts.customerId();
    }
}
