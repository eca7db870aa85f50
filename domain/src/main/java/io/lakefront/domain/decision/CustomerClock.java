package io.lakefront.domain.decision;

import io.lakefront.domain.campaign.brief.Guardrails;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * One customer's clock during one decision: their usual hour smoothed towards everyone's, the send slots
 * at an hour outside quiet hours, and when their local days start — computed with {@link ZonedDateTime}
 * so clock changes keep the local hour, and remembered for the decision because every campaign asks.
 */
final class CustomerClock {
    private static final double[] COS = new double[24];
    private static final double[] SIN = new double[24];

    static {
        for (int h = 0; h < 24; h++) {
            COS[h] = Math.cos(h * Math.PI / 12);
            SIN[h] = Math.sin(h * Math.PI / 12);
        }
    }

    private final DecisionPolicy policy;
    private final CustomerProfile profile;
    private final ZoneId zone;
    private final Instant now;
    private final ZonedDateTime local;
    private int smoothedHour = -1;
    private String habit;
    private final ZonedDateTime[] fromNow = new ZonedDateTime[24];
    private final LocalDate[] cachedDays = new LocalDate[2];
    private final long[] cachedStarts = new long[2];
    private int cacheNext;

    CustomerClock(DecisionPolicy policy, CustomerProfile profile, Instant now) {
        this.policy = policy;
        this.profile = profile;
        this.zone = profile.zone();
        this.now = now;
        this.local = now.atZone(zone);
    }

    /**
     * The circular weighted mean of the customer's preferred hour (weight: their interactions) and the
     * population's (weight: the policy's hour smoothing), rounded to an hour; the customer's own hour when
     * the two cancel out exactly (opposite hours, equal weights). Only for a customer with a preferred hour.
     */
    int smoothedHour() {
        if (smoothedHour < 0) {
            int own = profile.preferredHour();
            int population = policy.populationHour();
            double wo = profile.interactions();
            double wp = policy.hourSmoothing();
            double x = wo * COS[own] + wp * COS[population];
            double y = wo * SIN[own] + wp * SIN[population];
            if (wo + wp == 0 || x * x + y * y < 1e-12) {
                smoothedHour = wo == 0 && wp > 0 ? population : own;
            } else {
                long h = Math.round(Math.atan2(y, x) * 12 / Math.PI);
                smoothedHour = (int) (((h % 24) + 24) % 24);
            }
        }
        return smoothedHour;
    }

    /** "usually responds around 19:00 (14 interactions), smoothed towards 18:00". */
    String habit() {
        if (habit == null) {
            int n = profile.interactions();
            habit = "usually responds around " + Words.hour(profile.preferredHour()) + ":00 (" + n
                    + (n == 1 ? " interaction" : " interactions") + "), smoothed towards "
                    + Words.hour(policy.populationHour()) + ":00";
        }
        return habit;
    }

    /**
     * The first moment at or after {@code from} when the local clock shows {@code hour}, minute 0, outside
     * the quiet hours of {@code g}. On a day when that hour does not exist (spring-forward) the clock jumps
     * ahead by the gap; if that lands in quiet hours the next day is taken.
     */
    ZonedDateTime slot(Instant from, int hour, Guardrails g) {
        if (from == now) {
            // Most candidates of a decision start from now at the same few hours: remember the first such time.
            ZonedDateTime first = fromNow[hour];
            if (first == null) {
                first = search(from, hour, null);
                fromNow[hour] = first;
            }
            return g.quiet(first.getHour()) ? search(from, hour, g) : first;
        }
        return search(from, hour, g);
    }

    private ZonedDateTime search(Instant from, int hour, Guardrails g) {
        ZonedDateTime start = from == now ? local : from.atZone(zone);
        LocalDate day = start.toLocalDate();
        LocalTime at = LocalTime.of(hour, 0);
        for (int i = 0; i < 8; i++) {
            ZonedDateTime t = ZonedDateTime.of(day, at, zone);
            if (!t.toInstant().isBefore(from) && (g == null || !g.quiet(t.getHour()))) {
                return t;
            }
            day = day.plusDays(1);
        }
        throw new IllegalStateException("no send time at " + hour + ":00 in " + zone + " after " + from);
    }

    /** When {@code date} starts in the customer's zone, in epoch milliseconds (the last two answers are kept). */
    long dayStart(LocalDate date) {
        for (int i = 0; i < 2; i++) {
            if (date.equals(cachedDays[i])) {
                return cachedStarts[i];
            }
        }
        long start = date.atStartOfDay(zone).toInstant().toEpochMilli();
        cachedDays[cacheNext] = date;
        cachedStarts[cacheNext] = start;
        cacheNext ^= 1;
        return start;
    }
}
