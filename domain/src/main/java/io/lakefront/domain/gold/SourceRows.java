package io.lakefront.domain.gold;

import io.lakefront.domain.identity.RecordKey;
import io.lakefront.domain.prep.PreparedColumn;
import java.util.List;
import java.util.Objects;

/**
 * One prepared source held in memory: its tagged columns and its rows in row order (row {@code i}
 * is the prepared table's {@code row_no i + 1}), each with its record id in the source.
 */
public record SourceRows(String source, List<PreparedColumn> columns, List<String> recordIds, List<List<String>> rows) {
    public SourceRows {
        Objects.requireNonNull(source, "source");
        columns = List.copyOf(columns);
        recordIds = List.copyOf(recordIds);
        rows = List.copyOf(rows);
        if (recordIds.size() != rows.size()) {
            throw new IllegalArgumentException(source + ": " + rows.size() + " rows but " + recordIds.size() + " record ids");
        }
    }

    public int size() {
        return rows.size();
    }

    public RecordKey key(int row) {
        return new RecordKey(source, recordIds.get(row));
    }

    /** The prepared table's row number of row {@code i}. */
    public static long rowNo(int i) {
        return i + 1L;
    }
}
