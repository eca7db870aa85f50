package io.lakefront.domain.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** The date and time formats of the different source systems, written by hand because it is hot code. */
final class DemoDates {
    private DemoDates() {
    }

    /** US style: 03/07/1984. */
    static String us(LocalDate date) {
        return two(date.getMonthValue()) + "/" + two(date.getDayOfMonth()) + "/" + date.getYear();
    }

    /** US style with a 24-hour time, in UTC: 03/07/2024 14:05. */
    static String usDateTime(Instant instant) {
        LocalDateTime t = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), 0, ZoneOffset.UTC);
        return us(t.toLocalDate()) + " " + two(t.getHour()) + ":" + two(t.getMinute());
    }

    /** Help-desk style, in UTC: 2024-03-07 14:05. */
    static String helpDesk(Instant instant) {
        LocalDateTime t = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), 0, ZoneOffset.UTC);
        return t.toLocalDate() + " " + two(t.getHour()) + ":" + two(t.getMinute());
    }

    private static String two(int value) {
        return value < 10 ? "0" + value : Integer.toString(value);
    }
}
