package io.lakefront.domain.decision;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Decides, for one customer at one moment, what every live campaign does with them: pure (no I/O, no
 * clock, no randomness beyond deterministic hashes of its inputs), so the same facts, campaigns and
 * moment always give the same decisions, and fast enough for a hundred thousand decisions a second.
 * Implementation in progress (issue 9).
 */
public final class DecisionEngine {
    private final DecisionPolicy policy;

    public DecisionEngine(DecisionPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    public DecisionPolicy policy() {
        return policy;
    }

    /** One decision per campaign in {@code campaigns}, in the order of {@code campaigns}. */
    public CustomerDecision decide(CustomerFacts facts, List<LiveCampaign> campaigns, Instant now) {
        throw new UnsupportedOperationException("the decision engine lands with issue 9");
    }
}
