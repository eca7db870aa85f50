package io.lakefront.domain.campaign.brief;

import io.lakefront.domain.UserError;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * What the campaign must never do, whatever the sequence says: more than {@code overallCap} messages
 * to one customer in any {@code capWindowDays} days (from all campaigns), more than a channel's cap on
 * that channel, a send inside the quiet hours ({@code quietStart} to {@code quietEnd}, local hours; equal:
 * none), a send against an opt-out (always honoured), a send to a customer with an open support ticket
 * (when {@code suppressOpenTickets}) or to one who bought in the last {@code suppressConvertersDays} days (0: off).
 */
public record Guardrails(int overallCap, int capWindowDays, Map<Channel, Integer> channelCaps, int quietStart,
                         int quietEnd, boolean suppressOpenTickets, int suppressConvertersDays) {
    public Guardrails {
        if (overallCap < 1) {
            throw new UserError("guardrails: the overall cap must be at least 1 message (found " + overallCap + ")");
        }
        if (capWindowDays < 1 || capWindowDays > 90) {
            throw new UserError("guardrails: the cap window " + capWindowDays + " days is not between 1 and 90");
        }
        EnumMap<Channel, Integer> caps = new EnumMap<>(Channel.class);
        for (Map.Entry<Channel, Integer> cap : channelCaps.entrySet()) {
            if (cap.getValue() == null || cap.getValue() < 0) {
                throw new UserError("guardrails: the cap for " + cap.getKey().code() + " must be 0 or more");
            }
            caps.put(cap.getKey(), cap.getValue());
        }
        channelCaps = Collections.unmodifiableMap(caps);
        requireHour(quietStart, "quiet hours start");
        requireHour(quietEnd, "quiet hours end");
        if (suppressConvertersDays < 0 || suppressConvertersDays > 365) {
            throw new UserError("guardrails: converters are suppressed for 0 to 365 days (found " + suppressConvertersDays + ")");
        }
    }

    /** Two messages a week, none between 21:00 and 08:00, open tickets and converters of 30 days suppressed. */
    public static Guardrails defaults() {
        return new Guardrails(2, 7, Map.of(), 21, 8, true, 30);
    }

    /** Opt-outs are not a setting: a customer who opted out of a channel never gets a message on it. */
    public boolean honoursOptOuts() {
        return true;
    }

    /** The cap on {@code channel} within the window; the overall cap when the channel has none of its own. */
    public int capFor(Channel channel) {
        return channelCaps.getOrDefault(channel, overallCap);
    }

    /** True when a send at {@code hour} (local) falls inside the quiet hours. */
    public boolean quiet(int hour) {
        if (quietStart == quietEnd) {
            return false;
        }
        return quietStart < quietEnd ? hour >= quietStart && hour < quietEnd : hour >= quietStart || hour < quietEnd;
    }

    public Guardrails withOverallCap(int cap, int windowDays) {
        return new Guardrails(cap, windowDays, channelCaps, quietStart, quietEnd, suppressOpenTickets, suppressConvertersDays);
    }

    public Guardrails withChannelCaps(Map<Channel, Integer> caps) {
        return new Guardrails(overallCap, capWindowDays, caps, quietStart, quietEnd, suppressOpenTickets, suppressConvertersDays);
    }

    public Guardrails withQuietHours(int start, int end) {
        return new Guardrails(overallCap, capWindowDays, channelCaps, start, end, suppressOpenTickets, suppressConvertersDays);
    }

    public Guardrails withSuppression(boolean openTickets, int convertersDays) {
        return new Guardrails(overallCap, capWindowDays, channelCaps, quietStart, quietEnd, openTickets, convertersDays);
    }

    static void requireHour(int hour, String what) {
        if (hour < 0 || hour > 23) {
            throw new UserError(what + ": " + hour + " is not an hour between 0 and 23");
        }
    }
}
