package io.lakefront.domain.prep;

import io.lakefront.domain.time.WorkspaceClock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Dates from the column's detected format ({@link DateFormatGuess}) to ISO {@code YYYY-MM-DD}. For birth
 * dates, a date in the future or more than 130 years back is quarantined rather than kept.
 */
public final class DateNormalizer implements Normalizer {
    private final String pattern;
    private final WorkspaceClock birthDatesAsOf;

    private DateNormalizer(String pattern, WorkspaceClock birthDatesAsOf) {
        if (!DateFormatGuess.PATTERNS.contains(pattern)) {
            throw new IllegalArgumentException("unknown date pattern " + pattern + "; known: " + DateFormatGuess.PATTERNS);
        }
        this.pattern = pattern;
        this.birthDatesAsOf = birthDatesAsOf;
    }

    public static DateNormalizer dates(String pattern) {
        return new DateNormalizer(pattern, null);
    }

    public static DateNormalizer birthDates(String pattern, WorkspaceClock clock) {
        return new DateNormalizer(pattern, clock);
    }

    @Override
    public Normalized normalize(String raw) {
        if (Normalizer.isMissing(raw)) {
            return Normalized.missing();
        }
        LocalDate date = DateFormatGuess.parse(withoutTextMarker(raw.strip()), pattern);
        if (date == null) {
            return Normalized.invalid(raw, "not a date in the format " + shown());
        }
        if (birthDatesAsOf != null) {
            LocalDate today = birthDatesAsOf.today();
            if (date.isAfter(today)) {
                return Normalized.invalid(raw, "birth date in the future");
            }
            if (ChronoUnit.YEARS.between(date, today) > 130) {
                return Normalized.invalid(raw, "birth date more than 130 years ago");
            }
        }
        return Normalized.valid(date.toString());
    }

    private static String withoutTextMarker(String raw) {
        return raw.startsWith("'") ? raw.substring(1) : raw;
    }

    private String shown() {
        return pattern.replace("uuuu", "yyyy").replace("uu", "yy");
    }

    @Override
    public String rule() {
        return "read as " + shown() + ", written YYYY-MM-DD" + (birthDatesAsOf != null ? "; future or 130+ years back quarantined" : "");
    }
}
