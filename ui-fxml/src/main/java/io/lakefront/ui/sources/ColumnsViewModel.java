package io.lakefront.ui.sources;

import io.lakefront.domain.governance.Actor;
import io.lakefront.domain.governance.Permission;
import io.lakefront.domain.prep.ColumnPreparation;
import io.lakefront.domain.prep.ColumnPreview;
import io.lakefront.domain.prep.ColumnTag;
import io.lakefront.domain.prep.EditColumnTag;
import io.lakefront.domain.prep.Evidence;
import io.lakefront.domain.prep.PreparationPreview;
import io.lakefront.domain.prep.SourcePreparation;
import io.lakefront.domain.prep.TagEdit;
import io.lakefront.domain.task.TaskExecutor;
import io.lakefront.ui.common.Formats;
import io.lakefront.ui.common.Tone;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Columns tab: each column's tag as last prepared, with the confidence and, once the preview is
 * computed, the tagger's evidence; changing a tag saves it as the user's choice in the source's
 * settings, after which the tab offers to prepare again; the last edits can be undone one by one.
 */
public final class ColumnsViewModel {
    static final String NOT_PREPARED = "Not prepared yet — press Prepare";
    static final String EVIDENCE_LOADING = "Reading the evidence…";
    /** Below this the tagger's guess is shown as doubtful. */
    private static final double SURE = 0.6;

    private final EditColumnTag editTag;
    private final Actor actor;
    private final TaskExecutor tasks;
    /** Reloads the source's detail after its settings changed (the argument names the source). */
    private final Consumer<String> changed;

    private final ObservableList<ColumnTagRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<ColumnTagRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyBooleanWrapper prepared = new ReadOnlyBooleanWrapper(this, "prepared");
    private final ReadOnlyStringWrapper hint = new ReadOnlyStringWrapper(this, "hint", "");
    private final ReadOnlyStringWrapper emptyText = new ReadOnlyStringWrapper(this, "emptyText", NOT_PREPARED);
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving");
    private final ReadOnlyBooleanWrapper reprepareSuggested = new ReadOnlyBooleanWrapper(this, "reprepareSuggested");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper(this, "undoText", "Undo tag edit");
    private final BooleanBinding editable;
    private final Deque<TagEdit> edits = new ArrayDeque<>();
    private String source;
    private String file = "";
    private Map<Integer, String> evidence = Map.of();

    ColumnsViewModel(EditColumnTag editTag, Actor actor, TaskExecutor tasks, ObservableBooleanValue working,
                     Consumer<String> changed) {
        this.editTag = editTag;
        this.actor = actor;
        this.tasks = tasks;
        this.changed = changed;
        boolean allowed = actor.may(Permission.MANAGE_SOURCES);
        this.editable = Bindings.createBooleanBinding(
                () -> allowed && prepared.get() && !saving.get() && !working.get(), prepared, saving, working);
    }

    /** Shows the source's saved settings; {@code null} settings: never prepared. */
    void show(String sourceName, SourcePreparation settings, String settingsFile, Map<String, Long> quarantinedByColumn) {
        boolean other = !sourceName.equals(source);
        source = sourceName;
        file = settingsFile;
        if (other) {
            evidence = Map.of();
            notice.set("");
            problem.set("");
            reprepareSuggested.set(false);
        }
        Integer keep = selected.get() == null ? null : selected.get().position();
        prepared.set(settings != null);
        if (settings == null) {
            rows.clear();
            hint.set("");
            emptyText.set(NOT_PREPARED);
            return;
        }
        List<ColumnPreparation> columns = settings.columns();
        rows.setAll(java.util.stream.IntStream.range(0, columns.size())
                .mapToObj(i -> row(i, columns.get(i), quarantinedByColumn.getOrDefault(columns.get(i).column(), 0L)))
                .toList());
        hint.set(actor.may(Permission.MANAGE_SOURCES)
                ? "Select a column, then choose its tag (or right-click it). Saved in " + shortPath(settingsFile)
                        + ", your choice wins on the next prepare."
                : "Tags are read-only for you: changing them needs the data steward role");
        emptyText.set("No columns were staged when this source was prepared");
        if (!other && keep != null && keep < rows.size()) {
            selected.set(rows.get(keep));
        } else {
            selected.set(null);
        }
    }

