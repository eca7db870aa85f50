package io.lakefront.domain.decision;

import java.util.Locale;

/** Where a decided message stands in the contact ledger; pending and sent ones count towards the caps. */
public enum MessageStatus {
    /** Decided, in the outbox, not yet handed to a destination. */
    PENDING,
    /** Handed to the destination. */
    SENT,
    /** The destination confirmed delivery. */
    DELIVERED,
    /** The destination refused or bounced it. */
    FAILED,
    /** Withdrawn before it went out (the customer converted, opted out or left the audience). */
    CANCELLED;

    /** True when the message takes a slot of a frequency cap. */
    public boolean countsTowardsCaps() {
        return this == PENDING || this == SENT || this == DELIVERED;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
