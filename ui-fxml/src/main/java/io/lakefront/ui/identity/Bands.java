package io.lakefront.ui.identity;

import io.lakefront.domain.identity.MatchBand;
import io.lakefront.ui.common.Tone;
import java.util.Locale;

/** How bands and weights read on the Identity screen. */
final class Bands {
    private Bands() {
    }

    static String label(MatchBand band) {
        return switch (band) {
            case MATCH -> "Match";
            case REVIEW -> "Review";
            case NON_MATCH -> "Non-match";
        };
    }

    static Tone tone(MatchBand band) {
        return switch (band) {
            case MATCH -> Tone.SUCCESS;
            case REVIEW -> Tone.WARNING;
            case NON_MATCH -> Tone.NEUTRAL;
        };
    }

    /** A match weight with its sign, e.g. {@code +7.42}. */
    static String weight(double weight) {
        return String.format(Locale.ROOT, "%+.2f", weight);
    }

    /** A threshold as the sliders show it, e.g. {@code 6.0}. */
    static String threshold(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    static String probability(double probability) {
        return String.format(Locale.ROOT, "%.1f%%", probability * 100);
    }
}
