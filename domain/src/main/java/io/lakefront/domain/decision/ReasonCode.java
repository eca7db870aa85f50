package io.lakefront.domain.decision;

import java.util.Map;

/**
 * Every reason the engine gives, with the sentence it reads as. A template names its values in braces
 * ({@code {name}}, {@code {campaign}}); {@link Reason#values()} fills them. Codes are stable: they are in
 * simulation files (CONTRACTS.md §5) and the decision log; sentences may be reworded.
 */
public enum ReasonCode {
    // Hard gates
    CONSENT("{name} accepts {channel}.", ReasonKind.GATE),
    NO_CONSENT("{name} has not agreed to {channels} messages.", ReasonKind.GATE),
    GLOBAL_OPT_OUT("{name} opted out of every channel.", ReasonKind.GATE),
    SUPPRESSED("Held back by the suppression rule '{rule}'.", ReasonKind.GATE),
    NOT_SUPPRESSED("No suppression rule applies to {name} now.", ReasonKind.GATE),
    UNREACHABLE("There is no {channels} address for {name}.", ReasonKind.GATE),
    CHANNEL_CLOSED("The guardrails of '{campaign}' allow no {channels} messages, and no other channel reaches {name}.",
            ReasonKind.GATE),
    // Eligibility
    IN_AUDIENCE("{name} is in the audience of '{campaign}': {audience}.", ReasonKind.ELIGIBILITY),
    NOT_IN_AUDIENCE("{name} is not in the audience of '{campaign}' now.", ReasonKind.ELIGIBILITY),
    CONVERTED("{name} converted on {date}, which ends '{campaign}' for them.", ReasonKind.ELIGIBILITY),
    SEQUENCE_DONE("{name} has had {all} of '{campaign}'.", ReasonKind.ELIGIBILITY),
    SEQUENCE_WAIT("The next message of '{campaign}' is due {when}: {trigger}.", ReasonKind.ELIGIBILITY),
    RESPONDED("{name} opened or clicked the previous message, so the follow-up for non-responders is not sent.",
            ReasonKind.ELIGIBILITY),
    IN_FLIGHT("Message {step} of '{campaign}' is still waiting to go out ({when}); the next one follows it.",
            ReasonKind.ELIGIBILITY),
    CAMPAIGN_NOT_RUNNING("'{campaign}' runs from {start} to {end}; today is outside it.", ReasonKind.ELIGIBILITY),
    // Priority
    PRIORITY("Priority {priority}: propensity {propensity} × value {value} × weight {weight}.", ReasonKind.PRIORITY),
    COLD_START("'{campaign}' has {sends} sends so far, so its propensity leans on its prior of {prior}.",
            ReasonKind.PRIORITY),
    EXPLORATION("Chosen to explore: one decision in {every} tries a campaign regardless of priority.",
            ReasonKind.PRIORITY),
    COMPETED("'{campaign}' competed with priority {priority}.", ReasonKind.PRIORITY),
    // Capacity
    WITHIN_CAPS("Within the caps: {name} has {messages} within {days} days of this one; the cap is {cap}.",
            ReasonKind.CAPACITY),
    FREQUENCY_CAP("Deferred to {when}: {name} already has {messages} {period}{from}; {limit}.", ReasonKind.CAPACITY),
    CHANNEL_CAP("Deferred to {when}: {name} already has {messages} by {channel} {period}{from}; {limit}.",
            ReasonKind.CAPACITY),
    DAILY_CAP("Deferred to {when}: {name} already gets {messages} on {date}{from}; the daily cap is {cap}.",
            ReasonKind.CAPACITY),
    PREEMPTED("Deferred to {when}: '{winner}' has higher priority and takes the last slot {period}; {limit}.",
            ReasonKind.CAPACITY),
    EXPIRES("Skipped: the next free slot is {when}, after '{campaign}' ends on {end}.", ReasonKind.CAPACITY),
    // Message
    TOUCHPOINT("Message {step} of {count}: {theme} ({trigger}).", ReasonKind.MESSAGE),
    CHANNEL_FALLBACK("By {channel} instead of {planned}: {why}.",
            ReasonKind.MESSAGE),
    VARIANT("Variant '{variant}' by stable assignment ({weight}% of sends).", ReasonKind.MESSAGE),
    // Time
    PREFERRED_HOUR("At {hour}:00 {name}'s time: {basis}.", ReasonKind.TIME),
    QUIET_HOURS("Moved out of the quiet hours {start}:00–{end}:00 to {hour}:00 local time.", ReasonKind.TIME),
    LOCAL_TIME("{name} lives in {zone}; it is {local} there now.", ReasonKind.TIME);

    private final String template;
    private final ReasonKind kind;

    ReasonCode(String template, ReasonKind kind) {
        this.template = template;
        this.kind = kind;
    }

    public String template() {
        return template;
    }

    public ReasonKind kind() {
        return kind;
    }

    /** The template with each {@code {name}} replaced by its value; an unknown name stays as it is. */
    String render(Map<String, String> values) {
        StringBuilder out = new StringBuilder(template.length() + 32);
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            int close = c == '{' ? template.indexOf('}', i) : -1;
            if (close > i) {
                String key = template.substring(i + 1, close);
                String value = values.get(key);
                out.append(value == null ? template.substring(i, close + 1) : value);
                i = close + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        String sentence = out.toString();
        return sentence.isEmpty() ? sentence : Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
    }
}
