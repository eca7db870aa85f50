package io.lakefront.domain.decision;

import io.lakefront.domain.UserError;
import java.util.Map;
import java.util.Objects;

/**
 * The workspace's decisioning settings, over and above each brief's guardrails
 * ({@code decisioning.yaml}): the share of decisions that explore (a random campaign order instead of
 * the priority one), how many sends a campaign needs before its own conversion rate outweighs its prior,
 * how strongly a customer's preferred hour is smoothed towards the population's, at most how many
 * messages a customer gets in one local day from all campaigns, and each campaign's weight.
 *
 * @param explorationShare   0..0.5; 0.05 lets one decision in twenty explore
 * @param coldStartSends     the prior counts as this many sends (pseudo-count of the smoothing)
 * @param hourSmoothing      the population's hour counts as this many interactions
 * @param populationHour     the population's preferred hour (local), used for customers with no history
 * @param dailyCap           at most this many messages a customer gets in one local day, from all campaigns
 * @param weights            campaign name to weight (default 1.0)
 * @param seed               mixed into every deterministic draw (exploration, variants)
 */
public record DecisionPolicy(double explorationShare, int coldStartSends, int hourSmoothing, int populationHour,
                             int dailyCap, Map<String, Double> weights, long seed) {
    public DecisionPolicy {
        if (!(explorationShare >= 0 && explorationShare <= 0.5)) {
            throw new UserError("decisioning: exploration share " + explorationShare + " is not between 0 and 0.5");
        }
        if (coldStartSends < 0) {
            throw new UserError("decisioning: cold start sends " + coldStartSends + " is negative");
        }
        if (hourSmoothing < 0) {
            throw new UserError("decisioning: hour smoothing " + hourSmoothing + " is negative");
        }
        if (populationHour < 0 || populationHour > 23) {
            throw new UserError("decisioning: population hour " + populationHour + " is not between 0 and 23");
        }
        if (dailyCap < 1) {
            throw new UserError("decisioning: the daily cap must be at least 1 (found " + dailyCap + ")");
        }
        weights = Map.copyOf(Objects.requireNonNull(weights, "weights"));
        for (Map.Entry<String, Double> weight : weights.entrySet()) {
            if (weight.getValue() == null || !(weight.getValue() > 0) || weight.getValue() > 100) {
                throw new UserError("decisioning: the weight of '" + weight.getKey() + "' must be above 0 and at most 100");
            }
        }
    }

    /** 5% exploration, a prior worth 200 sends, hours smoothed with 5 interactions towards 18:00, 1 a day. */
    public static DecisionPolicy defaults() {
        return new DecisionPolicy(0.05, 200, 5, 18, 1, Map.of(), 20261126L);
    }

    public double weight(String campaign) {
        return weights.getOrDefault(campaign, 1.0);
    }

    public DecisionPolicy withExplorationShare(double share) {
        return new DecisionPolicy(share, coldStartSends, hourSmoothing, populationHour, dailyCap, weights, seed);
    }

    public DecisionPolicy withWeights(Map<String, Double> value) {
        return new DecisionPolicy(explorationShare, coldStartSends, hourSmoothing, populationHour, dailyCap, value, seed);
    }

    public DecisionPolicy withDailyCap(int value) {
        return new DecisionPolicy(explorationShare, coldStartSends, hourSmoothing, populationHour, value, weights, seed);
    }

    public DecisionPolicy withPopulationHour(int value) {
        return new DecisionPolicy(explorationShare, coldStartSends, hourSmoothing, value, dailyCap, weights, seed);
    }
}
