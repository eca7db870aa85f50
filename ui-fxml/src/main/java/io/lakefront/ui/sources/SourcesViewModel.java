package io.lakefront.ui.sources;

import io.lakefront.domain.governance.Actor;
import io.lakefront.domain.source.AddSource;
import io.lakefront.domain.source.Source;
import io.lakefront.domain.source.SourceStore;
import io.lakefront.domain.source.StagingStore;
import io.lakefront.domain.source.SyncHistory;
import io.lakefront.domain.source.SyncRun;
import io.lakefront.domain.source.SyncSource;
import io.lakefront.domain.source.SyncStatus;
import io.lakefront.domain.task.TaskExecutor;
import io.lakefront.domain.task.TaskHandle;
import io.lakefront.domain.time.WorkspaceClock;
import io.lakefront.ui.common.Formats;
import io.lakefront.ui.common.Tone;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Sources: the table of registered sources, the selected one's preview and sync history, Add
 * source and Sync now. Everything that reads or writes the workspace runs on the task executor.
 */
public final class SourcesViewModel {
    static final int PREVIEW_ROWS = 50;
    static final int HISTORY_RUNS = 20;

    private final SourceStore sources;
    private final StagingStore staging;
    private final SyncHistory history;
    private final AddSource addSource;
    private final SyncSource syncSource;
    private final Actor actor;
    private final TaskExecutor tasks;
    private final WorkspaceClock clock;

    private final ObservableList<SourceRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<SourceRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObservableList<String> previewColumns = FXCollections.observableArrayList();
    private final ObservableList<List<String>> previewRows = FXCollections.observableArrayList();
    private final ObservableList<SyncRunRow> syncRuns = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper(this, "empty");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper syncing = new ReadOnlyBooleanWrapper(this, "syncing");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private TaskHandle<SyncRun> runningSync;
    private String selectAfterLoad;
    private int loads;

    public SourcesViewModel(SourceStore sources, StagingStore staging, SyncHistory history, AddSource addSource,
                            SyncSource syncSource, Actor actor, TaskExecutor tasks, WorkspaceClock clock) {
        this.sources = sources;
        this.staging = staging;
        this.history = history;
        this.addSource = addSource;
        this.syncSource = syncSource;
        this.actor = actor;
        this.tasks = tasks;
        this.clock = clock;
        selected.addListener((obs, old, row) -> {
            if (row == null || old == null || !row.name().equals(old.name())) {
                loadDetail(row);
            }
        });
    }

    /** Reloads the table; keeps the selection by name, or selects the first source. */
    public void refresh() {
        busy.set(true);
        tasks.submit("Loading sources", context -> readRows())
                .result()
                .whenComplete((fresh, error) -> {
                    busy.set(false);
                    if (error != null) {
                        problem.set("Could not load the sources: " + Formats.problem(error));
                        return;
                    }
                    String current = selected.get() == null ? null : selected.get().name();
                    String keep = selectAfterLoad != null ? selectAfterLoad : current;
                    selectAfterLoad = null;
                    rows.setAll(fresh);
                    loaded.set(true);
                    empty.set(fresh.isEmpty());
                    SourceRow again = fresh.stream().filter(r -> r.name().equals(keep)).findFirst()
                            .orElse(fresh.isEmpty() ? null : fresh.get(0));
                    if (again != null && again.name().equals(current)) {
                        loadDetail(again); // same source, new counts: the listener would not reload it
                    }
                    selected.set(again);
                });
    }

    private List<SourceRow> readRows() {
        List<SourceRow> result = new ArrayList<>();
        for (Source source : sources.list()) {
            long staged = staging.count(source.name());
            List<SyncRun> newest = history.forSource(source.name(), 1);
            SyncRun last = newest.isEmpty() ? null : newest.get(0);
            result.add(new SourceRow(source.name(), source.kind(), SourceKinds.label(source.kind()), source.location(),
                    staged, Formats.count(staged),
                    last == null ? "never" : Formats.time(last.finishedAt(), clock.zone()),
                    SourceStatus.of(last)));
        }
        return result;
    }

