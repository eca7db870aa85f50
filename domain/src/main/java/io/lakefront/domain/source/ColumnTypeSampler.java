package io.lakefront.domain.source;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Judges each column's {@link ValueType} from its first {@value #SAMPLE} non-blank values, so the
 * cost stays fixed however many rows a sync reads. A type wins when at least 95% of the sampled
 * values have it: one stray "n/a" in a date column should not turn it into text.
 */
final class ColumnTypeSampler {
    static final int SAMPLE = 500;
    private static final double SHARE = 0.95;

    private final List<Map<ValueType, Integer>> counts;
    private final int[] seen;

    ColumnTypeSampler(int columns) {
        counts = new ArrayList<>(columns);
        for (int i = 0; i < columns; i++) {
            counts.add(new EnumMap<>(ValueType.class));
        }
        seen = new int[columns];
    }

    void add(List<String> row) {
        for (int i = 0; i < seen.length && i < row.size(); i++) {
            String value = row.get(i);
            if (seen[i] >= SAMPLE || value == null || value.isBlank()) {
                continue;
            }
            seen[i]++;
            counts.get(i).merge(ValueType.of(value), 1, Integer::sum);
        }
    }

    List<ValueType> types() {
        List<ValueType> types = new ArrayList<>(seen.length);
        for (int i = 0; i < seen.length; i++) {
            types.add(typeOf(i));
        }
        return types;
    }

    private ValueType typeOf(int column) {
        if (seen[column] == 0) {
            return ValueType.EMPTY;
        }
        Map<ValueType, Integer> byType = counts.get(column);
        // Dates and timestamps mixed in one column are timestamps with some times left out.
        int temporal = byType.getOrDefault(ValueType.DATE, 0) + byType.getOrDefault(ValueType.TIMESTAMP, 0);
        if (byType.getOrDefault(ValueType.TIMESTAMP, 0) > 0 && temporal >= SHARE * seen[column]) {
            return ValueType.TIMESTAMP;
        }
        for (Map.Entry<ValueType, Integer> entry : byType.entrySet()) {
            if (entry.getValue() >= SHARE * seen[column]) {
                return entry.getKey();
            }
        }
        return ValueType.TEXT;
    }
}
