package io.lakefront.domain.audience;

import io.lakefront.domain.UserError;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A span of time a condition looks at: relative to the workspace clock's "now" (last N days, last N
 * months, this year) or between two calendar dates. Resolved in Java against a given now, never
 * against the database's clock, so a filter gives the same customers for the same {@code --as-of}.
 */
public sealed interface TimeWindow {
    /** The instants this window covers, for {@code now} and calendar dates read in {@code zone}. */
    Span resolve(Instant now, ZoneId zone);

    /** The last {@code days} days up to and including now. */
    record LastDays(int days) implements TimeWindow {
        public LastDays {
            if (days < 1) {
                throw new UserError("a window of the last " + days + " days is empty: use at least 1");
            }
        }

        @Override
        public Span resolve(Instant now, ZoneId zone) {
            return Span.upToNow(now.atZone(zone).minusDays(days).toInstant(), now);
        }
    }

    /** The last {@code months} calendar months up to and including now (same day of month, earlier). */
    record LastMonths(int months) implements TimeWindow {
        public LastMonths {
            if (months < 1) {
                throw new UserError("a window of the last " + months + " months is empty: use at least 1");
            }
        }

        @Override
        public Span resolve(Instant now, ZoneId zone) {
            return Span.upToNow(now.atZone(zone).minusMonths(months).toInstant(), now);
        }
    }

    /** From the first of January of now's year up to and including now. */
    record ThisYear() implements TimeWindow {
        @Override
        public Span resolve(Instant now, ZoneId zone) {
            LocalDate today = LocalDate.ofInstant(now, zone);
            return Span.upToNow(today.withDayOfYear(1).atStartOfDay(zone).toInstant(), now);
        }
    }

    /** Whole calendar days from {@code from} through {@code to}; either end may be open ({@code null}). */
    record Dates(LocalDate from, LocalDate to) implements TimeWindow {
        public Dates {
            if (from == null && to == null) {
                throw new UserError("a date window needs a start date, an end date or both");
            }
            if (from != null && to != null && to.isBefore(from)) {
                throw new UserError("the date window ends (" + to + ") before it starts (" + from + ")");
            }
        }

        @Override
        public Span resolve(Instant now, ZoneId zone) {
            return new Span(from == null ? null : from.atStartOfDay(zone).toInstant(),
                    to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant());
        }
    }

    /** {@code [start, end)}; a {@code null} end is open. */
    record Span(Instant start, Instant end) {
        /** A span that ends with now included (times are stored to the nanosecond). */
        static Span upToNow(Instant start, Instant now) {
            return new Span(start, now.plusNanos(1));
        }
    }
}
