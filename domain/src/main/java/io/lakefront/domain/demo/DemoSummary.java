package io.lakefront.domain.demo;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * What a demo generation wrote.
 *
 * @param persons     the people behind the records (ground truth)
 * @param rowsPerFile data rows per written file, in the order the files were opened (truth.csv included)
 * @param records     source records, i.e. rows of every file except {@code truth.csv}; equals the truth rows
 */
public record DemoSummary(int persons, Map<String, Long> rowsPerFile, long records) {
    public DemoSummary {
        rowsPerFile = Collections.unmodifiableMap(new LinkedHashMap<>(rowsPerFile));
    }

    public long rows(String fileName) {
        return rowsPerFile.getOrDefault(fileName, 0L);
    }

    /** A few lines for the command line: one per file, then the totals. */
    public String describe() {
        int width = rowsPerFile.keySet().stream().mapToInt(String::length).max().orElse(10);
        StringJoiner lines = new StringJoiner(System.lineSeparator());
        rowsPerFile.forEach((file, rows) -> lines.add(String.format("%-" + width + "s %,12d rows", file, rows)));
        lines.add(String.format("%,d persons behind %,d source records", persons, records));
        return lines.toString();
    }

    @Override
    public String toString() {
        return describe();
    }
}