    /** The settings file as {@code sources/crm.yaml}: the workspace folder is on the status bar already. */
    static String shortPath(String file) {
        String[] parts = file.replace('\\', '/').split("/");
        return parts.length < 2 ? file : parts[parts.length - 2] + "/" + parts[parts.length - 1];
    }

    /** Shows that the settings file could not be read: its error, with file, line and column. */
    void showBroken(String sourceName, String message) {
        show(sourceName, null, "", Map.of());
        emptyText.set("The tags cannot be shown: " + message);
    }

    /** Adds the tagger's evidence from the preview to the rows; {@code null}: it could not be computed. */
    void showEvidence(String sourceName, PreparationPreview preview, String unavailable) {
        if (!sourceName.equals(source)) {
            return;
        }
        Map<Integer, String> texts = new java.util.HashMap<>();
        if (preview != null) {
            for (int i = 0; i < preview.columns().size(); i++) {
                texts.put(i, evidenceText(preview.columns().get(i)));
            }
        }
        evidence = texts;
        String fallback = preview == null ? "Evidence not available: " + unavailable : "";
        for (int i = 0; i < rows.size(); i++) {
            ColumnTagRow row = rows.get(i);
            String text = evidence.getOrDefault(row.position(), fallback);
            rows.set(i, row.withEvidence(tooltip(row, text)));
        }
        if (selected.get() != null && selected.get().position() < rows.size()) {
            selected.set(rows.get(selected.get().position()));
        }
    }

    private ColumnTagRow row(int position, ColumnPreparation column, long quarantinedValues) {
        boolean edited = column.userEdited();
        // The user's choice is certain; the tagger's is doubtful when unknown or not sure enough.
        boolean doubtful = !edited && (column.tag() == ColumnTag.UNKNOWN || column.confidence() < SURE);
        String rule = column.rule().isBlank() && edited ? "your tag — Prepare to apply its rule" : column.rule();
        ColumnTagRow row = new ColumnTagRow(position, column.column(), column.tag(), column.tag().code(),
                doubtful ? Tone.WARNING : Tone.ACCENT, String.format(Locale.ROOT, "%.0f%%", column.confidence() * 100),
                rule, edited, quarantinedValues, quarantinedValues == 0 ? "" : Formats.count(quarantinedValues), "");
        return row.withEvidence(tooltip(row, evidence.getOrDefault(position, EVIDENCE_LOADING)));
    }

    private static String tooltip(ColumnTagRow row, String evidenceText) {
        String head = row.edited()
                ? row.tag() + " — your choice (edited)"
                : row.tag() + " — " + row.confidence() + " sure";
        return evidenceText.isBlank() ? head : head + "\n" + evidenceText;
    }

    /** The tagger's reading in lines: what it read the column as, then each reason by kind. */
    static String evidenceText(ColumnPreview column) {
        StringBuilder text = new StringBuilder();
        if (column.edited() || column.detected() != column.tag()) {
            text.append(String.format(Locale.ROOT, "Lakefront read it as %s (%.0f%%):", column.detected().code(),
                    column.detectedConfidence() * 100));
        } else {
            text.append("Why:");
        }
        if (column.evidence().isEmpty()) {
            text.append("\n• no evidence either way");
        }
        for (Evidence e : column.evidence()) {
            text.append("\n• ").append(kind(e.kind())).append(": ").append(e.text());
        }
        return text.toString();
    }

    private static String kind(Evidence.Kind kind) {
        return switch (kind) {
            case HEADER -> "Header";
            case VALUES -> "Values";
            case DICTIONARY -> "Dictionary";
            case CONTEXT -> "Other columns";
        };
    }

    /** The tags a column can be given (CONTRACTS.md §6), in the order there. */
    public List<ColumnTag> vocabulary() {
        return List.of(ColumnTag.values());
    }

