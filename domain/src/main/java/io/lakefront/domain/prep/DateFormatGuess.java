package io.lakefront.domain.prep;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the date format that reads most of a column's values ({@code 19850412}, {@code 04/12/1985},
 * {@code 12.04.1985}, ISO dates and timestamps, ...), and whether the values carry a time of day.
 * Day-first and month-first are both tried; the one that reads more values wins.
 */
public final class DateFormatGuess {
    /** A date part, optionally followed by a time of day and a zone. */
    private static final Pattern WITH_TIME = Pattern.compile(
            "^(.+?)(?:[ T](\\d{1,2}:\\d{2}(?::\\d{2}(?:[.,]\\d{1,9})?)?)\\s*(?:[AaPp][Mm])?\\s*(?:Z|[+-]\\d{2}:?\\d{2}|UTC|GMT)?)$");

    /** The formats tried, most common first (a tie keeps the earlier one). */
    public static final List<String> PATTERNS = List.of(
            "uuuu-MM-dd", "uuuuMMdd", "M/d/uuuu", "d/M/uuuu", "d.M.uuuu", "d-M-uuuu", "M-d-uuuu", "uuuu/M/d",
            "d MMM uuuu", "MMM d, uuuu", "d MMMM uuuu", "MMMM d, uuuu", "d.M.uu", "M/d/uu");

    private static final List<DateTimeFormatter> FORMATTERS = PATTERNS.stream().map(DateFormatGuess::formatter).toList();

    /** The outcome for one column. */
    public record Guess(String pattern, double parseRate, double timeRate, List<LocalDate> dates) {
        public boolean found() {
            return pattern != null;
        }
    }

    private DateFormatGuess() {
    }

    static DateTimeFormatter formatter(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
                .toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);
    }

    public static Guess guess(List<String> values) {
        if (values.isEmpty()) {
            return new Guess(null, 0, 0, List.of());
        }
        int[] hits = new int[PATTERNS.size()];
        int withTime = 0;
        List<String> dateParts = new ArrayList<>(values.size());
        for (String value : values) {
            String datePart = value.strip();
            Matcher m = WITH_TIME.matcher(datePart);
            if (m.matches() && m.group(2) != null) {
                datePart = m.group(1);
                withTime++;
            }
            dateParts.add(datePart);
            for (int i = 0; i < FORMATTERS.size(); i++) {
                if (parse(datePart, i) != null) {
                    hits[i]++;
                }
            }
        }
        int best = 0;
        for (int i = 1; i < hits.length; i++) {
            if (hits[i] > hits[best]) {
                best = i;
            }
        }
        if (hits[best] == 0) {
            return new Guess(null, 0, 0, List.of());
        }
        List<LocalDate> dates = new ArrayList<>();
        for (String part : dateParts) {
            LocalDate date = parse(part, best);
            if (date != null) {
                dates.add(date);
            }
        }
        return new Guess(PATTERNS.get(best), (double) hits[best] / values.size(), (double) withTime / values.size(), dates);
    }

    /** Reads one date part with a known pattern; {@code null} when it does not fit. */
    public static LocalDate parse(String datePart, String pattern) {
        int index = PATTERNS.indexOf(pattern);
        if (index < 0) {
            throw new IllegalArgumentException("unknown date pattern " + pattern);
        }
        String stripped = datePart.strip();
        if (stripped.indexOf(':') < 0) {
            // No time of day without a colon: the whole value is the date part.
            return parse(stripped, index);
        }
        Matcher m = WITH_TIME.matcher(stripped);
        String part = m.matches() && m.group(2) != null ? m.group(1) : stripped;
        return parse(part, index);
    }

    private static boolean allDigits(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static LocalDate parse(String datePart, int index) {
        String pattern = PATTERNS.get(index);
        // Cheap shape checks first: most values of most columns are not dates at all.
        if (datePart.length() < 6 || datePart.length() > 20 || !Character.isLetterOrDigit(datePart.charAt(0))
                || !Text.hasDigit(datePart) || pattern.contains("MMM") != Text.hasLetter(datePart)) {
            return null;
        }
        if (pattern.equals("uuuuMMdd") && (datePart.length() != 8 || !allDigits(datePart))) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(datePart, FORMATTERS.get(index));
            return date.getYear() >= 1850 && date.getYear() <= 2150 ? date : null;
        } catch (DateTimeParseException notThisFormat) {
            return null;
        }
    }
}
