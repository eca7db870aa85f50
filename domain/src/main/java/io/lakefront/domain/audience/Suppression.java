package io.lakefront.domain.audience;

import java.util.List;
import java.util.Optional;

/**
 * What suppression does to an audience, in one place for the screen, the command line and decision
 * time: the audience is its filter AND NOT (any enabled rule); the customers the rules take out are
 * its filter AND (any enabled rule), counted separately so a marketer sees what was held back.
 */
public final class Suppression {
    private Suppression() {
    }

    /** Any enabled rule, or empty when none is enabled. */
    public static Optional<Filter> anyEnabled(List<SuppressionRule> rules) {
        List<Filter> enabled = rules.stream().filter(SuppressionRule::enabled).map(SuppressionRule::filter).toList();
        return enabled.isEmpty() ? Optional.empty() : Optional.of(enabled.size() == 1 ? enabled.get(0) : new Filter.Or(enabled));
    }

    /** The audience once suppressed: {@code filter} itself when no rule is enabled. */
    public static Filter apply(Filter filter, List<SuppressionRule> rules) {
        return anyEnabled(rules).map(any -> Filter.and(filter, Filter.not(any))).orElse(filter);
    }

    /** Who {@code filter} selects but the enabled rules take out; empty when no rule is enabled. */
    public static Optional<Filter> suppressed(Filter filter, List<SuppressionRule> rules) {
        return anyEnabled(rules).map(any -> Filter.and(filter, any));
    }
}
