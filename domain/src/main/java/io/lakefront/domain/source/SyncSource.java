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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

/**
 * Streams a source into its staging table: row by row, with progress and cancel, replacing the
 * previous staging table only when every row was read. Each run lands in the sync history,
 * whatever its outcome.
 *
 * <p>A source with the option {@code watermark} syncs incrementally once it has been staged: only
 * rows newer than the highest watermark value staged so far are read (or, for files, kept), and
 * they are upserted by record id (option {@code key}, else the first column). The watermark is
 * stored in the same commit as the rows, so it can never run ahead of what is staged.
 * {@link #fullResync} rebuilds the table from every row and starts the watermark over.
 *
 * <p>Schema drift is compared by column name against the staged table and lands in the run's
 * {@link SyncRun#drift()} and message, so nothing changes without a word. An incremental sync keeps
 * the staged rows, so it keeps their columns too: added columns are appended, removed ones stay
 * (null in rows written from now on), retyped ones are reported. A full sync replaces every row,
 * so it stages the source's columns as they are now; what it dropped is named in its drift.
 */
public final class SyncSource {
    /** The source option naming the record id column used to upsert; the first column without it. */
    public static final String KEY_OPTION = "key";
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

    /** Syncs incrementally when the source has a watermark and was staged before, else in full. */
    public SyncRun sync(Actor actor, String sourceName, TaskContext context) {
        return run(actor, sourceName, false, context);
    }

    /** Reads every row again and rebuilds the staging table with the source's columns as they are now. */
    public SyncRun fullResync(Actor actor, String sourceName, TaskContext context) {
        return run(actor, sourceName, true, context);
    }

    private SyncRun run(Actor actor, String sourceName, boolean rebuild, TaskContext context) {
        actor.require(Permission.MANAGE_SOURCES);
        Source source = sources.find(sourceName)
                .orElseThrow(() -> new UserError("no source named '" + sourceName + "'"));
        Instant started = clock.now();
        List<String> staged = staging.columns(source.name());
        StagingCheckpoint checkpoint = staged.isEmpty() ? StagingCheckpoint.NONE : staging.checkpoint(source.name());
        String watermarkColumn = option(source, Watermark.OPTION);
        Watermark last = checkpoint.lastWatermark().filter(w -> w.isFor(watermarkColumn)).orElse(null);
        SyncMode mode = !rebuild && last != null ? SyncMode.INCREMENTAL : SyncMode.FULL;
        List<String> notes = new ArrayList<>();
        String modeNote = modeNote(mode, rebuild, watermarkColumn, last, checkpoint);
        if (modeNote != null) {
            notes.add(modeNote);
        }
        Tally tally = new Tally();
        context.message("Syncing " + source.name() + (mode == SyncMode.INCREMENTAL ? " (newer than " + last.value() + ")" : ""));
        List<SchemaDrift> drift;
        try (RowStream rows = mode == SyncMode.INCREMENTAL ? reader.openNewerThan(source, last) : reader.open(source)) {
            ColumnLayout layout = ColumnLayout.of(staged, names(rows.columns()), mode == SyncMode.FULL);
            int watermarkAt = watermarkColumn == null ? -1 : position(source, layout, watermarkColumn, Watermark.OPTION);
            WatermarkTracker watermark = watermarkAt < 0 ? null
                    : new WatermarkTracker(watermarkColumn, mode == SyncMode.INCREMENTAL ? last : null);
            ColumnTypeSampler sampler = new ColumnTypeSampler(layout.incoming().size());
            try (StagingSink sink = open(source, layout, mode)) {
                List<String> row;
                while ((row = rows.next()) != null) {
                    tally.read++;
                    if (row.size() > layout.incoming().size()) {
                        throw new UserError("source '" + source.name() + "', data row " + tally.read + ": " + row.size()
                                + " values but only " + layout.incoming().size() + " columns");
                    }
                    sampler.add(row);
                    String value = watermarkAt < 0 || watermarkAt >= row.size() ? null : row.get(watermarkAt);
                    if (watermark != null && !watermark.isNewer(value)) {
                        tally.skipped++;
                    } else {
                        if (watermark != null) {
                            watermark.see(value);
                        }
                        tally.count(sink.put(layout.place(row)));
                    }
                    if (tally.read % PROGRESS_EVERY == 0) {
                        context.checkCancelled();
                        context.progress(rows.done(), rows.total());
                    }
                }
                context.checkCancelled();
                List<ValueType> types = sampler.types();
                drift = layout.drift(checkpoint, types);
                Watermark highest = watermark == null ? null : watermark.highest().orElse(null);
                sink.commit(new StagingCheckpoint(layout.committedTypes(checkpoint, types), highest));
                tally.staged = sink.stagedRows();
                if (watermark != null) {
                    watermark.textOrderNote().ifPresent(notes::add);
                }
            }
            context.progress(rows.total(), rows.total());
        } catch (CancellationException e) {
            finish(actor, tally.run(source, started, clock.now(), SyncStatus.CANCELLED, mode, List.of(),
                    "cancelled after " + tally.read + " rows; staging left as it was"));
            throw e;
        } catch (IOException | UncheckedIOException e) {
            String message = e.getMessage() == null ? e.toString() : e.getMessage();
            finish(actor, tally.run(source, started, clock.now(), SyncStatus.FAILED, mode, List.of(), message));
            throw new UserError("source '" + source.name() + "' (" + source.location() + "): " + message, e);
        } catch (UserError e) {
            finish(actor, tally.run(source, started, clock.now(), SyncStatus.FAILED, mode, List.of(), e.getMessage()));
            throw e;
        }
        if (!drift.isEmpty()) {
            notes.add("schema drift: " + drift.stream().map(SchemaDrift::describe).reduce((a, b) -> a + "; " + b).orElse(""));
        }
        SyncRun run = tally.run(source, started, clock.now(), SyncStatus.SUCCEEDED, mode, drift, String.join("; ", notes));
        finish(actor, run);
        return run;
    }

