package io.lakefront.domain.time;

import io.lakefront.domain.UserError;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Port: "now" for everything relative to time (windows, recency, churn risk, send times).
 * {@code --as-of} fixes it so that results are reproducible.
 */
public interface WorkspaceClock {
    Instant now();

    /** The zone in which calendar dates ("today", "this year") are read. */
    ZoneId zone();

    default LocalDate today() {
        return LocalDate.ofInstant(now(), zone());
    }

    /** True when time is fixed by {@code --as-of}. */
    boolean fixed();

    static WorkspaceClock system() {
        return of(Clock.systemUTC(), false);
    }

    static WorkspaceClock fixedAt(Instant instant) {
        return of(Clock.fixed(instant, ZoneOffset.UTC), true);
    }

    /**
     * Reads an {@code --as-of} value: a date ({@code 2026-10-20}, meaning the end of that day in
     * UTC, so that all of the day's events count) or a full ISO instant.
     */
    static WorkspaceClock parse(String asOf) {
        String text = asOf == null ? "" : asOf.trim();
        try {
            if (text.length() == 10) {
                return fixedAt(LocalDate.parse(text).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusSeconds(1));
            }
            return fixedAt(Instant.parse(text));
        } catch (DateTimeException e) {
            throw new UserError("--as-of: '" + text + "' is neither a date (YYYY-MM-DD) nor an ISO instant (2026-10-20T10:00:00Z)");
        }
    }

    private static WorkspaceClock of(Clock clock, boolean fixed) {
        return new WorkspaceClock() {
            @Override public Instant now() { return clock.instant(); }
            @Override public ZoneId zone() { return ZoneOffset.UTC; }
            @Override public boolean fixed() { return fixed; }
            @Override public String toString() { return fixed ? "as of " + clock.instant() : "system clock"; }
        };
    }
}
