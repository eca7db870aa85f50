package io.lakefront.ui.sources;

import io.lakefront.domain.governance.Actor;
import io.lakefront.domain.governance.PermissionDenied;
import io.lakefront.domain.prep.ColumnPreview;
import io.lakefront.domain.prep.PreparationPreview;
import io.lakefront.domain.prep.PreviewPreparation;
import io.lakefront.domain.prep.ValuePreview;
import io.lakefront.domain.task.TaskExecutor;
import io.lakefront.domain.task.TaskHandle;
import io.lakefront.ui.common.Formats;
import io.lakefront.ui.common.Tone;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Normalization tab: what the next prepare would do to the selected source's first staged rows,
 * column by column — the tag and rule in words, then each sample value before and after, invalid ones
 * flagged with the reason they would be quarantined. Computed in the background by the domain's
 * {@link PreviewPreparation}, which decides tags and rules exactly as prepare does.
 */
public final class NormalizationViewModel {
    static final int ROWS = 50;
    static final String NOT_SYNCED = "Not synced yet — Sync now stages the rows this tab previews";
    static final String LOADING = "Working out the rules on the first rows…";
    static final String DENIED = "The normalization preview shows raw personal data: it needs the data steward role";

    private final PreviewPreparation preview;
    private final Actor actor;
    private final TaskExecutor tasks;
    private final PreviewListener listener;

