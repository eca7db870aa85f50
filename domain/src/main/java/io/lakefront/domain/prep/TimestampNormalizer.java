package io.lakefront.domain.prep;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Timestamps to ISO 8601 instants in UTC ({@code 2026-10-20T10:00:00Z}). Values without an offset are
 * read in the source's zone; values without a time of day mean the start of that day.
 */
public final class TimestampNormalizer implements Normalizer {
    private static final Pattern SPLIT = Pattern.compile(
            "^(.+?)(?:[ T](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?\\s*([AaPp][Mm])?\\s*(Z|[+-]\\d{2}:?\\d{2}|UTC|GMT)?)?$");
    private final String datePattern;
    private final ZoneId zone;

    public TimestampNormalizer(String datePattern, ZoneId zone) {
        if (!DateFormatGuess.PATTERNS.contains(datePattern)) {
            throw new IllegalArgumentException("unknown date pattern " + datePattern);
        }
        this.datePattern = datePattern;
        this.zone = zone;
    }

    @Override
    public Normalized normalize(String raw) {
        if (Normalizer.isMissing(raw)) {
            return Normalized.missing();
        }
        String text = raw.strip();
        try {
            return Normalized.valid(DateTimeFormatter.ISO_INSTANT.format(OffsetDateTime.parse(text).toInstant()));
        } catch (DateTimeParseException notIsoWithOffset) {
            // fall through to the column's own format
        }
        Matcher m = SPLIT.matcher(text);
        if (!m.matches()) {
            return Normalized.invalid(raw, "not a timestamp");
        }
        LocalDate date = DateFormatGuess.parse(m.group(1), datePattern);
        if (date == null) {
            return Normalized.invalid(raw, "not a date in the format " + datePattern.replace("uuuu", "yyyy"));
        }
        LocalDateTime local = date.atStartOfDay();
        if (m.group(2) != null) {
            int hour = Integer.parseInt(m.group(2));
            if (m.group(6) != null) {
                boolean pm = m.group(6).equalsIgnoreCase("pm");
                if (hour < 1 || hour > 12) {
                    return Normalized.invalid(raw, "hour " + hour + " with AM/PM");
                }
                hour = hour % 12 + (pm ? 12 : 0);
            }
            int minute = Integer.parseInt(m.group(3));
            int second = m.group(4) == null ? 0 : Integer.parseInt(m.group(4));
            if (hour > 23 || minute > 59 || second > 59) {
                return Normalized.invalid(raw, "no such time of day");
            }
            local = local.withHour(hour).withMinute(minute).withSecond(second);
        }
        Instant instant;
        String offset = m.group(7);
        if (offset == null) {
            instant = local.atZone(zone).toInstant();
        } else if (offset.equals("Z") || offset.equals("UTC") || offset.equals("GMT")) {
            instant = local.atZone(ZoneOffset.UTC).toInstant();
        } else {
            String normalized = offset.contains(":") ? offset : offset.substring(0, 3) + ":" + offset.substring(3);
            instant = local.atOffset(ZoneOffset.of(normalized)).toInstant();
        }
        return Normalized.valid(DateTimeFormatter.ISO_INSTANT.format(instant));
    }

    @Override
    public String rule() {
        return "read as " + datePattern.replace("uuuu", "yyyy") + " [time] [offset] (zone " + zone + " when none), written as a UTC instant";
    }
}
