package io.lakefront.ui.sources;

import io.lakefront.domain.UserError;
import io.lakefront.domain.governance.Actor;
import io.lakefront.domain.prep.Preparation;
import io.lakefront.domain.prep.PrepareSource;
import io.lakefront.domain.prep.QuarantineStore;
import io.lakefront.domain.prep.SourcePreparation;
import io.lakefront.domain.prep.SourcePreparationStore;
import io.lakefront.domain.source.AddSource;
import io.lakefront.domain.source.Source;
import io.lakefront.domain.source.SourceStore;
import io.lakefront.domain.source.StagingStore;
import io.lakefront.domain.source.SyncHistory;
import io.lakefront.domain.source.SyncMode;
import io.lakefront.domain.source.SyncRun;
import io.lakefront.domain.source.SyncSource;
import io.lakefront.domain.source.SyncStatus;
import io.lakefront.domain.task.TaskExecutor;
import io.lakefront.domain.task.TaskHandle;
import io.lakefront.domain.time.WorkspaceClock;
import io.lakefront.ui.AppServices;
import io.lakefront.ui.common.Formats;
import io.lakefront.ui.common.Tone;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Sources: the table of registered sources; the selected one's preview and sync history; Add source,
 * Sync now and Prepare. The Columns, Normalization and Quarantine tabs have view models of their own
 * ({@link #columns()}, {@link #normalization()}, {@link #quarantine()}), loaded here when the selection
 * or the source changes. Everything that reads or writes the workspace runs on the task executor.
 */
public final class SourcesViewModel {
    static final int PREVIEW_ROWS = 50;
    static final int HISTORY_RUNS = 20;

    private final SourceStore sources;
    private final StagingStore staging;
    private final SyncHistory history;
    private final AddSource addSource;
    private final SyncSource syncSource;
    private final PrepareSource prepareSource;
    private final SourcePreparationStore preparations;
    private final QuarantineStore quarantineStore;
    private final SourceTools tools;
    private final Actor actor;
    private final TaskExecutor tasks;
    private final WorkspaceClock clock;

    private final ObservableList<SourceRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<SourceRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObservableList<String> previewColumns = FXCollections.observableArrayList();
    private final ObservableList<List<String>> previewRows = FXCollections.observableArrayList();
    private final ObservableList<SyncRunRow> syncRuns = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper previewEmptyText = new ReadOnlyStringWrapper(this, "previewEmptyText", "");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper(this, "empty");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper syncing = new ReadOnlyBooleanWrapper(this, "syncing");
    private final ReadOnlyBooleanWrapper preparing = new ReadOnlyBooleanWrapper(this, "preparing");
    /** A sync and a preparation of the same staged rows would refuse each other: one at a time. */
    private final BooleanBinding working = syncing.or(preparing);
    private final BooleanBinding canPrepare = Bindings.createBooleanBinding(
            () -> !working.get() && selected.get() != null && selected.get().stagedRows() > 0, working, selected);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ColumnsViewModel columns;
    private final NormalizationViewModel normalization;
    private final QuarantineViewModel quarantine;
    private TaskHandle<SyncRun> runningSync;
    private String selectAfterLoad;
    private boolean syncAfterLoad;
    private int loads;

    public SourcesViewModel(AppServices services, TaskExecutor tasks) {
        this.sources = services.sources();
        this.staging = services.staging();
        this.history = services.syncHistory();
        this.addSource = services.addSource();
        this.syncSource = services.syncSource();
        this.prepareSource = services.prepareSource();
        this.preparations = services.preparations();
        this.quarantineStore = services.quarantine();
        this.tools = services.sourceTools();
        this.actor = services.actor();
        this.tasks = tasks;
        this.clock = services.clock();
        this.columns = new ColumnsViewModel(tools.editTag(), actor, tasks, working, this::settingsChanged);
        this.normalization = new NormalizationViewModel(tools.preview(), actor, tasks,
                (source, preview, why) -> columns.showEvidence(source, preview, why));
        this.quarantine = new QuarantineViewModel(tools.listQuarantine(), tools.exportQuarantine(), actor, tasks);
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
                    if (syncAfterLoad && again != null && again.name().equals(keep)) {
                        syncAfterLoad = false;
                        syncSelected();
                    }
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
            columns.show("", null, "", Map.of());
            normalization.clear();
            quarantine.clear();
            return;
        }
        String name = row.name();
        previewEmptyText.set("Loading the first rows…");
        tasks.submit("Loading " + name + " preview", context -> readDetail(name))
                .result()
                .whenComplete((detail, error) -> {
                    if (load != loads) {
                        return; // the user moved on to another source meanwhile
                    }
                    if (error != null) {
                        previewEmptyText.set("Could not load the staged rows: " + Formats.problem(error));
                        problem.set("Could not load source '" + name + "': " + Formats.problem(error));
                        return;
                    }
                    previewEmptyText.set(detail.columns().isEmpty()
                            ? "Not synced yet: Sync now stages the records and shows the first " + PREVIEW_ROWS + " here."
                            : "No rows staged: the last sync found none.");
                    previewColumns.setAll(detail.columns());
                    previewRows.setAll(detail.sample());
                    syncRuns.setAll(detail.runs().stream().map(this::runRow).toList());
                    if (!detail.settingsProblem().isEmpty()) {
                        columns.showBroken(name, detail.settingsProblem());
                        problem.set(detail.settingsProblem());
                    } else if (detail.preparation() == null) {
                        columns.show(name, null, "", Map.of());
                    } else {
                        columns.show(name, detail.preparation().settings(), detail.preparation().file(),
                                detail.preparation().quarantinedByColumn());
                    }
                    quarantine.load(name, detail.preparation() != null);
                    normalization.load(name, !detail.columns().isEmpty());
                });
    }

    private Detail readDetail(String name) {
        PreparationDetail preparation;
        String settingsProblem = "";
        try {
            preparation = preparations.load(name)
                    .map(settings -> new PreparationDetail(settings, preparations.describe(name),
                            quarantineStore.countsByColumn(name)))
                    .orElse(null);
        } catch (UserError broken) {
            // A YAML file the user broke must not hide the preview: show both, the file's error on top.
            preparation = null;
            settingsProblem = Formats.problem(broken);
        }
        return new Detail(staging.columns(name), staging.sample(name, PREVIEW_ROWS), history.forSource(name, HISTORY_RUNS),
                preparation, settingsProblem);
    }

    private record Detail(List<String> columns, List<List<String>> sample, List<SyncRun> runs,
                          PreparationDetail preparation, String settingsProblem) { }

    private record PreparationDetail(SourcePreparation settings, String file, Map<String, Long> quarantinedByColumn) { }

    /** A tag edit or undo changed the settings of {@code source}: show them, and the preview they lead to. */
    private void settingsChanged(String source) {
        SourceRow current = selected.get();
        if (current != null && current.name().equals(source)) {
            loadDetail(current);
        }
    }

    private SyncRunRow runRow(SyncRun run) {
        Tone tone = switch (run.status()) {
            case SUCCEEDED -> Tone.SUCCESS;
            case FAILED -> Tone.DANGER;
            case CANCELLED -> Tone.WARNING;
        };
        String status = run.status() == SyncStatus.SUCCEEDED ? "Succeeded"
                : run.status() == SyncStatus.FAILED ? "Failed" : "Cancelled";
        boolean incremental = run.mode() == SyncMode.INCREMENTAL;
        // A full sync rebuilds the table: every staged row is new, so inserted/updated say nothing more.
        return new SyncRunRow(Formats.time(run.startedAt(), clock.zone()), Formats.duration(run.startedAt(), run.finishedAt()),
                status, tone, incremental ? "Incremental" : "Full", Formats.count(run.rowsRead()),
                incremental ? Formats.count(run.rowsInserted()) : Formats.NONE,
                incremental ? Formats.count(run.rowsUpdated()) : Formats.NONE,
                Formats.count(run.rowsStaged()), Formats.count(run.rowsQuarantined()), run.driftSummary(), run.message());
    }

    /** Syncs the selected source in the background; the table refreshes when it ends, however it ends. */
    public void syncSelected() {
        SourceRow row = selected.get();
        if (row == null || working.get()) {
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

    /**
     * Prepares the selected source in the background (tags, normalizes, quarantines), then shows its
     * new tags and quarantine. Progress and Cancel are the status bar's, like every task's.
     */
    public void prepareSelected() {
        SourceRow row = selected.get();
        if (row == null || working.get()) {
            return;
        }
        preparing.set(true);
        problem.set("");
        notice.set("");
        tasks.submit("Preparing " + row.name(), context -> prepareSource.prepare(actor, row.name(), context))
                .result()
                .whenComplete((preparation, error) -> {
                    preparing.set(false);
                    if (error != null) {
                        Throwable cause = error instanceof CompletionException && error.getCause() != null
                                ? error.getCause() : error;
                        if (cause instanceof CancellationException) {
                            notice.set("Preparation of " + row.name() + " cancelled; its prepared records are as they were.");
                        } else {
                            problem.set("Preparation of " + row.name() + " failed: " + Formats.problem(cause));
                        }
                    } else {
                        notice.set(preparedNotice(preparation));
                        columns.prepared(row.name());
                    }
                    SourceRow current = selected.get();
                    if (current != null && current.name().equals(row.name())) {
                        loadDetail(current);
                    }
                });
    }

    private static String preparedNotice(Preparation preparation) {
        return preparation.source() + " prepared: " + Formats.count(preparation.normalized()) + " values normalized, "
                + Formats.count(preparation.quarantined()) + " quarantined. Identity → Rules shows the rules "
                + "recommended for it.";
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

    /** A fresh Add source wizard; a source it adds is listed and selected, and synced when asked to. */
    public AddSourceViewModel newSourceForm() {
        return new AddSourceViewModel(addSource, tools.inspect(), tools.passwords(), actor, tasks, (source, syncNow) -> {
            notice.set("Source " + source.name() + " added."
                    + (syncNow ? " Syncing it now." : " Select Sync now to stage its records.")
                    + " Once it is prepared, Identity → Rules recommends rules for it.");
            selectAfterLoad = source.name();
            syncAfterLoad = syncNow;
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
    public ReadOnlyBooleanProperty preparingProperty() { return preparing.getReadOnlyProperty(); }
    /** A sync or a preparation is running: the other waits. */
    public BooleanBinding workingProperty() { return working; }
    /** A source is selected, has staged rows, and nothing else runs. */
    public BooleanBinding canPrepareProperty() { return canPrepare; }
    /** The Columns tab: tags with confidence and evidence, editing and undo. */
    public ColumnsViewModel columns() { return columns; }
    /** The Normalization tab: sample values before and after their rules. */
    public NormalizationViewModel normalization() { return normalization; }
    /** The Quarantine tab: filters, counts and export. */
    public QuarantineViewModel quarantine() { return quarantine; }
    /** Whether the selected source has been prepared (it has tags). */
    public ReadOnlyBooleanProperty preparedProperty() { return columns.preparedProperty(); }
    /** What the Preview tab says when it has no rows: loading, not synced, or what went wrong. */
    public ReadOnlyStringProperty previewEmptyTextProperty() { return previewEmptyText.getReadOnlyProperty(); }
    /** Empty, or what went wrong (a failed sync or preparation), for an error message on screen. */
    public ReadOnlyStringProperty problemProperty() { return problem.getReadOnlyProperty(); }
    /** Empty, or what just happened (source added, sync finished). */
    public ReadOnlyStringProperty noticeProperty() { return notice.getReadOnlyProperty(); }
}
