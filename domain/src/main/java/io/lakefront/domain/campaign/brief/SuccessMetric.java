package io.lakefront.domain.campaign.brief;

import io.lakefront.domain.UserError;
import java.util.Locale;
import java.util.Objects;

/**
 * How the campaign is judged: a share of the audience measured over {@code windowDays} after a
 * customer enters, where it stands now ({@code baseline}, from the data) and where the plan aims.
 */
public record SuccessMetric(MetricKind kind, double baseline, double target, int windowDays) {
    public SuccessMetric {
        Objects.requireNonNull(kind, "kind");
        requireShare(baseline, "baseline");
        requireShare(target, "target");
        if (windowDays < 1 || windowDays > 365) {
            throw new UserError("metric window: " + windowDays + " days is not between 1 and 365");
        }
    }

    private static void requireShare(double value, String what) {
        if (Double.isNaN(value) || value < 0 || value > 1) {
            throw new UserError("metric " + what + ": " + value + " is not a share between 0 and 1");
        }
    }

    /** "reactivation rate from 2.1% to 3.0% within 30 days". */
    public String sentence() {
        return String.format(Locale.ROOT, "%s from %s to %s within %d days", kind.label(), percent(baseline),
                percent(target), windowDays);
    }

    /** {@code 0.0213} as {@code 2.1%}. */
    public static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }
}
