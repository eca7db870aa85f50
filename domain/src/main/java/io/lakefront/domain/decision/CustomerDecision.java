package io.lakefront.domain.decision;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Everything decided for one customer at one moment: one decision per campaign considered. */
public record CustomerDecision(String customerId, Instant decidedAt, List<CampaignDecision> decisions) {
    public CustomerDecision {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(decidedAt, "decidedAt");
        decisions = List.copyOf(decisions);
    }

    public Optional<CampaignDecision> decisionFor(String campaign) {
        return decisions.stream().filter(d -> d.campaign().equals(campaign)).findFirst();
    }

    /** The decisions that send. */
    public List<CampaignDecision> sends() {
        return decisions.stream().filter(d -> d.outcome() == Outcome.SEND).toList();
    }
}
