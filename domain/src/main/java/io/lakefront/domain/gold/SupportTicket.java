package io.lakefront.domain.gold;

import java.time.Instant;
import java.util.Objects;

/**
 * One row of {@code support_tickets} (CONTRACTS.md §3); status is {@code open}, {@code pending} or
 * {@code closed}; {@code customerId} is {@code null} when no customer was found.
 */
public record SupportTicket(String ticketId, String customerId, Instant openedAt, Instant closedAt, String status,
                            String topic) {
    public SupportTicket {
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(openedAt, "openedAt");
        Objects.requireNonNull(status, "status");
    }
}
