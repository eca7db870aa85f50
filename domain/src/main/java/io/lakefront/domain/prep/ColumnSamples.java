package io.lakefront.domain.prep;

import java.util.ArrayList;
import java.util.List;

/** Turns rows (one value a column) into one {@link ColumnSample} a column, for the tagger. */
final class ColumnSamples {
    private ColumnSamples() {
    }

    static List<ColumnSample> of(List<String> columns, List<List<String>> rows) {
        List<ColumnSample> samples = new ArrayList<>(columns.size());
        for (int i = 0; i < columns.size(); i++) {
            List<String> values = new ArrayList<>(rows.size());
            for (List<String> row : rows) {
                values.add(value(row, i));
            }
            samples.add(new ColumnSample(columns.get(i), values));
        }
        return samples;
    }

    /** A row may be shorter than the header (a ragged file): the missing values are {@code null}. */
    static String value(List<String> row, int index) {
        return index < row.size() ? row.get(index) : null;
    }
}
