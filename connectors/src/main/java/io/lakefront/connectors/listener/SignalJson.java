package io.lakefront.connectors.listener;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lakefront.domain.UserError;
import io.lakefront.domain.campaign.brief.Channel;
import io.lakefront.domain.decision.loop.Signal;
import io.lakefront.domain.decision.loop.SignalType;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Reads signals from the listener's JSON: one object or an array of them, with {@code customer_id} and
 * {@code type} required, {@code signal_id} (generated when absent), {@code channel}, {@code campaign},
 * {@code occurred_at} (an ISO instant, now when absent) and {@code attributes} (an object of plain
 * values). Every item is read before any is accepted; an error names the item's index and the field.
 */
public final class SignalJson {
    private static final Set<String> FIELDS = Set.of("signal_id", "customer_id", "type", "channel", "campaign",
            "occurred_at", "attributes");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Supplier<Instant> now;

    public SignalJson(Supplier<Instant> now) {
        this.now = now;
    }

    /** The signals of {@code body}, or a {@link UserError} naming the item and field at fault. */
    public List<Signal> read(String body) {
        JsonNode root;
        try {
            root = JSON.readTree(body == null ? "" : body);
        } catch (JsonProcessingException e) {
            throw new UserError("the body is not JSON: " + e.getOriginalMessage());
        }
        if (root == null || root.isMissingNode()) {
            throw new UserError("the body is empty: send one signal object or an array of them");
        }
        List<Signal> signals = new ArrayList<>();
        if (root.isArray()) {
            if (root.isEmpty()) {
                throw new UserError("the array has no signals");
            }
            for (int i = 0; i < root.size(); i++) {
                signals.add(item(root.get(i), i));
            }
        } else {
            signals.add(item(root, 0));
        }
        return signals;
    }

    private Signal item(JsonNode node, int index) {
        String at = "item " + index;
        if (!node.isObject()) {
            throw new UserError(at + ": a signal must be a JSON object");
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw new UserError(at + ": unknown field '" + name + "' (signal_id, customer_id, type, channel, campaign, "
                        + "occurred_at, attributes)");
            }
        }
        String customer = text(node, "customer_id", at);
        if (customer == null || customer.isBlank()) {
            throw new UserError(at + ": customer_id is missing");
        }
        String typeText = text(node, "type", at);
        if (typeText == null) {
            throw new UserError(at + ": type is missing");
        }
        SignalType type;
        Channel channel = null;
        Instant occurred;
        try {
            type = SignalType.parse(typeText);
        } catch (UserError e) {
            throw new UserError(at + ": type: " + e.getMessage());
        }
        String channelText = text(node, "channel", at);
        if (channelText != null && !channelText.isBlank() && !channelText.strip().equalsIgnoreCase("web")) {
            try {
                channel = Channel.parse(channelText);
            } catch (UserError e) {
                throw new UserError(at + ": channel: " + e.getMessage());
            }
        }
        String occurredText = text(node, "occurred_at", at);
        try {
            occurred = occurredText == null || occurredText.isBlank() ? now.get() : Instant.parse(occurredText.strip());
        } catch (DateTimeException e) {
            throw new UserError(at + ": occurred_at: '" + occurredText + "' is not an ISO instant (2026-10-20T10:00:00Z)");
        }
        String id = text(node, "signal_id", at);
        Map<String, String> attributes = new LinkedHashMap<>();
        JsonNode attrs = node.get("attributes");
        if (attrs != null && !attrs.isNull()) {
            if (!attrs.isObject()) {
                throw new UserError(at + ": attributes must be an object");
            }
            for (Iterator<Map.Entry<String, JsonNode>> fields = attrs.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (field.getValue().isContainerNode()) {
                    throw new UserError(at + ": attributes." + field.getKey() + " must be a plain value");
                }
                if (!field.getValue().isNull()) {
                    attributes.put(field.getKey(), field.getValue().asText());
                }
            }
        }
        try {
            return new Signal(id == null || id.isBlank() ? "sig-" + UUID.randomUUID() : id, customer, type, channel,
                    text(node, "campaign", at), occurred, attributes);
        } catch (UserError e) {
            throw new UserError(at + ": " + e.getMessage().replaceFirst("^signal( [^:]*)?: ", ""));
        }
    }

    private static String text(JsonNode node, String field, String at) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isValueNode()) {
            throw new UserError(at + ": " + field + " must be text");
        }
        return value.asText();
    }
}
