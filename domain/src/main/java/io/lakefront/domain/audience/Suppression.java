package io.lakefront.domain.audience;

import java.math.BigDecimal;
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

    /** The suppression rules a workspace starts with, while {@code audiences/suppression.yaml} does not exist. */
    public static List<SuppressionRule> defaults() {
        return List.of(
                new SuppressionRule("open support ticket", "Customers with a support ticket still open: sort that out first.",
                        new Filter.Event(new EventMeasure.Tickets("open"), null, Operator.GE, BigDecimal.ONE), true),
                new SuppressionRule("bought in the last 7 days", "Customers who just bought: give them a rest.",
                        new Filter.Event(EventMeasure.Purchases.count(), new TimeWindow.LastDays(7), Operator.GE,
                                BigDecimal.ONE), false),
                new SuppressionRule("globally unsubscribed", "Customers who opted out of email, SMS and push alike.",
                        Filter.and(Filter.compare("email_opt_in", "=", "false"), Filter.compare("sms_opt_in", "=", "false"),
                                Filter.compare("push_opt_in", "=", "false")), true));
    }
}