    /** Saves {@code tag} as the user's choice for the column, in the background. */
    public void changeTag(ColumnTagRow row, ColumnTag tag) {
        if (row == null || tag == null || !editable.get()) {
            return;
        }
        String sourceName = source;
        saving.set(true);
        problem.set("");
        tasks.submit("Saving the tag of " + row.column(),
                        context -> editTag.edit(actor, sourceName, row.position(), row.column(), tag))
                .result()
                .whenComplete((edit, error) -> {
                    saving.set(false);
                    if (error != null) {
                        problem.set("Could not change the tag of " + row.column() + ": " + Formats.problem(error));
                        return;
                    }
                    if (!edit.changed()) {
                        notice.set(row.column() + " is already tagged " + tag.code() + " by you.");
                        return;
                    }
                    edits.push(edit);
                    updateUndo();
                    notice.set(edit.before().tag() == tag
                            ? row.column() + " stays " + tag.code() + ": confirmed as your choice in " + file + "."
                            : row.column() + " is now " + tag.code() + " (was " + edit.before().tag().code()
                                    + "), saved in " + file + ". Prepare again to apply it.");
                    reprepareSuggested.set(true);
                    changed.accept(sourceName);
                });
    }

    /** Takes back the last tag edit that is still undone, in the background. */
    public void undo() {
        if (edits.isEmpty() || saving.get()) {
            return;
        }
        TagEdit edit = edits.peek();
        saving.set(true);
        problem.set("");
        tasks.submit("Undoing the tag edit of " + edit.after().column(), context -> {
                    editTag.undo(actor, edit);
                    return edit;
                })
                .result()
                .whenComplete((done, error) -> {
                    saving.set(false);
                    if (error != null) {
                        problem.set("Could not undo: " + Formats.problem(error));
                        edits.pop(); // it cannot be undone any more; the next older one may be
                        updateUndo();
                        return;
                    }
                    edits.pop();
                    updateUndo();
                    notice.set("Undone: " + edit.before().column() + " is " + edit.before().tag().code()
                            + " again" + (edit.before().userEdited() ? "." : ", as Lakefront read it.")
                            + " Prepare again to apply it.");
                    reprepareSuggested.set(true);
                    changed.accept(edit.source());
                });
    }

    private void updateUndo() {
        canUndo.set(!edits.isEmpty());
        TagEdit top = edits.peek();
        undoText.set(top == null ? "Undo tag edit"
                : "Undo: " + top.after().column() + " → " + top.after().tag().code());
    }

    /** After a prepare: the edits are applied, so stop suggesting one. */
    void prepared(String sourceName) {
        if (sourceName.equals(source)) {
            reprepareSuggested.set(false);
            notice.set("");
        }
    }

    public void dismissNotice() {
        notice.set("");
        reprepareSuggested.set(false);
    }

    public void dismissProblem() {
        problem.set("");
    }

    public ObservableList<ColumnTagRow> rows() { return rows; }
    /** The column the tag chooser acts on. */
    public ObjectProperty<ColumnTagRow> selectedProperty() { return selected; }
    public ReadOnlyBooleanProperty preparedProperty() { return prepared.getReadOnlyProperty(); }
    /** How to change a tag and where it is saved; empty when never prepared. */
    public ReadOnlyStringProperty hintProperty() { return hint.getReadOnlyProperty(); }
    /** The settings file's full path, for the hint's tooltip. */
    public String settingsFile() { return file; }
    /** What the tab says when it has no rows. */
    public ReadOnlyStringProperty emptyTextProperty() { return emptyText.getReadOnlyProperty(); }
    /** Empty, or what the last edit or undo did. */
    public ReadOnlyStringProperty noticeProperty() { return notice.getReadOnlyProperty(); }
    /** Empty, or why an edit or undo failed. */
    public ReadOnlyStringProperty problemProperty() { return problem.getReadOnlyProperty(); }
    /** Tags may change now: prepared, the user may manage sources, and no sync, prepare or save runs. */
    public BooleanBinding editableProperty() { return editable; }
    /** A tag changed since the last prepare: the tab offers Prepare now. */
    public ReadOnlyBooleanProperty reprepareSuggestedProperty() { return reprepareSuggested.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty canUndoProperty() { return canUndo.getReadOnlyProperty(); }
    /** Names the edit Undo takes back ({@code Undo: Phone → text}). */
    public ReadOnlyStringProperty undoTextProperty() { return undoText.getReadOnlyProperty(); }
}
