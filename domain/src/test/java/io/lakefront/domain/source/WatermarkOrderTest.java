package io.lakefront.domain.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WatermarkOrderTest {
    @Test
    void usTextTimestampsOrderByTimeAcrossMonthsAndNoon() {
        WatermarkTracker tracker = new WatermarkTracker("Last Modified", new Watermark("Last Modified", "9/30/2026 11:15 PM"));
        assertThat(tracker.isNewer("10/1/2026 12:05 am")).isTrue();
        assertThat(tracker.isNewer("9/30/2026 1:00 PM")).isFalse();
        assertThat(tracker.textOrderNote()).isEmpty();
    }

    @Test
    void numbersOrderNumericallyAndIsoTimesWithOffsetsInUtc() {
        assertThat(new WatermarkTracker("v", new Watermark("v", "9")).isNewer("10")).isTrue();
        WatermarkTracker times = new WatermarkTracker("t", new Watermark("t", "2026-10-02T09:00:00Z"));
        assertThat(times.isNewer("2026-10-02T10:30:00+02:00")).isFalse();
        assertThat(times.isNewer("2026-10-02 09:00:01")).isTrue();
        assertThat(times.isNewer("2026-10-03")).isTrue();
    }

    @Test
    void theHighestValueSeenBecomesTheNextWatermarkInTheSourcesOwnSpelling() {
        WatermarkTracker tracker = new WatermarkTracker("d", null);
        for (String value : List.of("3/1/2026", "12/31/2025", "", "3/15/2026")) {
            tracker.see(value);
        }
        assertThat(tracker.highest()).contains(new Watermark("d", "3/15/2026"));
    }

    @Test
    void valuesThatAreNotNumbersOrTimesFallBackToTextOrderAndSaySo() {
        WatermarkTracker tracker = new WatermarkTracker("rev", new Watermark("rev", "b7"));
        assertThat(tracker.isNewer("c1")).isTrue();
        assertThat(tracker.textOrderNote()).hasValueSatisfying(note -> assertThat(note).contains("compared as text"));
    }

    @Test
    void columnTypesAreJudgedFromASample() {
        ColumnTypeSampler sampler = new ColumnTypeSampler(5);
        sampler.add(List.of("02134", "1980-04-01", "2026-10-01T09:00", "yes", "Ann"));
        sampler.add(java.util.Arrays.asList("7", "4/1/1980", "10/1/2026 8:00 AM", "no", null));
        assertThat(sampler.types()).containsExactly(ValueType.NUMBER, ValueType.DATE, ValueType.TIMESTAMP,
                ValueType.BOOLEAN, ValueType.TEXT);
        assertThat(new ColumnTypeSampler(1).types()).containsExactly(ValueType.EMPTY);
    }
}