    private final ObservableList<NormalizedColumnRow> columns = FXCollections.observableArrayList();
    private final ObjectProperty<NormalizedColumnRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObservableList<NormalizedValueRow> values = FXCollections.observableArrayList();
    private final BooleanProperty onlyChanges = new SimpleBooleanProperty(this, "onlyChanges");
    private final ReadOnlyStringWrapper rule = new ReadOnlyStringWrapper(this, "rule", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper emptyText = new ReadOnlyStringWrapper(this, "emptyText", NOT_SYNCED);
    private final ReadOnlyStringWrapper valuesEmptyText = new ReadOnlyStringWrapper(this, "valuesEmptyText", "");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(this, "failed");
    private PreparationPreview shown;
    private TaskHandle<PreparationPreview> running;
    private int loads;

    /** Told of each preview once computed (or why not), so the Columns tab can show the evidence. */
    @FunctionalInterface
    interface PreviewListener {
        void loaded(String source, PreparationPreview preview, String problem);
    }

    NormalizationViewModel(PreviewPreparation preview, Actor actor, TaskExecutor tasks, PreviewListener listener) {
        this.preview = preview;
        this.actor = actor;
        this.tasks = tasks;
        this.listener = listener;
        selected.addListener((obs, old, now) -> showValues());
        onlyChanges.addListener((obs, old, now) -> showValues());
    }

    /** Computes the preview of the source in the background; a source with nothing staged has none. */
    void load(String sourceName, boolean staged) {
        int load = ++loads;
        if (running != null) {
            running.cancel();
            running = null;
        }
        failed.set(false);
        if (!staged) {
            show(null);
            emptyText.set(NOT_SYNCED);
            listener.loaded(sourceName, null, "the source is not synced yet");
            return;
        }
        loading.set(true);
        if (shown == null || !shown.source().equals(sourceName)) {
            show(null);
        }
        emptyText.set(LOADING);
        TaskHandle<PreparationPreview> handle = tasks.submit("Previewing the normalization of " + sourceName,
                context -> preview.preview(actor, sourceName, ROWS, context));
        running = handle;
        handle.result().whenComplete((result, error) -> {
            if (load != loads) {
                return; // another source, or a newer load of this one, took over
            }
            running = null;
            loading.set(false);
            if (error != null) {
                Throwable cause = error instanceof java.util.concurrent.CompletionException && error.getCause() != null
                        ? error.getCause() : error;
                if (cause instanceof CancellationException) {
                    return;
                }
                show(null);
                failed.set(true);
                String why = cause instanceof PermissionDenied ? DENIED : "Could not preview the normalization: "
                        + Formats.problem(cause);
                emptyText.set(why);
                listener.loaded(sourceName, null, cause instanceof PermissionDenied
                        ? "it needs the data steward role" : Formats.problem(cause));
                return;
            }
            show(result);
            listener.loaded(sourceName, result, "");
        });
    }

    void clear() {
        ++loads;
        if (running != null) {
            running.cancel();
            running = null;
        }
        loading.set(false);
        failed.set(false);
        show(null);
        emptyText.set(NOT_SYNCED);
    }

    private void show(PreparationPreview result) {
        Integer keep = selected.get() == null || shown == null || result == null
                || !shown.source().equals(result.source()) ? null : selected.get().position();
        shown = result;
        if (result == null) {
            columns.clear();
            selected.set(null);
            summary.set("");
            return;
        }
        List<NormalizedColumnRow> rows = new ArrayList<>();
        for (int i = 0; i < result.columns().size(); i++) {
            rows.add(columnRow(i, result));
        }
        columns.setAll(rows);
        long invalid = rows.stream().mapToLong(NormalizedColumnRow::invalid).sum();
        long changed = rows.stream().mapToLong(NormalizedColumnRow::changed).sum();
        summary.set("The next prepare on the first " + Formats.count(result.rows().size()) + " staged rows: "
                + Formats.count(changed) + " values rewritten, " + Formats.count(invalid)
                + (invalid == 1 ? " value" : " values") + " would be quarantined");
        emptyText.set("This source has no columns");
        selected.set(rows.isEmpty() ? null : keep != null && keep < rows.size() ? rows.get(keep) : firstAtWork(rows));
        showValues();
    }

    /** The column to show first: one whose values the rule refuses, else one it rewrites, else the first. */
    private static NormalizedColumnRow firstAtWork(List<NormalizedColumnRow> rows) {
        return rows.stream().filter(r -> r.invalid() > 0).findFirst()
                .or(() -> rows.stream().filter(r -> r.changed() > 0).findFirst())
                .orElse(rows.get(0));
    }

    private static NormalizedColumnRow columnRow(int position, PreparationPreview result) {
        ColumnPreview column = result.columns().get(position);
        long changed = 0;
        long invalid = 0;
        for (List<ValuePreview> row : result.rows()) {
            ValuePreview value = row.get(position);
            if (value.invalid()) {
                invalid++;
            } else if (value.changed()) {
                changed++;
            }
        }
        List<String> parts = new ArrayList<>();
        if (changed > 0) {
            parts.add(Formats.count(changed) + " changed");
        }
        if (invalid > 0) {
            parts.add(Formats.count(invalid) + " invalid");
        }
        return new NormalizedColumnRow(position, column.column(), column.tag().code(),
                column.rule().isBlank() ? "kept as read" : column.rule(),
                parts.isEmpty() ? "as read" : String.join(" · ", parts), invalid > 0 ? Tone.DANGER : Tone.NEUTRAL,
                changed, invalid);
    }

    private void showValues() {
        NormalizedColumnRow column = selected.get();
        if (column == null || shown == null) {
            values.clear();
            rule.set("");
            valuesEmptyText.set("");
            return;
        }
        rule.set(column.column() + " · " + column.tag() + " · " + column.rule());
        List<NormalizedValueRow> rows = new ArrayList<>();
        for (int r = 0; r < shown.rows().size(); r++) {
            NormalizedValueRow row = valueRow(r + 1, shown.rows().get(r).get(column.position()));
            if (!onlyChanges.get() || row.state() == NormalizedValueRow.State.CHANGED || row.invalid()) {
                rows.add(row);
            }
        }
        values.setAll(rows);
        valuesEmptyText.set(onlyChanges.get() ? "The rule leaves every shown value of " + column.column() + " as it is"
                : "No rows staged");
    }

    private static NormalizedValueRow valueRow(int number, ValuePreview value) {
        if (value.invalid()) {
            return new NormalizedValueRow(number, value.before(), Formats.NONE, NormalizedValueRow.State.INVALID,
                    value.reason());
        }
        if (value.after() == null) {
            return new NormalizedValueRow(number, "", Formats.NONE, NormalizedValueRow.State.MISSING, "empty");
        }
        return value.changed()
                ? new NormalizedValueRow(number, value.before(), value.after(), NormalizedValueRow.State.CHANGED, "")
                : new NormalizedValueRow(number, value.before(), value.after(), NormalizedValueRow.State.UNCHANGED, "");
    }

    /** The source's columns with tag, rule and what the rule does to the shown rows. */
    public ObservableList<NormalizedColumnRow> columns() { return columns; }
    /** The column whose values are shown. */
    public ObjectProperty<NormalizedColumnRow> selectedProperty() { return selected; }
    /** The selected column's sample values before and after. */
    public ObservableList<NormalizedValueRow> values() { return values; }
    /** Show only the values the rule rewrites or refuses. */
    public BooleanProperty onlyChangesProperty() { return onlyChanges; }
    /** The selected column, its tag and its rule in words. */
    public ReadOnlyStringProperty ruleProperty() { return rule.getReadOnlyProperty(); }
    /** What the next prepare would do to the shown rows, all columns together. */
    public ReadOnlyStringProperty summaryProperty() { return summary.getReadOnlyProperty(); }
    /** Not synced, working, not allowed, or what went wrong. */
    public ReadOnlyStringProperty emptyTextProperty() { return emptyText.getReadOnlyProperty(); }
    public ReadOnlyStringProperty valuesEmptyTextProperty() { return valuesEmptyText.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty loadingProperty() { return loading.getReadOnlyProperty(); }
    /** The preview could not be computed: {@link #emptyTextProperty()} says why. */
    public ReadOnlyBooleanProperty failedProperty() { return failed.getReadOnlyProperty(); }
}