    private StagingSink open(Source source, ColumnLayout layout, SyncMode mode) {
        if (mode == SyncMode.FULL) {
            return StagingSink.replacing(staging.open(source.name(), layout.columns()));
        }
        String keyColumn = option(source, KEY_OPTION);
        int keyAt = keyColumn == null ? 0 : position(source, layout, keyColumn, KEY_OPTION);
        if (layout.incoming().isEmpty()) {
            throw new UserError("source '" + source.name() + "': no columns, so no record id to sync incrementally by");
        }
        return StagingSink.upserting(staging.openUpserter(source.name(), layout.columns(), layout.targetOf(keyAt)));
    }

    private static int position(Source source, ColumnLayout layout, String column, String option) {
        int at = layout.incomingPosition(column);
        if (at < 0) {
            throw new UserError("source '" + source.name() + "', option " + option + ": no column named '" + column
                    + "' (columns: " + String.join(", ", layout.incoming()) + ")");
        }
        return at;
    }

    private static String modeNote(SyncMode mode, boolean rebuild, String watermarkColumn, Watermark last,
                                   StagingCheckpoint checkpoint) {
        if (mode == SyncMode.INCREMENTAL) {
            return "incremental: rows with " + last.column() + " newer than " + last.value();
        }
        if (rebuild) {
            return "full resync" + (watermarkColumn == null ? "" : "; watermark " + watermarkColumn + " started over");
        }
        if (watermarkColumn == null) {
            return null;
        }
        return checkpoint.lastWatermark()
                .map(w -> "full: watermark column changed from " + w.column() + " to " + watermarkColumn)
                .orElse("full: first sync with watermark " + watermarkColumn);
    }

    private static String option(Source source, String key) {
        String value = source.option(key, null);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Header names as staged: a missing name is the empty text. */
    private static List<String> names(List<String> columns) {
        List<String> names = new ArrayList<>(columns.size());
        for (String column : columns) {
            names.add(column == null ? "" : column);
        }
        return names;
    }

    private void finish(Actor actor, SyncRun run) {
        history.record(run);
        audit.append(new AuditEntry(clock.now(), actor.name(), "source.synced", "source " + run.source(),
                run.status() + " " + run.mode().name().toLowerCase(java.util.Locale.ROOT) + " read=" + run.rowsRead()
                        + " inserted=" + run.rowsInserted() + " updated=" + run.rowsUpdated()
                        + " skipped=" + run.rowsSkipped() + " staged=" + run.rowsStaged()
                        + (run.drift().isEmpty() ? "" : " drift=" + run.drift().size())));
    }

    /** The counts of one run, as they grow. */
    private static final class Tally {
        long read;
        long inserted;
        long updated;
        long unchanged;
        long skipped;
        long staged;

        void count(RowChange change) {
            switch (change) {
                case INSERTED -> inserted++;
                case UPDATED -> updated++;
                case UNCHANGED -> unchanged++;
            }
        }

        SyncRun run(Source source, Instant started, Instant finished, SyncStatus status, SyncMode mode,
                    List<SchemaDrift> drift, String message) {
            if (status != SyncStatus.SUCCEEDED) {
                // Nothing was committed: only what was read is a fact worth keeping.
                return new SyncRun(source.name(), started, finished, status, read, 0, 0, message,
                        mode, 0, 0, 0, 0, drift);
            }
            return new SyncRun(source.name(), started, finished, status, read, staged, 0, message,
                    mode, inserted, updated, unchanged, skipped, drift);
        }
    }
}
