package io.lakefront.domain.gold.metrics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Objects;

/**
 * One row of {@code customer_metrics} (CONTRACTS.md §3): what a customer bought, asked and opened,
 * how likely they are to stop buying, and how and when to reach them, all as of {@code asOf}.
 * Money is held at the table's scale (4 decimals) so that a value read back equals the one computed.
 *
 * @param avgOrderValue      {@code null} without orders
 * @param daysSinceLastOrder whole days from the last order to {@code asOf}; {@code null} without orders
 * @param topCategory        the category with the highest spend, {@code null} when no purchase names one
 * @param churnRisk          probability (0..1) of no purchase in the next {@value ChurnModel#HORIZON_DAYS} days
 * @param preferredChannel   {@code email|sms|push|web}, {@code null} when no channel is both used and allowed
 * @param preferredHour      0..23 in the customer's local time, {@code null} when nobody interacted at all
 */
public record CustomerMetrics(String customerId, BigDecimal lifetimeSpend, int orderCount, BigDecimal avgOrderValue,
                              Instant firstOrderAt, Instant lastOrderAt, Integer daysSinceLastOrder, String topCategory,
                              int openTickets, int emailOpens30d, int emailClicks30d, Instant lastEngagedAt,
                              double churnRisk, String preferredChannel, Integer preferredHour, Instant asOf) {
    /** The scale of the table's DECIMAL(19, 4) money columns. */
    public static final int MONEY_SCALE = 4;

    public CustomerMetrics {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(lifetimeSpend, "lifetimeSpend");
        Objects.requireNonNull(asOf, "asOf");
        lifetimeSpend = money(lifetimeSpend);
        avgOrderValue = avgOrderValue == null ? null : money(avgOrderValue);
        if (!(churnRisk >= 0 && churnRisk <= 1)) {
            throw new IllegalArgumentException("customer " + customerId + ": churn risk " + churnRisk + " is not in 0..1");
        }
        if (preferredHour != null && (preferredHour < 0 || preferredHour > 23)) {
            throw new IllegalArgumentException("customer " + customerId + ": preferred hour " + preferredHour + " is not in 0..23");
        }
    }

    static BigDecimal money(BigDecimal value) {
        return value.setScale(MONEY_SCALE, RoundingMode.HALF_EVEN);
    }
}
