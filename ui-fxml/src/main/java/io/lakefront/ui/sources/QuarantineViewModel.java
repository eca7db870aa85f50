package io.lakefront.ui.sources;

import io.lakefront.domain.governance.Actor;
import io.lakefront.domain.governance.PermissionDenied;
import io.lakefront.domain.prep.ExportQuarantine;
import io.lakefront.domain.prep.ListQuarantine;
import io.lakefront.domain.prep.QuarantineFilter;
import io.lakefront.domain.prep.QuarantinePage;
import io.lakefront.domain.task.TaskExecutor;
import io.lakefront.domain.task.TaskHandle;
import io.lakefront.ui.common.Formats;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Quarantine tab: the values the selected source's last prepare refused, filtered by column,
 * reason and text, with "showing N of M" counts over all of them; Export writes the filtered values
 * to a CSV file. Both run in the background through the domain's {@link ListQuarantine} and
 * {@link ExportQuarantine}, which stream the whole quarantine.
 */
public final class QuarantineViewModel {
    /** Values listed at most; the counts cover all. */
    static final int ROWS = 500;
    /** The filter choice that means any column, or any reason. */
    public static final String ANY = "";
    static final String NOT_PREPARED = "Not prepared yet — press Prepare";
    static final String NOTHING_QUARANTINED = "Nothing quarantined: every value of the last prepare could be normalized";
    static final String NO_MATCH = "No quarantined value matches these filters";
    static final String DENIED = "Quarantined values are raw personal data: seeing them needs the data steward role";

    private final ListQuarantine list;
    private final ExportQuarantine export;
    private final Actor actor;
    private final TaskExecutor tasks;

    private final StringProperty column = new SimpleStringProperty(this, "column", ANY);
    private final StringProperty reason = new SimpleStringProperty(this, "reason", ANY);
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ObservableList<String> columnChoices = FXCollections.observableArrayList(ANY);
    private final ObservableList<String> reasonChoices = FXCollections.observableArrayList(ANY);
    private final ObservableList<QuarantineRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper(this, "countText", "");
    private final ReadOnlyStringWrapper emptyText = new ReadOnlyStringWrapper(this, "emptyText", NOT_PREPARED);
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyBooleanWrapper exporting = new ReadOnlyBooleanWrapper(this, "exporting");
    private final ReadOnlyBooleanWrapper available = new ReadOnlyBooleanWrapper(this, "available");
    private final ReadOnlyBooleanWrapper matches = new ReadOnlyBooleanWrapper(this, "matches");
    private final BooleanBinding canExport = Bindings.createBooleanBinding(
            () -> matches.get() && !exporting.get(), matches, exporting);
    private final BooleanBinding filtered = Bindings.createBooleanBinding(
            () -> !any(column.get()) || !any(reason.get()) || !any(search.get()), column, reason, search);
    private String source;
    private boolean prepared;
    private boolean choosing;
    private TaskHandle<QuarantinePage> running;
    private int loads;

    QuarantineViewModel(ListQuarantine list, ExportQuarantine export, Actor actor, TaskExecutor tasks) {
        this.list = list;
        this.export = export;
        this.actor = actor;
        this.tasks = tasks;
        column.addListener((obs, old, now) -> filterChanged());
        reason.addListener((obs, old, now) -> filterChanged());
        search.addListener((obs, old, now) -> filterChanged());
    }

    /** Shows the source's quarantine; a source never prepared has none. Filters reset for another source. */
    void load(String sourceName, boolean wasPrepared) {
        if (!sourceName.equals(source)) {
            source = sourceName;
            notice.set("");
            problem.set("");
            choosing = true;
            column.set(ANY);
            reason.set(ANY);
            search.set("");
            choosing = false;
        }
        prepared = wasPrepared;
        reload();
    }

    void clear() {
        source = null;
        prepared = false;
        ++loads;
        cancelRunning();
        rows.clear();
        countText.set("");
        available.set(false);
        matches.set(false);
        emptyText.set(NOT_PREPARED);
    }

    private void filterChanged() {
        if (!choosing && source != null) {
            reload();
        }
    }

    private void reload() {
        int load = ++loads;
        cancelRunning();
        if (!prepared) {
            rows.clear();
            countText.set("");
            available.set(false);
            matches.set(false);
            emptyText.set(NOT_PREPARED);
            return;
        }
        String sourceName = source;
        QuarantineFilter filter = filter();
        loading.set(true);
        TaskHandle<QuarantinePage> handle = tasks.submit("Loading the quarantine of " + sourceName,
                context -> list.list(actor, sourceName, filter, ROWS, context));
        running = handle;
        handle.result().whenComplete((page, error) -> {
            if (load != loads) {
                return; // a newer filter or another source took over
            }
            running = null;
            loading.set(false);
            if (error != null) {
                Throwable cause = unwrap(error);
                if (cause instanceof CancellationException) {
                    return;
                }
                rows.clear();
                countText.set("");
                available.set(false);
                matches.set(false);
                emptyText.set(cause instanceof PermissionDenied ? DENIED
                        : "Could not load the quarantine: " + Formats.problem(cause));
                return;
            }
            show(page);
        });
    }

