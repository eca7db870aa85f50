package io.lakefront.domain.decision;

import io.lakefront.domain.campaign.brief.Channel;
import java.time.Instant;
import java.util.Objects;

/**
 * One message of the contact ledger: which campaign and step of its sequence, on which channel, when
 * it goes (or went) out, where it stands, and when the customer first opened or clicked it.
 *
 * @param step        the touchpoint's index in the campaign's sequence, from 0
 * @param respondedAt the first open or click of it, {@code null} without one
 */
public record ContactMessage(String messageId, String campaign, int step, Channel channel, String variant,
                             Instant sendAt, MessageStatus status, Instant respondedAt) {
    public ContactMessage {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(campaign, "campaign");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(sendAt, "sendAt");
        Objects.requireNonNull(status, "status");
        if (step < 0) {
            throw new IllegalArgumentException("message " + messageId + ": step " + step + " is negative");
        }
    }
}
