package io.lakefront.domain.prep;

import java.util.List;
import java.util.Optional;

/**
 * Date formats as users write them ({@code dd.MM.yyyy}, {@code M/d/yyyy}) and as the date readers
 * know them ({@link DateFormatGuess#PATTERNS}, with {@code uuuu} for the year so that strict parsing
 * accepts it). A day or month written with one or two letters means the same: both read {@code 7} and {@code 07}.
 */
public final class DateFormats {
    private DateFormats() {
    }

    /** The user's form of a reader pattern: {@code d.M.uuuu} → {@code dd.MM.yyyy}. */
    public static String shown(String pattern) {
        String shown = pattern.replace("uuuu", "yyyy").replace("uu", "yy");
        shown = shown.replaceAll("(?<![dM])d(?!d)", "dd").replaceAll("(?<!M)M(?![Md])", "MM");
        return shown;
    }

    /** The reader pattern of a format the user wrote; empty when no reader knows it. */
    public static Optional<String> pattern(String written) {
        if (written == null) {
            return Optional.empty();
        }
        String wanted = written.strip();
        return DateFormatGuess.PATTERNS.stream().filter(p -> shown(p).equals(wanted) || p.equals(wanted)
                || p.replace("uuuu", "yyyy").replace("uu", "yy").equals(wanted)).findFirst();
    }

    /** Every format, as the user writes it. */
    public static List<String> known() {
        return DateFormatGuess.PATTERNS.stream().map(DateFormats::shown).toList();
    }
}
