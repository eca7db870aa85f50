package io.lakefront.domain.gold.metrics;

import io.lakefront.domain.gold.EngagementEvent;
import io.lakefront.domain.gold.Purchase;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The churn model's inputs for one customer as of a moment: recency, frequency, monetary value,
 * engagement and tenure, each on a log scale (a customer with 40 orders is not 40 times as loyal as
 * one with one). Only what happened up to the moment counts, so the same features can be taken 90
 * days back to learn from what happened since.
 */
final class ChurnFeatures {
    static final List<String> NAMES = List.of("has_orders", "log_recency_days", "log_orders_365d", "log_orders",
            "log_spend_365d", "log_interactions_90d", "log_tenure_days");
    static final int COUNT = NAMES.size();

    private ChurnFeatures() {
    }

    /**
     * The features as of {@code at}, or {@code null} when the customer was not known yet (their
     * gold {@code created_at} and first event lie after {@code at}).
     */
    static double[] of(CustomerActivity activity, Instant at) {
        Instant since = activity.knownSince();
        if (since != null && since.isAfter(at)) {
            return null;
        }
        Instant yearAgo = at.minus(Duration.ofDays(365));
        Instant quarterAgo = at.minus(Duration.ofDays(90));
        Set<String> orders = new HashSet<>();
        Set<String> ordersYear = new HashSet<>();
        double spendYear = 0;
        Instant last = null;
        for (Purchase p : activity.purchases) {
            if (p.purchasedAt().isAfter(at)) {
                break;
            }
            String order = CustomerActivity.orderOf(p);
            orders.add(order);
            if (p.purchasedAt().isAfter(yearAgo)) {
                ordersYear.add(order);
                spendYear += Math.max(0, p.amount().doubleValue());
            }
            last = p.purchasedAt();
        }
        int interactions = 0;
        for (EngagementEvent e : activity.events) {
            if (e.occurredAt().isAfter(at)) {
                break;
            }
            if (e.occurredAt().isAfter(quarterAgo) && CustomerActivity.INTERACTIONS.contains(e.type())) {
                interactions++;
            }
        }
        double tenureDays = since == null ? 0 : days(since, at);
        return new double[] {
                orders.isEmpty() ? 0 : 1,
                last == null ? 0 : Math.log1p(days(last, at)),
                Math.log1p(ordersYear.size()),
                Math.log1p(orders.size()),
                Math.log1p(spendYear),
                Math.log1p(interactions),
                Math.log1p(tenureDays)};
    }

    /**
     * The label of a customer whose features were taken at {@code at}: true ("churned") when they
     * bought nothing in the {@value ChurnModel#HORIZON_DAYS} days after it.
     */
    static boolean churned(CustomerActivity activity, Instant at) {
        Instant end = at.plus(Duration.ofDays(ChurnModel.HORIZON_DAYS));
        for (Purchase p : activity.purchases) {
            if (p.purchasedAt().isAfter(at) && !p.purchasedAt().isAfter(end)) {
                return false;
            }
        }
        return true;
    }

    private static double days(Instant from, Instant to) {
        return Math.max(0, Duration.between(from, to).getSeconds() / 86_400.0);
    }
}
