package io.lakefront.domain.campaign.brief;

import io.lakefront.domain.UserError;
import java.util.Locale;

/** What starts a touchpoint's delay. */
public enum TriggerKind {
    /** The customer entered the audience (the first touchpoint's usual trigger). */
    ENTRY("after entering the audience"),
    /** The previous touchpoint was sent. */
    AFTER_PREVIOUS("after the previous message"),
    /** The previous touchpoint was sent and the customer neither opened nor clicked it since. */
    NO_RESPONSE("after the previous message, if it got no open or click");

    private final String words;

    TriggerKind(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static TriggerKind parse(String text) {
        String key = text == null ? "" : text.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        for (TriggerKind kind : values()) {
            if (kind.name().equals(key)) {
                return kind;
            }
        }
        throw new UserError("unknown trigger '" + (text == null ? "" : text.strip()) + "' (entry, after_previous, no_response)");
    }
}
