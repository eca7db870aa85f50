package io.lakefront.domain.identity;

import java.util.List;

/**
 * How the Fellegi–Sunter model learns without labels, the way Splink does: u from
 * {@code randomPairs} random pairs, the prior from the deterministic rules (whose recall is
 * {@code deterministicRecall}), m by expectation–maximisation on the pairs of each training rule,
 * leaving out the comparisons of the fields that rule blocks on.
 */
public record Training(List<BlockingRule> rules, int randomPairs, long seed, int maxIterations,
                       double convergence, double deterministicRecall) {
    public Training {
        rules = List.copyOf(rules);
        if (randomPairs < 1000) {
            throw new IllegalArgumentException("at least 1000 random pairs are needed to estimate u, got " + randomPairs);
        }
        if (deterministicRecall <= 0 || deterministicRecall > 1) {
            throw new IllegalArgumentException("deterministic recall must be in (0, 1], was " + deterministicRecall);
        }
        if (maxIterations < 1) {
            throw new IllegalArgumentException("at least one EM iteration is needed, got " + maxIterations);
        }
    }

    public Training withRules(List<BlockingRule> newRules) {
        return new Training(newRules, randomPairs, seed, maxIterations, convergence, deterministicRecall);
    }
}
