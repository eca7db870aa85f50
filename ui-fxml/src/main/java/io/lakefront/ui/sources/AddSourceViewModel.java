package io.lakefront.ui.sources;

import io.lakefront.domain.governance.Actor;
import io.lakefront.domain.prep.ColumnTag;
import io.lakefront.domain.prep.ColumnTagging;
import io.lakefront.domain.prep.Evidence;
import io.lakefront.domain.prep.InspectSource;
import io.lakefront.domain.prep.SourceInspection;
import io.lakefront.domain.source.AddSource;
import io.lakefront.domain.source.SessionPasswords;
import io.lakefront.domain.source.Source;
import io.lakefront.domain.source.SourceKind;
import io.lakefront.domain.source.SyncSource;
import io.lakefront.domain.source.Watermark;
import io.lakefront.domain.task.TaskExecutor;
import io.lakefront.ui.common.Formats;
import io.lakefront.ui.common.Tone;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Add source wizard: the kind (file, folder, database), where it is (a path, or a JDBC URL with
 * user, password and table or query), then a test that reads the first rows the way a sync will and
 * shows them with the tag each column would get, where the incremental-sync options are chosen from
 * the columns found. Validation is the domain's ({@link AddSource#check}): its message is shown as it
 * is, so the wizard and the command line say the same thing. A password stays in memory for this
 * session only ({@link SessionPasswords}); it is never saved with the source.
 */
public final class AddSourceViewModel {
    /** The wizard's pages, in order. */
    public enum Step { KIND, CONNECTION, PREVIEW }

    /** Rows shown in the preview grid. */
    static final int PREVIEW_ROWS = 20;
    /** The watermark or key choice that means none (no incremental sync; the first column as key). */
    public static final String NONE = "";
    static final String PASSWORD_NOTE = "Kept in memory for this session only: Lakefront has no secret store yet, "
            + "so the password is never saved. After a restart, syncs connect without it.";
    private static final double SURE = 0.6;

    private final AddSource addSource;
    private final InspectSource inspect;
    private final SessionPasswords passwords;
    private final Actor actor;
    private final TaskExecutor tasks;
    private final Added added;

    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(this, "step", Step.KIND);
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final ObjectProperty<SourceKind> kind = new SimpleObjectProperty<>(this, "kind", SourceKind.FILE);
    private final StringProperty location = new SimpleStringProperty(this, "location", "");
    private final StringProperty tableOrQuery = new SimpleStringProperty(this, "tableOrQuery", "");
    private final StringProperty user = new SimpleStringProperty(this, "user", "");
    private final StringProperty password = new SimpleStringProperty(this, "password", "");
    private final StringProperty watermark = new SimpleStringProperty(this, "watermark", NONE);
    private final StringProperty key = new SimpleStringProperty(this, "key", NONE);
    private final BooleanProperty syncAfterAdding = new SimpleBooleanProperty(this, "syncAfterAdding", true);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ObservableList<String> previewColumns = FXCollections.observableArrayList();
    private final ObservableList<List<String>> previewRows = FXCollections.observableArrayList();
    private final ObservableList<DetectedTag> detectedTags = FXCollections.observableArrayList();
    private final ObservableList<String> columnChoices = FXCollections.observableArrayList(NONE);
    private final ReadOnlyStringWrapper previewSummary = new ReadOnlyStringWrapper(this, "previewSummary", "");
    private final StringBinding locationPrompt =
            Bindings.createStringBinding(() -> SourceKinds.locationPrompt(kind.get()), kind);
    private final StringBinding locationLabel = Bindings.createStringBinding(() -> switch (kind.get()) {
        case FILE -> "File";
        case FOLDER -> "Folder";
        case JDBC -> "JDBC URL";
    }, kind);
    private final BooleanBinding browsable = Bindings.createBooleanBinding(() -> kind.get() != SourceKind.JDBC, kind);
    private final BooleanBinding database = browsable.not();
    private final BooleanBinding canGoBack = Bindings.createBooleanBinding(
            () -> step.get() != Step.KIND && !busy.get(), step, busy);
    private final StringBinding nextLabel = Bindings.createStringBinding(() -> switch (step.get()) {
        case KIND -> "Next";
        case CONNECTION -> "Test and preview";
        case PREVIEW -> "Add source";
    }, step);
    private String suggestedName = "";

    /** What the Sources screen does with a source the wizard added. */
    @FunctionalInterface
    public interface Added {
        void added(Source source, boolean syncNow);
    }

    public AddSourceViewModel(AddSource addSource, InspectSource inspect, SessionPasswords passwords, Actor actor,
                              TaskExecutor tasks, Added added) {
        this.addSource = addSource;
        this.inspect = inspect;
        this.passwords = passwords;
        this.actor = actor;
        this.tasks = tasks;
        this.added = added;
        location.addListener((obs, old, now) -> suggestName());
        tableOrQuery.addListener((obs, old, now) -> suggestName());
        kind.addListener((obs, old, now) -> error.set(""));
    }

