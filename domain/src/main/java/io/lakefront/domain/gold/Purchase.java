package io.lakefront.domain.gold;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/** One row of {@code purchases} (CONTRACTS.md §3); {@code customerId} is {@code null} when no customer was found. */
public record Purchase(String purchaseId, String orderId, String customerId, Instant purchasedAt, String category,
                       String product, int quantity, BigDecimal amount, String currency) {
    public Purchase {
        Objects.requireNonNull(purchaseId, "purchaseId");
        Objects.requireNonNull(purchasedAt, "purchasedAt");
        Objects.requireNonNull(amount, "amount");
    }
}
