package io.lakefront.domain.gold.profile;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/** One {@code customer_metrics} row (CONTRACTS.md §3), computed as of {@code asOf}. Missing figures are {@code null}. */
public record CustomerMetrics(String customerId, BigDecimal lifetimeSpend, int orderCount, BigDecimal avgOrderValue,
                              Instant firstOrderAt, Instant lastOrderAt, Integer daysSinceLastOrder, String topCategory,
                              int openTickets, int emailOpens30d, int emailClicks30d, Instant lastEngagedAt,
                              Double churnRisk, String preferredChannel, Integer preferredHour, Instant asOf) {
    public CustomerMetrics {
        Objects.requireNonNull(customerId, "customerId");
        lifetimeSpend = lifetimeSpend == null ? BigDecimal.ZERO : lifetimeSpend;
    }
}