    /** Goes one page on: from the kind to where it is; from there, tests it; from the preview, adds it. */
    public CompletionStage<Optional<Source>> next() {
        if (busy.get()) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        return switch (step.get()) {
            case KIND -> {
                error.set("");
                step.set(Step.CONNECTION);
                yield CompletableFuture.completedFuture(Optional.empty());
            }
            case CONNECTION -> test().thenApply(ok -> Optional.<Source>empty());
            case PREVIEW -> submit();
        };
    }

    public void back() {
        if (busy.get()) {
            return;
        }
        error.set("");
        step.set(step.get() == Step.PREVIEW ? Step.CONNECTION : Step.KIND);
    }

    /**
     * Checks the input as adding would, then reads the first rows and tags them, in the background.
     * Completes with true and shows the preview page, or false with {@link #errorProperty()} saying why.
     */
    public CompletionStage<Boolean> test() {
        error.set("");
        busy.set(true);
        String sourceName = trimmed(name);
        SourceKind sourceKind = kind.get();
        String sourceLocation = trimmed(location);
        Map<String, String> options = options(false);
        String typedPassword = password.get() == null ? "" : password.get();
        return tasks.submit("Testing source " + sourceName, context -> {
                    Source checked = addSource.check(actor, sourceName, sourceKind, sourceLocation, options);
                    Source candidate = checked;
                    if (!typedPassword.isEmpty()) {
                        Map<String, String> withPassword = new HashMap<>(checked.options());
                        withPassword.put(SessionPasswords.OPTION, typedPassword);
                        candidate = new Source(checked.name(), checked.kind(), checked.location(), withPassword,
                                checked.addedAt());
                    }
                    return inspect.inspect(actor, candidate, PREVIEW_ROWS, context);
                })
                .result()
                .handle((found, failure) -> {
                    busy.set(false);
                    if (failure != null) {
                        error.set(Formats.problem(failure));
                        return false;
                    }
                    showPreview(found);
                    step.set(Step.PREVIEW);
                    return true;
                });
    }

    private void showPreview(SourceInspection found) {
        previewColumns.setAll(found.columns());
        previewRows.setAll(found.rows());
        detectedTags.setAll(found.tags().stream().map(AddSourceViewModel::chip).toList());
        List<String> choices = new ArrayList<>();
        choices.add(NONE);
        choices.addAll(found.columns());
        columnChoices.setAll(choices);
        if (!found.columns().contains(watermark.get())) {
            watermark.set(NONE);
        }
        if (!found.columns().contains(key.get())) {
            // Incremental syncs match rows by their record id: the column tagged so is the natural key.
            key.set(found.tags().stream().filter(t -> t.tag() == ColumnTag.RECORD_ID).map(ColumnTagging::column)
                    .findFirst().orElse(NONE));
        }
        long unsure = found.tags().stream().filter(t -> t.tag() == ColumnTag.UNKNOWN || t.confidence() < SURE).count();
        previewSummary.set("Read " + Formats.count(found.sampled()) + (found.sampled() == 1 ? " row" : " rows") + " of "
                + found.columns().size() + (found.columns().size() == 1 ? " column" : " columns")
                + "; the first " + Formats.count(found.rows().size()) + " are shown. "
                + (unsure == 0 ? "Every column has a tag." : unsure == 1
                        ? "1 tag is unsure (amber): check it on the Columns tab after the first prepare."
                        : unsure + " tags are unsure (amber): check them on the Columns tab after the first prepare."));
    }

    private static DetectedTag chip(ColumnTagging tagging) {
        boolean doubtful = tagging.tag() == ColumnTag.UNKNOWN || tagging.confidence() < SURE;
        String why = tagging.evidence().stream().map(Evidence::text).collect(Collectors.joining("\n• ", "• ", ""));
        return new DetectedTag(tagging.column(), tagging.tag().code(),
                String.format(Locale.ROOT, "%.0f%%", tagging.confidence() * 100), doubtful ? Tone.WARNING : Tone.ACCENT,
                tagging.column() + ": " + tagging.tag().code() + (tagging.evidence().isEmpty() ? "" : "\n" + why));
    }

    /**
     * Adds the source in the background. Completes with the source, or empty when it was refused; then
     * {@link #errorProperty()} says why. A typed password is remembered for this session only.
     */
    public CompletionStage<Optional<Source>> submit() {
        error.set("");
        busy.set(true);
        String sourceName = trimmed(name);
        String sourceLocation = trimmed(location);
        SourceKind sourceKind = kind.get();
        Map<String, String> options = options(true);
        String typedPassword = sourceKind == SourceKind.JDBC && password.get() != null ? password.get() : "";
        boolean syncNow = syncAfterAdding.get();
        return tasks.submit("Adding source " + sourceName,
                        context -> addSource.add(actor, sourceName, sourceKind, sourceLocation, options))
                .result()
                .handle((source, failure) -> {
                    busy.set(false);
                    if (failure != null) {
                        error.set(Formats.problem(failure));
                        return Optional.<Source>empty();
                    }
                    passwords.remember(source.name(), typedPassword);
                    password.set("");
                    added.added(source, syncNow);
                    return Optional.of(source);
                });
    }

