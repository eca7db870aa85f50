package io.lakefront.domain.source;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The coarse kind of a column's values, judged from a sample; schema drift compares it between
 * syncs. {@link #EMPTY} means the sample held no values, so nothing can be said (never a retype).
 */
public enum ValueType {
    NUMBER, DATE, TIMESTAMP, BOOLEAN, TEXT, EMPTY;

    private static final Pattern NUMBER_TEXT = Pattern.compile("[-+]?(\\d+([.,]\\d+)?|[.,]\\d+)([eE][-+]?\\d+)?");
    private static final Pattern BOOLEAN_TEXT = Pattern.compile("(?i)true|false|yes|no|t|f|y|n");
    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("M/d/uuuu", Locale.ROOT),
            DateTimeFormatter.ofPattern("d.M.uuuu", Locale.ROOT),
            DateTimeFormatter.ofPattern("uuuu/M/d", Locale.ROOT));

    /** The kind of one non-blank value. */
    public static ValueType of(String value) {
        String v = value.strip();
        if (v.isEmpty()) {
            return EMPTY;
        }
        if (NUMBER_TEXT.matcher(v).matches()) {
            return NUMBER;
        }
        if (BOOLEAN_TEXT.matcher(v).matches()) {
            return BOOLEAN;
        }
        if (WatermarkValue.parseTime(v).isPresent()) {
            return isDate(v) ? DATE : TIMESTAMP;
        }
        return isDate(v) ? DATE : TEXT;
    }

    private static boolean isDate(String v) {
        for (DateTimeFormatter format : DATES) {
            try {
                LocalDate.parse(v, format);
                return true;
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        return false;
    }

    /** Whether a change from this type to {@code other} is worth reporting as a retyped column. */
    public boolean differsFrom(ValueType other) {
        return this != EMPTY && other != EMPTY && this != other;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
