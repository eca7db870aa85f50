package io.lakefront.domain.gold;

import java.time.Instant;
import java.util.Objects;

/**
 * One row of {@code engagement_events} (CONTRACTS.md §3): channel {@code email|sms|push|web}, type
 * {@code sent|delivered|open|click|unsubscribe|bounce|visit}; {@code customerId} is {@code null}
 * when no customer was found.
 */
public record EngagementEvent(String eventId, String customerId, Instant occurredAt, String channel, String type,
                              String campaignId) {
    public EngagementEvent {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(type, "type");
    }
}
