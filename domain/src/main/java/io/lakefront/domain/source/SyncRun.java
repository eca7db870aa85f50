package io.lakefront.domain.source;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One line of a source's sync history, with its counts.
 *
 * @param rowsRead      rows the source delivered
 * @param rowsStaged    rows in the staging table once the sync committed (0 when it did not)
 * @param rowsInserted  rows appended as new records
 * @param rowsUpdated   staged records replaced because their values changed
 * @param rowsUnchanged records delivered again with the same values
 * @param rowsSkipped   rows not newer than the watermark, left out
 * @param drift         columns added, removed or retyped since the previous sync
 */
public record SyncRun(String source, Instant startedAt, Instant finishedAt, SyncStatus status,
                      long rowsRead, long rowsStaged, long rowsQuarantined, String message,
                      SyncMode mode, long rowsInserted, long rowsUpdated, long rowsUnchanged, long rowsSkipped,
                      List<SchemaDrift> drift) {
    public SyncRun {
        message = message == null ? "" : message;
        mode = mode == null ? SyncMode.FULL : mode;
        drift = List.copyOf(drift);
    }

    /** A run without incremental counts or drift (a full sync, or one recorded before they existed). */
    public SyncRun(String source, Instant startedAt, Instant finishedAt, SyncStatus status,
                   long rowsRead, long rowsStaged, long rowsQuarantined, String message) {
        this(source, startedAt, finishedAt, status, rowsRead, rowsStaged, rowsQuarantined, message,
                SyncMode.FULL, 0, 0, 0, 0, List.of());
    }

    /** {@code added 'tier'; retyped 'zip' number -> text}, or empty without drift. */
    public String driftSummary() {
        return drift.stream().map(SchemaDrift::describe).collect(Collectors.joining("; "));
    }
}
