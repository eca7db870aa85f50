package io.lakefront.domain.campaign.brief;

import io.lakefront.domain.UserError;
import io.lakefront.domain.audience.AudienceField;
import java.util.Locale;

/**
 * A channel a campaign sends on, with the consent field that allows it; the web is a place customers
 * come to, not a channel to send on, so it is not one of them.
 */
public enum Channel {
    EMAIL("email", AudienceField.EMAIL_OPT_IN),
    SMS("sms", AudienceField.SMS_OPT_IN),
    PUSH("push", AudienceField.PUSH_OPT_IN);

    private final String code;
    private final AudienceField consent;

    Channel(String code, AudienceField consent) {
        this.code = code;
        this.consent = consent;
    }

    /** The channel's name in files, the command line and engagement events ({@code email}). */
    public String code() {
        return code;
    }

    /** The gold field holding a customer's consent to this channel. */
    public AudienceField consent() {
        return consent;
    }

    /** The channel of {@code text} ({@code email}, {@code SMS}, {@code text}), or a {@link UserError} naming it. */
    public static Channel parse(String text) {
        String key = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        for (Channel channel : values()) {
            if (channel.code.equals(key)) {
                return channel;
            }
        }
        if (key.equals("text") || key.equals("text message")) {
            return SMS;
        }
        throw new UserError("unknown channel '" + (text == null ? "" : text.strip()) + "' (email, sms, push)");
    }
}
