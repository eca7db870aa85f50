package io.lakefront.domain.decision.loop;

import io.lakefront.domain.UserError;
import java.util.Locale;

/** What happened to a customer that makes the Infinity loop decide for them again. */
public enum SignalType {
    PURCHASE, OPEN, CLICK, VISIT, TICKET_OPENED, TICKET_CLOSED, UNSUBSCRIBE, DELIVERED, BOUNCE;

    /** {@code ticket_opened}, as in JSON, the command line and the signal inbox. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True for the types about a message the customer received: they need the message's channel. */
    public boolean aboutAMessage() {
        return this == OPEN || this == CLICK || this == UNSUBSCRIBE || this == DELIVERED || this == BOUNCE;
    }

    /** The type of {@code text} (any case, dashes or spaces for underscores), or a {@link UserError} listing them. */
    public static SignalType parse(String text) {
        String key = text == null ? "" : text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (SignalType type : values()) {
            if (type.name().equals(key)) {
                return type;
            }
        }
        throw new UserError("unknown signal type '" + (text == null ? "" : text.strip()) + "' (purchase, open, click, "
                + "visit, ticket_opened, ticket_closed, unsubscribe, delivered, bounce)");
    }
}
