package io.lakefront.domain.source;

import java.util.Objects;

/**
 * The highest value of a source's watermark column seen by its syncs so far: the next sync reads
 * only rows whose value is newer.
 *
 * @param column the column as named by the source option {@code watermark}
 * @param value  the highest value, as the source wrote it
 */
public record Watermark(String column, String value) {
    /** The source option naming the watermark column ({@code updated_at}, {@code Last Modified}). */
    public static final String OPTION = "watermark";

    public Watermark {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(value, "value");
    }

    /** Whether this watermark was kept for the column the source names now (a changed option starts over). */
    public boolean isFor(String columnName) {
        return columnName != null && column.strip().equalsIgnoreCase(columnName.strip());
    }
}
