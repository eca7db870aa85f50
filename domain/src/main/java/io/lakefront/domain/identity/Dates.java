package io.lakefront.domain.identity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** ISO dates packed as {@code yyyymmdd} ints, so that date comparisons allocate nothing. */
final class Dates {
    static final int NONE = Integer.MIN_VALUE;

    private Dates() {
    }

    static int parse(String iso) {
        if (iso == null || iso.length() != 10 || iso.charAt(4) != '-' || iso.charAt(7) != '-') {
            return NONE;
        }
        try {
            int year = Integer.parseInt(iso.substring(0, 4));
            int month = Integer.parseInt(iso.substring(5, 7));
            int day = Integer.parseInt(iso.substring(8, 10));
            LocalDate.of(year, month, day);
            return year * 10_000 + month * 100 + day;
        } catch (NumberFormatException | DateTimeException invalid) {
            return NONE;
        }
    }

    static int epochDay(int packed) {
        return (int) toLocalDate(packed).toEpochDay();
    }

    static long daysBetween(int a, int b) {
        return Math.abs(ChronoUnit.DAYS.between(toLocalDate(a), toLocalDate(b)));
    }

    static boolean dayMonthSwapped(int a, int b) {
        int yearA = a / 10_000;
        int yearB = b / 10_000;
        int monthA = a / 100 % 100;
        int dayA = a % 100;
        int monthB = b / 100 % 100;
        int dayB = b % 100;
        return yearA == yearB && monthA == dayB && dayA == monthB;
    }

    private static LocalDate toLocalDate(int packed) {
        return LocalDate.of(packed / 10_000, packed / 100 % 100, packed % 100);
    }
}
