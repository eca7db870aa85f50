package io.lakefront.domain.gold;

import java.io.IOException;
import java.util.List;

/** Port: reading the gold and event tables row by row, values already in the export format of CONTRACTS.md §2. */
public interface GoldTables {
    /** Receives rows; may throw to stop. */
    @FunctionalInterface
    interface Rows {
        void row(List<String> values) throws IOException;
    }

    /**
     * Every row of the table in key order, in {@link GoldTable#columns()} order followed by the values of
     * {@code customFields} (gold_customer only; empty when a customer has none); returns the row count.
     * Values: dates {@code YYYY-MM-DD}, instants ISO 8601 in UTC, booleans {@code true}/{@code false},
     * decimals plain, {@code null} when missing.
     */
    long read(GoldTable table, List<String> customFields, Rows rows) throws IOException;

    long count(GoldTable table);
}
