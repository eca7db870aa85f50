package io.lakefront.domain.audience;

import io.lakefront.domain.UserError;
import java.util.List;
import java.util.Locale;

/**
 * What an event condition measures per customer in the event tables: purchases (count, total or
 * average amount, optionally of one category or product), support tickets (optionally of one
 * status), engagement events (optionally of one channel and type).
 */
public sealed interface EventMeasure {
    List<String> TICKET_STATUSES = List.of("open", "pending", "closed");
    List<String> CHANNELS = List.of("email", "sms", "push", "web");
    List<String> ENGAGEMENT_TYPES = List.of("sent", "delivered", "open", "click", "unsubscribe", "bounce", "visit");

    /** The table measured. */
    AudienceTable table();

    /** How the matching rows are summarised. */
    enum Aggregate {
        COUNT, SUM, AVERAGE
    }

    /** Purchase lines; {@code SUM} and {@code AVERAGE} are over {@code amount}. Category and product match ignoring case. */
    record Purchases(Aggregate aggregate, String category, String product) implements EventMeasure {
        public Purchases {
            if (aggregate == null) {
                throw new UserError("a purchase condition needs count, sum or average");
            }
            category = blankToNull(category);
            product = blankToNull(product);
        }

        public static Purchases count() {
            return new Purchases(Aggregate.COUNT, null, null);
        }

        @Override public AudienceTable table() { return AudienceTable.PURCHASES; }
    }

    /** Support tickets opened in the window; {@code status} {@code null} means any status. */
    record Tickets(String status) implements EventMeasure {
        public Tickets {
            status = oneOf(status, TICKET_STATUSES, "ticket status");
        }

        @Override public AudienceTable table() { return AudienceTable.SUPPORT_TICKETS; }
    }

    /** Engagement events; {@code channel} and {@code type} {@code null} mean any. */
    record Engagement(String channel, String type) implements EventMeasure {
        public Engagement {
            channel = oneOf(channel, CHANNELS, "channel");
            type = oneOf(type, ENGAGEMENT_TYPES, "engagement type");
        }

        @Override public AudienceTable table() { return AudienceTable.ENGAGEMENT_EVENTS; }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String oneOf(String value, List<String> allowed, String what) {
        String v = blankToNull(value);
        if (v == null) {
            return null;
        }
        String key = v.toLowerCase(Locale.ROOT);
        if (!allowed.contains(key)) {
            throw new UserError("unknown " + what + " '" + v + "' (" + String.join(", ", allowed) + ")");
        }
        return key;
    }
}