    private void loadDetail(SourceRow row) {
        int load = ++loads;
        if (row == null) {
            previewColumns.clear();
            previewRows.clear();
            syncRuns.clear();
            return;
        }
        String name = row.name();
        tasks.submit("Loading " + name + " preview",
                        context -> new Detail(staging.columns(name), staging.sample(name, PREVIEW_ROWS),
                                history.forSource(name, HISTORY_RUNS)))
                .result()
                .whenComplete((detail, error) -> {
                    if (load != loads) {
                        return; // the user moved on to another source meanwhile
                    }
                    if (error != null) {
                        problem.set("Could not load source '" + name + "': " + Formats.problem(error));
                        return;
                    }
                    previewColumns.setAll(detail.columns());
                    previewRows.setAll(detail.sample());
                    syncRuns.setAll(detail.runs().stream().map(this::runRow).toList());
                });
    }

    private record Detail(List<String> columns, List<List<String>> sample, List<SyncRun> runs) { }

    private SyncRunRow runRow(SyncRun run) {
        Tone tone = switch (run.status()) {
            case SUCCEEDED -> Tone.SUCCESS;
            case FAILED -> Tone.DANGER;
            case CANCELLED -> Tone.WARNING;
        };
        String status = run.status() == SyncStatus.SUCCEEDED ? "Succeeded"
                : run.status() == SyncStatus.FAILED ? "Failed" : "Cancelled";
        return new SyncRunRow(Formats.time(run.startedAt(), clock.zone()), Formats.duration(run.startedAt(), run.finishedAt()),
                status, tone, Formats.count(run.rowsRead()), Formats.count(run.rowsStaged()),
                Formats.count(run.rowsQuarantined()), run.message());
    }

    /** Syncs the selected source in the background; the table refreshes when it ends, however it ends. */
    public void syncSelected() {
        SourceRow row = selected.get();
        if (row == null || syncing.get()) {
            return;
        }
        syncing.set(true);
        problem.set("");
        notice.set("");
        replaceRow(row.withStatus(SourceStatus.SYNCING));
        runningSync = tasks.submit("Syncing " + row.name(), context -> syncSource.sync(actor, row.name(), context));
        runningSync.result().whenComplete((run, error) -> {
            syncing.set(false);
            runningSync = null;
            if (error != null) {
                Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
                if (cause instanceof CancellationException) {
                    notice.set("Sync of " + row.name() + " cancelled; its staged records are as they were.");
                } else {
                    problem.set("Sync of " + row.name() + " failed: " + Formats.problem(cause));
                }
            } else {
                notice.set(row.name() + " synced: " + Formats.count(run.rowsStaged()) + " records staged in "
                        + Formats.duration(run.startedAt(), run.finishedAt()) + ".");
            }
            refresh();
        });
    }

    /** Asks the running sync to stop; it stops at its next checkpoint and leaves staging unchanged. */
    public void cancelSync() {
        if (runningSync != null) {
            runningSync.cancel();
        }
    }

    private void replaceRow(SourceRow row) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).name().equals(row.name())) {
                rows.set(i, row);
            }
        }
        if (selected.get() != null && selected.get().name().equals(row.name())) {
            selected.set(row);
        }
    }

    /** A fresh Add source form; a source it adds is listed and selected. */
    public AddSourceViewModel newSourceForm() {
        return new AddSourceViewModel(addSource, actor, tasks, source -> {
            notice.set("Source " + source.name() + " added. Select Sync now to stage its records.");
            selectAfterLoad = source.name();
            refresh();
        });
    }

    public void dismissProblem() {
        problem.set("");
    }

    public void dismissNotice() {
        notice.set("");
    }

    public ObservableList<SourceRow> rows() { return rows; }
    public ObjectProperty<SourceRow> selectedProperty() { return selected; }
    /** Original column names of the selected source, in source order. */
    public ObservableList<String> previewColumns() { return previewColumns; }
    public ObservableList<List<String>> previewRows() { return previewRows; }
    public ObservableList<SyncRunRow> syncRuns() { return syncRuns; }
    public ReadOnlyBooleanProperty loadedProperty() { return loaded.getReadOnlyProperty(); }
    /** True once loaded with no sources: the screen says how to add one. */
    public ReadOnlyBooleanProperty emptyProperty() { return empty.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty syncingProperty() { return syncing.getReadOnlyProperty(); }
    /** Empty, or what went wrong (a failed sync), for an error message on screen. */
    public ReadOnlyStringProperty problemProperty() { return problem.getReadOnlyProperty(); }
    /** Empty, or what just happened (source added, sync finished). */
    public ReadOnlyStringProperty noticeProperty() { return notice.getReadOnlyProperty(); }
}
