package io.lakefront.domain.campaign.brief;

import java.util.List;
import java.util.Objects;

/**
 * One message of the sequence: the channel it goes on, when, what it is about, which of the
 * customer's data it uses, why it is in the plan, and the variants it is tested in (none: no test).
 */
public record Touchpoint(Channel channel, Trigger trigger, String theme, List<String> signals, String rationale,
                         List<Variant> variants) {
    public Touchpoint {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(trigger, "trigger");
        theme = theme == null ? "" : theme;
        rationale = rationale == null ? "" : rationale;
        signals = List.copyOf(signals);
        variants = List.copyOf(variants);
    }

    public Touchpoint withChannel(Channel value) {
        return new Touchpoint(value, trigger, theme, signals, rationale, variants);
    }

    public Touchpoint withTrigger(Trigger value) {
        return new Touchpoint(channel, value, theme, signals, rationale, variants);
    }

    public Touchpoint withTheme(String value) {
        return new Touchpoint(channel, trigger, value, signals, rationale, variants);
    }

    public Touchpoint withSignals(List<String> value) {
        return new Touchpoint(channel, trigger, theme, value, rationale, variants);
    }

    public Touchpoint withRationale(String value) {
        return new Touchpoint(channel, trigger, theme, signals, value, variants);
    }

    public Touchpoint withVariants(List<Variant> value) {
        return new Touchpoint(channel, trigger, theme, signals, rationale, value);
    }
}
