package io.lakefront.domain.audience;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TimeWindowTest {
    private static final Instant NOW = Instant.parse("2026-10-20T23:59:59Z");

    @Test
    void relativeWindowsEndWithNowIncluded() {
        TimeWindow.Span days = new TimeWindow.LastDays(90).resolve(NOW, ZoneOffset.UTC);
        assertThat(days.start()).isEqualTo(Instant.parse("2026-07-22T23:59:59Z"));
        assertThat(days.end()).isEqualTo(NOW.plusNanos(1));

        TimeWindow.Span months = new TimeWindow.LastMonths(3).resolve(NOW, ZoneOffset.UTC);
        assertThat(months.start()).isEqualTo(Instant.parse("2026-07-20T23:59:59Z"));
    }

    @Test
    void thisYearStartsOnTheFirstOfJanuaryInTheClocksZone() {
        assertThat(new TimeWindow.ThisYear().resolve(NOW, ZoneOffset.UTC).start())
                .isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
        // 2027-01-01T02:00 in Auckland is still 2026 in UTC: the zone decides which year "this year" is.
        Instant newYearInAuckland = Instant.parse("2026-12-31T13:00:00Z");
        assertThat(new TimeWindow.ThisYear().resolve(newYearInAuckland, ZoneId.of("Pacific/Auckland")).start())
                .isEqualTo(Instant.parse("2026-12-31T11:00:00Z"));
    }

    @Test
    void dateWindowsCoverWholeDaysAndMayBeOpen() {
        TimeWindow.Span span = new TimeWindow.Dates(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31))
                .resolve(NOW, ZoneOffset.UTC);
        assertThat(span.start()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
        assertThat(span.end()).isEqualTo(Instant.parse("2026-04-01T00:00:00Z"));

        TimeWindow.Span since = new TimeWindow.Dates(LocalDate.of(2026, 1, 1), null).resolve(NOW, ZoneOffset.UTC);
        assertThat(since.end()).isNull();
    }
}
