package io.lakefront.domain.audience;

import java.math.BigDecimal;
import java.util.List;

/**
 * The business terms every workspace starts with ("VIP", "lapsed", "high churn risk", "new customers"),
 * used while {@code audiences/glossary.yaml} does not exist. Writing the file makes them the user's to edit.
 */
public final class BuiltInGlossary {
    private BuiltInGlossary() {
    }

    public static List<GlossaryTerm> terms() {
        return List.of(
                new GlossaryTerm("vip", List.of("vip", "vips", "best customers", "top customers"),
                        "lifetime spend of at least $1,000", Filter.compare("lifetime_spend", ">=", "1000")),
                new GlossaryTerm("lapsed", List.of("lapsed", "lapsed customers", "dormant", "inactive customers"),
                        "bought before, but not in the last 180 days",
                        Filter.and(Filter.compare("order_count", ">=", "1"),
                                Filter.compare("days_since_last_order", ">", "180"))),
                new GlossaryTerm("high churn risk", List.of("high churn risk", "likely to churn", "at risk of churning"),
                        "churn risk of 0.7 or more", Filter.compare("churn_risk", ">=", "0.7")),
                new GlossaryTerm("new customers", List.of("new customers", "new customer", "recently joined", "newcomers"),
                        "became customers in the last 30 days",
                        new Filter.InWindow(AudienceField.CREATED_AT, new TimeWindow.LastDays(30))));
    }

    /** The suppression rules a workspace starts with, while {@code audiences/suppression.yaml} does not exist. */
    public static List<SuppressionRule> suppressionRules() {
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
