package io.lakefront.domain.source;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A watermark value read for ordering: a number, a point in time, or (when neither parses) its text.
 * Times with an offset are compared in UTC; dates count as their midnight, so a date column and a
 * timestamp column order alike.
 */
record WatermarkValue(String text, BigDecimal number, LocalDateTime time) {
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+(\\.\\d+)?|\\.\\d+)([eE][-+]?\\d+)?");
    private static final List<DateTimeFormatter> DATE_TIMES = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE_TIME,
            pattern("uuuu-MM-dd HH:mm[:ss][.SSSSSSSSS][.SSSSSS][.SSS]"),
            pattern("M/d/uuuu h:mm[:ss] a"),
            pattern("M/d/uuuu h:mm[:ss]a"),
            pattern("M/d/uuuu H:mm[:ss]"),
            pattern("d.M.uuuu H:mm[:ss]"));
    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE,
            pattern("M/d/uuuu"),
            pattern("uuuu/M/d"),
            pattern("d.M.uuuu"));

    static WatermarkValue of(String text) {
        String v = text.strip();
        if (NUMBER.matcher(v).matches()) {
            return new WatermarkValue(text, new BigDecimal(v), null);
        }
        return new WatermarkValue(text, null, parseTime(v).orElse(null));
    }

    boolean isNumber() {
        return number != null;
    }

    boolean isTime() {
        return time != null;
    }

    /** Whether {@code other} orders the same way as this, by number or by time. */
    boolean comparableWith(WatermarkValue other) {
        return (isNumber() && other.isNumber()) || (isTime() && other.isTime());
    }

    /** Orders by number or time when both sides are one; otherwise by text (the caller says so). */
    int compareTo(WatermarkValue other) {
        if (isNumber() && other.isNumber()) {
            return number.compareTo(other.number);
        }
        if (isTime() && other.isTime()) {
            return time.compareTo(other.time);
        }
        return text.compareTo(other.text);
    }

    /** A point in time in any of the formats sources use: ISO with or without offset, US and German text. */
    static Optional<LocalDateTime> parseTime(String value) {
        String v = value.strip();
        if (v.isEmpty() || !Character.isDigit(v.charAt(0))) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(v).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime());
        } catch (DateTimeParseException e) {
            // not an offset date-time
        }
        for (DateTimeFormatter format : DATE_TIMES) {
            try {
                return Optional.of(LocalDateTime.parse(v, format));
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        for (DateTimeFormatter format : DATES) {
            try {
                return Optional.of(LocalDate.parse(v, format).atStartOfDay());
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        return Optional.empty();
    }

    private static DateTimeFormatter pattern(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(Locale.US);
    }
}
