package io.lakefront.domain.prep;

import java.time.Instant;
import java.util.List;

/** The outcome of preparing one source: its rows and, per column, the tag and the counts. */
public record Preparation(String source, long rows, List<ColumnOutcome> columns, Instant startedAt, Instant finishedAt) {
    public Preparation {
        columns = List.copyOf(columns);
    }

    public long normalized() {
        return columns.stream().mapToLong(ColumnOutcome::normalized).sum();
    }

    public long quarantined() {
        return columns.stream().mapToLong(ColumnOutcome::quarantined).sum();
    }
}
