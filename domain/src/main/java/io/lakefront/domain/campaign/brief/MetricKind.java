package io.lakefront.domain.campaign.brief;

import io.lakefront.domain.UserError;
import java.util.Locale;

/** What a campaign's success is measured by; every kind is a share of the audience, from 0 to 1. */
public enum MetricKind {
    CONVERSION_RATE("conversion rate", "share of the audience who buy"),
    REACTIVATION_RATE("reactivation rate", "share of lapsed customers who buy again"),
    REPURCHASE_RATE("repurchase rate", "share of the audience who buy again"),
    CLICK_RATE("click rate", "share of the audience who click a message");

    private final String label;
    private final String meaning;

    MetricKind(String label, String meaning) {
        this.label = label;
        this.meaning = meaning;
    }

    public String label() {
        return label;
    }

    public String meaning() {
        return meaning;
    }

    /** The kind of {@code text}: its label or its name, any case, spaces, dashes or underscores. */
    public static MetricKind parse(String text) {
        String key = text == null ? "" : text.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        for (MetricKind kind : values()) {
            if (kind.name().equals(key)) {
                return kind;
            }
        }
        throw new UserError("unknown success metric '" + (text == null ? "" : text.strip())
                + "' (conversion rate, reactivation rate, repurchase rate, click rate)");
    }
}
