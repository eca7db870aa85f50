package io.lakefront.domain.prep;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DateFormatGuessTest {
    @Test
    @DisplayName("reads FEBRL's YYYYMMDD and counts the values that are no date")
    void readsCompactDates() {
        DateFormatGuess.Guess guess = DateFormatGuess.guess(List.of("19081209", "19990219", "19600231", "19150612"));

        assertThat(guess.pattern()).isEqualTo("uuuuMMdd");
        assertThat(guess.parseRate()).isEqualTo(0.75);
        assertThat(guess.dates()).contains(LocalDate.of(1908, 12, 9));
    }

    @Test
    @DisplayName("tells month-first from day-first by the values that only one of them reads")
    void monthFirstOrDayFirst() {
        assertThat(DateFormatGuess.guess(List.of("04/27/1942", "12/01/1980", "01/13/1999")).pattern()).isEqualTo("M/d/uuuu");
        assertThat(DateFormatGuess.guess(List.of("27/04/1942", "12/01/1980", "13/01/1999")).pattern()).isEqualTo("d/M/uuuu");
        assertThat(DateFormatGuess.guess(List.of("27.04.1942", "1.2.1980")).pattern()).isEqualTo("d.M.uuuu");
    }

    @Test
    @DisplayName("notices a time of day in ISO instants and local timestamps")
    void noticesTimes() {
        DateFormatGuess.Guess guess = DateFormatGuess.guess(List.of("2026-10-20T10:00:00Z", "2026-10-21 08:15:30", "2026-10-22"));

        assertThat(guess.pattern()).isEqualTo("uuuu-MM-dd");
        assertThat(guess.parseRate()).isEqualTo(1.0);
        assertThat(guess.timeRate()).isBetween(0.66, 0.67);
    }

    @Test
    @DisplayName("finds no format in numbers and words")
    void noFormatInOtherValues() {
        assertThat(DateFormatGuess.guess(List.of("4011", "smith", "6988048")).found()).isFalse();
    }
}
