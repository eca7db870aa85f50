package io.lakefront.domain.source;

import java.util.Optional;

/**
 * One sync's view of the watermark column: which rows are newer than the stored watermark, and the
 * highest value seen, which becomes the next watermark. Values that are neither numbers nor times
 * on both sides of a comparison are compared as text, and counted so the sync can say so.
 */
final class WatermarkTracker {
    private final String column;
    private final WatermarkValue stored;
    private WatermarkValue highest;
    private long textComparisons;
    private String textExample;

    /** @param stored the watermark of the last sync, or {@code null} to let every row through */
    WatermarkTracker(String column, Watermark stored) {
        this.column = column;
        this.stored = stored == null ? null : WatermarkValue.of(stored.value());
        this.highest = this.stored;
    }

    /**
     * Whether the row's value is newer than the stored watermark. A blank value cannot be ordered,
     * so the row is let through: the upsert makes a repeat harmless, a skip could lose a new record.
     */
    boolean isNewer(String value) {
        if (stored == null || value == null || value.isBlank()) {
            return true;
        }
        return compare(WatermarkValue.of(value), stored) > 0;
    }

    void see(String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        WatermarkValue candidate = WatermarkValue.of(value);
        if (highest == null || compare(candidate, highest) > 0) {
            highest = candidate;
        }
    }

    private int compare(WatermarkValue a, WatermarkValue b) {
        if (!a.comparableWith(b)) {
            textComparisons++;
            if (textExample == null) {
                textExample = (a.isNumber() || a.isTime()) ? b.text() : a.text();
            }
        }
        return a.compareTo(b);
    }

    Optional<Watermark> highest() {
        return highest == null ? Optional.empty() : Optional.of(new Watermark(column, highest.text()));
    }

    /** A note for the sync message when some values could only be ordered as text. */
    Optional<String> textOrderNote() {
        if (textComparisons == 0) {
            return Optional.empty();
        }
        return Optional.of("watermark '" + column + "' compared as text " + textComparisons + " time(s): '"
                + textExample + "' is neither a number nor a date/time");
    }
}
