package io.lakefront.domain.source;

import io.lakefront.domain.UserError;
import io.lakefront.domain.governance.Actor;
import io.lakefront.domain.governance.AuditEntry;
import io.lakefront.domain.governance.AuditLog;
import io.lakefront.domain.governance.Permission;
import io.lakefront.domain.task.TaskContext;
import io.lakefront.domain.time.WorkspaceClock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CancellationException;

/**
 * Streams a source into its staging table: row by row, with progress and cancel, replacing the
 * previous staging table only when every row was read. Each run lands in the sync history,
 * whatever its outcome.
 */
public final class SyncSource {
    private static final int PROGRESS_EVERY = 10_000;

    private final SourceStore sources;
    private final SourceReader reader;
    private final StagingStore staging;
    private final SyncHistory history;
    private final AuditLog audit;
    private final WorkspaceClock clock;

    public SyncSource(SourceStore sources, SourceReader reader, StagingStore staging, SyncHistory history,
                      AuditLog audit, WorkspaceClock clock) {
        this.sources = sources;
        this.reader = reader;
        this.staging = staging;
        this.history = history;
        this.audit = audit;
        this.clock = clock;
    }

    public SyncRun sync(Actor actor, String sourceName, TaskContext context) {
        actor.require(Permission.MANAGE_SOURCES);
        Source source = sources.find(sourceName)
                .orElseThrow(() -> new UserError("no source named '" + sourceName + "'"));
        Instant started = clock.now();
        long read = 0;
        context.message("Syncing " + source.name());
        try (RowStream rows = reader.open(source);
             StagingWriter writer = staging.open(source.name(), rows.columns())) {
            List<String> row;
            while ((row = rows.next()) != null) {
                writer.append(row);
                read++;
                if (read % PROGRESS_EVERY == 0) {
                    context.checkCancelled();
                    context.progress(rows.done(), rows.total());
                }
            }
            context.checkCancelled();
            writer.commit();
            context.progress(rows.total(), rows.total());
        } catch (CancellationException e) {
            finish(actor, new SyncRun(source.name(), started, clock.now(), SyncStatus.CANCELLED, read, 0, 0,
                    "cancelled after " + read + " rows; staging left as it was"));
            throw e;
        } catch (IOException | UncheckedIOException e) {
            String message = e.getMessage() == null ? e.toString() : e.getMessage();
            finish(actor, new SyncRun(source.name(), started, clock.now(), SyncStatus.FAILED, read, 0, 0, message));
            throw new UserError("source '" + source.name() + "' (" + source.location() + "): " + message, e);
        } catch (UserError e) {
            finish(actor, new SyncRun(source.name(), started, clock.now(), SyncStatus.FAILED, read, 0, 0, e.getMessage()));
            throw e;
        }
        SyncRun run = new SyncRun(source.name(), started, clock.now(), SyncStatus.SUCCEEDED, read, read, 0, "");
        finish(actor, run);
        return run;
    }

    private void finish(Actor actor, SyncRun run) {
        history.record(run);
        audit.append(new AuditEntry(clock.now(), actor.name(), "source.synced", "source " + run.source(),
                run.status() + " read=" + run.rowsRead() + " staged=" + run.rowsStaged()));
    }
}
