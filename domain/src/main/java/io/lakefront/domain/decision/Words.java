package io.lakefront.domain.decision;

import java.time.LocalDate;
import java.time.ZonedDateTime;

/**
 * How numbers, dates and times read in reason values ({@code 0.042}, {@code 3.0%}, {@code Thu 3 Dec, 18:00}):
 * for people, in English, without {@code String.format} so that the engine can fill every trace at speed.
 */
final class Words {
    private static final String[] DAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
            "Nov", "Dec"};
    private static final String[] HOURS = new String[24];
    private static final long[] TENS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000};

    static {
        for (int h = 0; h < 24; h++) {
            HOURS[h] = h < 10 ? "0" + h : Integer.toString(h);
        }
    }

    private Words() {
    }

    /** {@code Thu 3 Dec}. */
    static String date(LocalDate date) {
        return DAYS[date.getDayOfWeek().ordinal()] + " " + date.getDayOfMonth() + " " + MONTHS[date.getMonthValue() - 1];
    }

    /** {@code Thu 3 Dec, 18:00}. */
    static String when(ZonedDateTime time) {
        return date(time.toLocalDate()) + ", " + clock(time.getHour(), time.getMinute());
    }

    /** {@code 18:05}. */
    static String clock(int hour, int minute) {
        return HOURS[hour] + ":" + two(minute);
    }

    /** {@code 07}. */
    static String hour(int hour) {
        return HOURS[hour];
    }

    private static String two(int value) {
        return value < 10 ? "0" + value : Integer.toString(value);
    }

    /**
     * A number for people: whole above 100, two decimals from 1, three significant digits below 1, trailing
     * zeros dropped ({@code 0.042}, {@code 1.5}, {@code 250}).
     */
    static String number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        if (value < 0) {
            return "-" + number(-value);
        }
        if (value == 0) {
            return "0";
        }
        if (value >= 100) {
            return Long.toString(Math.round(value));
        }
        int decimals = value >= 1 ? 2 : Math.min(7, 2 - (int) Math.floor(Math.log10(value)));
        long scaled = Math.round(value * TENS[decimals]);
        while (decimals > 0 && scaled % 10 == 0) {
            scaled /= 10;
            decimals--;
        }
        if (decimals == 0) {
            return Long.toString(scaled);
        }
        String digits = Long.toString(scaled);
        StringBuilder out = new StringBuilder(decimals + 3);
        if (digits.length() <= decimals) {
            out.append("0.");
            for (int i = digits.length(); i < decimals; i++) {
                out.append('0');
            }
            return out.append(digits).toString();
        }
        int point = digits.length() - decimals;
        return out.append(digits, 0, point).append('.').append(digits, point, digits.length()).toString();
    }

    /** A share as a percentage with one decimal: {@code 0.03} is {@code 3.0%}. */
    static String percent(double share) {
        long tenths = Math.round(share * 1000);
        return tenths / 10 + "." + tenths % 10 + "%";
    }

    /** {@code 1 message}, {@code 2 messages}. */
    static String messages(int count) {
        return count == 1 ? "1 message" : count + " messages";
    }

    /** A cap window in words: {@code within a week}, {@code within 30 days}. */
    static String period(int days) {
        return days == 1 ? "within a day" : days == 7 ? "within a week" : "within " + days + " days";
    }

    /** A cap in words: {@code the weekly cap is 2}, {@code the email cap is 1 a week}, {@code the cap is 3 in 30 days}. */
    static String limit(String what, int cap, int days) {
        String subject = what == null ? "the" : "the " + what;
        if (days == 7) {
            return what == null ? "the weekly cap is " + cap : subject + " cap is " + cap + " a week";
        }
        if (days == 1) {
            return subject + " cap is " + cap + " a day";
        }
        return subject + " cap is " + cap + " in " + days + " days";
    }
}
