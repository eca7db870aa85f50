package io.lakefront.domain.source;

import java.time.Instant;

/** One line of a source's sync history, with its counts. */
public record SyncRun(String source, Instant startedAt, Instant finishedAt, SyncStatus status,
                      long rowsRead, long rowsStaged, long rowsQuarantined, String message) {
    public SyncRun {
        message = message == null ? "" : message;
    }
}