    /** A table name, or a SELECT (told apart by its first word), the user; with the sync options once tested. */
    private Map<String, String> options(boolean withSyncOptions) {
        Map<String, String> options = new LinkedHashMap<>();
        if (kind.get() == SourceKind.JDBC) {
            String what = trimmed(tableOrQuery);
            if (!what.isEmpty()) {
                options.put(isQuery(what) ? AddSource.QUERY : AddSource.TABLE, what);
            }
            String who = trimmed(user);
            if (!who.isEmpty()) {
                options.put("user", who);
            }
        }
        if (withSyncOptions) {
            if (!trimmed(watermark).isEmpty()) {
                options.put(Watermark.OPTION, trimmed(watermark));
            }
            if (!trimmed(key).isEmpty()) {
                options.put(SyncSource.KEY_OPTION, trimmed(key));
            }
        }
        return options;
    }

    /** Names the source after its file, folder or table while the user has not typed a name of their own. */
    private void suggestName() {
        String current = trimmed(name);
        if (!current.isEmpty() && !current.equals(suggestedName)) {
            return;
        }
        String basis = kind.get() == SourceKind.JDBC ? lastPart(trimmed(tableOrQuery)) : fileName(trimmed(location));
        String suggestion = slug(basis);
        suggestedName = suggestion;
        name.set(suggestion);
    }

    private static String fileName(String path) {
        String cut = path.replaceAll("[/\\\\]+$", "");
        int slash = Math.max(cut.lastIndexOf('/'), cut.lastIndexOf('\\'));
        String file = cut.substring(slash + 1);
        int dot = file.indexOf('.');
        return dot > 0 ? file.substring(0, dot) : file;
    }

    private static String lastPart(String table) {
        if (isQuery(table)) {
            return ""; // a query names no one table
        }
        int dot = table.lastIndexOf('.');
        return table.substring(dot + 1).replace("\"", "");
    }

    /** A SELECT (or WITH … SELECT) rather than a table name. */
    private static boolean isQuery(String what) {
        return what.matches("(?is)\\s*(select|with)\\b.*");
    }

    static String slug(String text) {
        String slug = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (!slug.isEmpty() && !Character.isLetter(slug.charAt(0))) {
            slug = "s_" + slug;
        }
        return slug.length() > 40 ? slug.substring(0, 40).replaceAll("_+$", "") : slug;
    }

    private static String trimmed(StringProperty property) {
        return property.get() == null ? "" : property.get().trim();
    }

    public ReadOnlyObjectProperty<Step> stepProperty() { return step.getReadOnlyProperty(); }
    public StringProperty nameProperty() { return name; }
    public ObjectProperty<SourceKind> kindProperty() { return kind; }
    public StringProperty locationProperty() { return location; }
    public StringProperty tableOrQueryProperty() { return tableOrQuery; }
    public StringProperty userProperty() { return user; }
    /** Never saved: see {@link #PASSWORD_NOTE}. */
    public StringProperty passwordProperty() { return password; }
    /** The column whose newer values an incremental sync reads, or {@link #NONE} for full syncs. */
    public StringProperty watermarkProperty() { return watermark; }
    /** The column incremental syncs match rows by, or {@link #NONE} for the first column. */
    public StringProperty keyProperty() { return key; }
    public BooleanProperty syncAfterAddingProperty() { return syncAfterAdding; }
    /** Empty, or the one-line reason the source was refused or could not be read. */
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
    /** A test or an add runs. */
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    public StringBinding locationPromptProperty() { return locationPrompt; }
    public StringBinding locationLabelProperty() { return locationLabel; }
    /** Files and folders have a chooser; JDBC URLs are typed. */
    public BooleanBinding browsableProperty() { return browsable; }
    /** Database sources ask for user, password and a table or query. */
    public BooleanBinding databaseProperty() { return database; }
    public BooleanBinding canGoBackProperty() { return canGoBack; }
    /** What the forward button does on this page. */
    public StringBinding nextLabelProperty() { return nextLabel; }
    public ObservableList<String> previewColumns() { return previewColumns; }
    public ObservableList<List<String>> previewRows() { return previewRows; }
    /** One chip a column: the tag it would get, how sure, and why. */
    public ObservableList<DetectedTag> detectedTags() { return detectedTags; }
    /** {@link #NONE}, then the columns found, for the watermark and key choices. */
    public ObservableList<String> columnChoices() { return columnChoices; }
    /** How much was read and whether some tags are unsure. */
    public ReadOnlyStringProperty previewSummaryProperty() { return previewSummary.getReadOnlyProperty(); }
    public String passwordNote() { return PASSWORD_NOTE; }
}
