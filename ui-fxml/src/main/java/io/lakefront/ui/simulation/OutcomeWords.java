package io.lakefront.ui.simulation;

import io.lakefront.domain.decision.Outcome;
import io.lakefront.domain.decision.ReasonCode;
import io.lakefront.ui.common.Tone;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/** How outcomes and reason codes read on the Simulation screen: words, colours, short names for the summary. */
public final class OutcomeWords {
    private static final Map<ReasonCode, String> SHORT = new EnumMap<>(ReasonCode.class);

    static {
        SHORT.put(ReasonCode.CONSENT, "Consent given");
        SHORT.put(ReasonCode.NO_CONSENT, "No consent for the channel");
        SHORT.put(ReasonCode.GLOBAL_OPT_OUT, "Opted out of every channel");
        SHORT.put(ReasonCode.SUPPRESSED, "A suppression rule");
        SHORT.put(ReasonCode.NOT_SUPPRESSED, "No suppression rule");
        SHORT.put(ReasonCode.UNREACHABLE, "No address for the channel");
        SHORT.put(ReasonCode.IN_AUDIENCE, "In the audience");
        SHORT.put(ReasonCode.NOT_IN_AUDIENCE, "Not in the audience now");
        SHORT.put(ReasonCode.CONVERTED, "Already converted");
        SHORT.put(ReasonCode.SEQUENCE_DONE, "Had every message");
        SHORT.put(ReasonCode.SEQUENCE_WAIT, "Next message not due yet");
        SHORT.put(ReasonCode.RESPONDED, "Responded to the previous message");
        SHORT.put(ReasonCode.CAMPAIGN_NOT_RUNNING, "Campaign not running today");
        SHORT.put(ReasonCode.PRIORITY, "Priority");
        SHORT.put(ReasonCode.COLD_START, "Few sends so far");
        SHORT.put(ReasonCode.EXPLORATION, "Exploration");
        SHORT.put(ReasonCode.COMPETED, "Another campaign competed");
        SHORT.put(ReasonCode.WITHIN_CAPS, "Within the caps");
        SHORT.put(ReasonCode.FREQUENCY_CAP, "Frequency cap reached");
        SHORT.put(ReasonCode.CHANNEL_CAP, "Channel cap reached");
        SHORT.put(ReasonCode.DAILY_CAP, "Daily cap reached");
        SHORT.put(ReasonCode.PREEMPTED, "A higher-priority campaign took the slot");
        SHORT.put(ReasonCode.EXPIRES, "No free slot before the campaign ends");
        SHORT.put(ReasonCode.TOUCHPOINT, "Next touchpoint");
        SHORT.put(ReasonCode.CHANNEL_FALLBACK, "Another channel instead");
        SHORT.put(ReasonCode.VARIANT, "Variant");
        SHORT.put(ReasonCode.PREFERRED_HOUR, "Preferred hour");
        SHORT.put(ReasonCode.QUIET_HOURS, "Quiet hours");
        SHORT.put(ReasonCode.LOCAL_TIME, "Local time");
    }

    private OutcomeWords() {
    }

    /** Send, Defer, Suppress, Skip. */
    public static String label(Outcome outcome) {
        String code = outcome.code();
        return Character.toUpperCase(code.charAt(0)) + code.substring(1);
    }

    /** The filter's and funnel's plural: sent, deferred, suppressed, skipped. */
    public static String past(Outcome outcome) {
        return switch (outcome) {
            case SEND -> "Sent";
            case DEFER -> "Deferred";
            case SUPPRESS -> "Suppressed";
            case SKIP -> "Skipped";
        };
    }

    /** Green for a send, amber for a deferral, red for a hard gate, grey for not a candidate. */
    public static Tone tone(Outcome outcome) {
        return switch (outcome) {
            case SEND -> Tone.SUCCESS;
            case DEFER -> Tone.WARNING;
            case SUPPRESS -> Tone.DANGER;
            case SKIP -> Tone.NEUTRAL;
        };
    }

    /** A reason code's short name ({@code FREQUENCY_CAP} → "Frequency cap reached"); an unknown code in words. */
    public static String reason(String code) {
        try {
            return SHORT.getOrDefault(ReasonCode.valueOf(code), words(code));
        } catch (IllegalArgumentException unknown) {
            return words(code);
        }
    }

    private static String words(String code) {
        String lower = code.toLowerCase(Locale.ROOT).replace('_', ' ');
        return lower.isEmpty() ? lower : Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