    private void show(QuarantinePage page) {
        rows.setAll(page.values().stream()
                .map(v -> new QuarantineRow(v.recordId(), v.column(), v.rawValue() == null ? "" : v.rawValue(), v.reason()))
                .toList());
        choosing = true;
        try {
            replaceChoices(columnChoices, new ArrayList<>(page.columns().keySet()), column);
            replaceChoices(reasonChoices, new ArrayList<>(page.reasons().keySet()), reason);
        } finally {
            choosing = false;
        }
        available.set(page.total() > 0);
        matches.set(page.matching() > 0);
        emptyText.set(page.total() == 0 ? NOTHING_QUARANTINED : NO_MATCH);
        countText.set(counts(page));
    }

    /** Keeps the user's choice listed even when no value has it any more, so the filter does not jump. */
    private static void replaceChoices(ObservableList<String> choices, List<String> found, StringProperty chosen) {
        List<String> all = new ArrayList<>();
        all.add(ANY);
        all.addAll(found);
        if (!any(chosen.get()) && !all.contains(chosen.get())) {
            all.add(chosen.get());
        }
        if (!choices.equals(all)) {
            String keep = chosen.get();
            choices.setAll(all);
            chosen.set(keep); // a combo box may clear its value while its items are replaced
        }
    }

    private String counts(QuarantinePage page) {
        if (page.total() == 0) {
            return "";
        }
        String shown = "Showing " + Formats.count(page.values().size()) + " of " + Formats.count(page.matching());
        if (page.matching() == page.total()) {
            return shown + (page.total() == 1 ? " quarantined value" : " quarantined values");
        }
        return shown + " matching " + (page.matching() == 1 ? "value" : "values") + " (" + Formats.count(page.total())
                + " quarantined in all)";
    }

    private QuarantineFilter filter() {
        return new QuarantineFilter(column.get(), reason.get(), search.get());
    }

    /** Writes the values that match the filters to {@code file}, in the background. */
    public void exportTo(Path file) {
        if (source == null || file == null || exporting.get()) {
            return;
        }
        String sourceName = source;
        QuarantineFilter filter = filter();
        exporting.set(true);
        notice.set("");
        problem.set("");
        tasks.submit("Exporting the quarantine of " + sourceName,
                        context -> export.export(actor, sourceName, filter, Long.MAX_VALUE, file, context))
                .result()
                .whenComplete((written, error) -> {
                    exporting.set(false);
                    if (error != null) {
                        Throwable cause = unwrap(error);
                        if (cause instanceof CancellationException) {
                            notice.set("Export cancelled; no file was written.");
                        } else {
                            problem.set("Could not export the quarantine: " + Formats.problem(cause));
                        }
                        return;
                    }
                    notice.set("Exported " + Formats.count(written) + (written == 1 ? " value" : " values") + " to " + file);
                });
    }

    /** A file name for the export: the source, and the filter when there is one. */
    public String suggestedFileName() {
        String name = (source == null ? "source" : source) + "-quarantine";
        if (!any(column.get())) {
            name += "-" + column.get().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
        }
        return name + ".csv";
    }

    /** Shows every quarantined value again. */
    public void clearFilters() {
        choosing = true;
        column.set(ANY);
        reason.set(ANY);
        search.set("");
        choosing = false;
        if (source != null) {
            reload();
        }
    }

    private void cancelRunning() {
        if (running != null) {
            running.cancel();
            running = null;
        }
    }

    private static boolean any(String choice) {
        return choice == null || choice.isBlank();
    }

    private static Throwable unwrap(Throwable error) {
        return error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    }

    public void dismissNotice() {
        notice.set("");
    }

    public void dismissProblem() {
        problem.set("");
    }

    /** The column filter: a column name, or {@link #ANY}. */
    public StringProperty columnProperty() { return column; }
    /** The reason filter: a reason, or {@link #ANY}. */
    public StringProperty reasonProperty() { return reason; }
    /** Text to find in the record id, the value or the reason, ignoring case. */
    public StringProperty searchProperty() { return search; }
    /** {@link #ANY}, then every column with quarantined values. */
    public ObservableList<String> columnChoices() { return columnChoices; }
    /** {@link #ANY}, then every reason, most frequent first. */
    public ObservableList<String> reasonChoices() { return reasonChoices; }
    /** The first {@value #ROWS} matching values. */
    public ObservableList<QuarantineRow> rows() { return rows; }
    /** {@code Showing N of M …}; empty when nothing is quarantined. */
    public ReadOnlyStringProperty countTextProperty() { return countText.getReadOnlyProperty(); }
    /** Not prepared, nothing quarantined, no match, not allowed, or what went wrong. */
    public ReadOnlyStringProperty emptyTextProperty() { return emptyText.getReadOnlyProperty(); }
    /** Empty, or where the last export went. */
    public ReadOnlyStringProperty noticeProperty() { return notice.getReadOnlyProperty(); }
    /** Empty, or why the last export failed. */
    public ReadOnlyStringProperty problemProperty() { return problem.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty loadingProperty() { return loading.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty exportingProperty() { return exporting.getReadOnlyProperty(); }
    /** The source has quarantined values: the filters are worth showing. */
    public ReadOnlyBooleanProperty availableProperty() { return available.getReadOnlyProperty(); }
    /** Some value matches the filters and no export runs. */
    public BooleanBinding canExportProperty() { return canExport; }
    /** Some filter is set. */
    public BooleanBinding filteredProperty() { return filtered; }
}
