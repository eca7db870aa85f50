package io.lakefront.domain.decision.loop;

import io.lakefront.domain.UserError;
import io.lakefront.domain.campaign.brief.Channel;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One thing that happened to a customer, from the local listener, the command line or a source sync:
 * the loop records it (its id makes that idempotent), applies its effects and decides for the customer
 * again. Field names in errors are those of the JSON form ({@code signal_id}, {@code customer_id}, ...).
 *
 * @param channel    the message's channel; required for opens, clicks, unsubscribes, deliveries and
 *                   bounces, {@code null} otherwise allowed (a visit or purchase has none)
 * @param campaign   the campaign the signal is about, {@code null} when unknown
 * @param attributes free-form details ({@code amount}, {@code category}, {@code ticket}, {@code message})
 */
public record Signal(String signalId, String customerId, SignalType type, Channel channel, String campaign,
                     Instant occurredAt, Map<String, String> attributes) {
    /** Longest id the inbox stores. */
    public static final int MAX_ID = 128;

    public Signal {
        signalId = required(signalId, "signal_id", MAX_ID);
        customerId = required(customerId, "customer_id", 64);
        if (type == null) {
            throw new UserError("signal " + signalId + ": type is missing");
        }
        if (occurredAt == null) {
            throw new UserError("signal " + signalId + ": occurred_at is missing");
        }
        if (channel == null && type.aboutAMessage()) {
            throw new UserError("signal " + signalId + ": channel is missing (a " + type.code()
                    + " is about a message: email, sms or push)");
        }
        campaign = campaign == null || campaign.isBlank() ? null : campaign.strip();
        Map<String, String> copy = new LinkedHashMap<>();
        if (attributes != null) {
            for (Map.Entry<String, String> e : attributes.entrySet()) {
                if (e.getKey() == null || e.getKey().isBlank()) {
                    throw new UserError("signal " + signalId + ": attributes has an empty name");
                }
                if (e.getValue() != null) {
                    copy.put(e.getKey().strip(), e.getValue());
                }
            }
        }
        attributes = java.util.Collections.unmodifiableMap(copy);
        parseAmount(signalId, attributes.get("amount"));
    }

    public String attribute(String name) {
        return attributes.get(name);
    }

    /** The purchase amount from {@code attributes.amount}, 0 when absent; a {@link UserError} naming it when not a number. */
    public java.math.BigDecimal amount() {
        return parseAmount(signalId, attributes.get("amount"));
    }

    private static java.math.BigDecimal parseAmount(String signalId, String text) {
        if (text == null || text.isBlank()) {
            return java.math.BigDecimal.ZERO;
        }
        try {
            java.math.BigDecimal amount = new java.math.BigDecimal(text.strip());
            if (amount.signum() < 0) {
                throw new UserError("signal " + signalId + ": attributes.amount " + text + " is negative");
            }
            return amount;
        } catch (NumberFormatException e) {
            throw new UserError("signal " + signalId + ": attributes.amount '" + text + "' is not a number");
        }
    }

    private static String required(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw new UserError("signal: " + field + " is missing");
        }
        String v = value.strip();
        if (v.length() > max) {
            throw new UserError("signal: " + field + " is longer than " + max + " characters");
        }
        return v;
    }
}
