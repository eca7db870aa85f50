package io.lakefront.domain.identity.workspace;

import io.lakefront.domain.prep.ColumnTag;
import io.lakefront.domain.prep.PreparedColumn;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A resolved record's prepared values (column name to value, in column order), read back by the row
 * number the run stored, so that the cluster viewer and the review queue show the same thing. Empty
 * when the source was prepared again since the run and the row no longer holds the record.
 */
public final class RecordValues {
    private RecordValues() {
    }

    public static Optional<Map<String, String>> of(PreparedSources sources, List<PreparedColumn> columns,
                                                   RecordAssignment record) {
        Optional<List<String>> row = sources.row(record.key().source(), record.rowNo());
        if (row.isEmpty() || !sameRecord(columns, row.get(), record)) {
            return Optional.empty();
        }
        return Optional.of(values(columns, row.get()));
    }

    /** The prepared row still holds the record: its id column says so (or ids are row numbers). */
    private static boolean sameRecord(List<PreparedColumn> columns, List<String> row, RecordAssignment member) {
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).tag() == ColumnTag.RECORD_ID) {
                String id = c < row.size() ? row.get(c) : null;
                return id != null && id.strip().equals(member.key().recordId())
                        || member.key().recordId().equals(Long.toString(member.rowNo()));
            }
        }
        return member.key().recordId().equals(Long.toString(member.rowNo()));
    }

    private static Map<String, String> values(List<PreparedColumn> columns, List<String> row) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int c = 0; c < columns.size(); c++) {
            String name = columns.get(c).name();
            values.putIfAbsent(name.isEmpty() ? "column " + (c + 1) : name, c < row.size() ? row.get(c) : null);
        }
        return Collections.unmodifiableMap(values);
    }
}
