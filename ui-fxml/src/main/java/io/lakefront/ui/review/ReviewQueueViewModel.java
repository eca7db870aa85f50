package io.lakefront.ui.review;

import io.lakefront.domain.identity.WaterfallStep;
import io.lakefront.domain.identity.review.DecideReview;
import io.lakefront.domain.identity.review.FieldEvidence;
import io.lakefront.domain.identity.review.FindSimilarPairs;
import io.lakefront.domain.identity.review.ModelVerdict;
import io.lakefront.domain.identity.review.QueueEntry;
import io.lakefront.domain.identity.review.ReviewAnswer;
import io.lakefront.domain.identity.review.ReviewItem;
import io.lakefront.domain.identity.review.ReviewItemDetail;
import io.lakefront.domain.identity.review.ReviewPage;
import io.lakefront.domain.identity.review.ReviewQuery;
import io.lakefront.domain.identity.review.ReviewSide;
import io.lakefront.domain.task.TaskExecutor;
import io.lakefront.domain.time.WorkspaceClock;
import io.lakefront.ui.common.EmptyStateText;
import io.lakefront.ui.common.Formats;
import io.lakefront.ui.identity.WaterfallRow;
import io.lakefront.ui.shell.Screen;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The review queue: open pairs in value order on the left, the selected pair in full (both records,
 * their clusters, the evidence per field, the waterfall, the model's verdict), answered with the
 * keyboard — match, not a match, skip, next, previous, undo — plus bulk answers on similar pairs after
 * a preview, and who decided what and when. All loading and deciding runs through the task executor,
 * never on the UI thread; results that arrive for a pair no longer selected are dropped.
 */
public final class ReviewQueueViewModel {
    static final EmptyStateText EMPTY = EmptyStateText.of("mdal-fact_check", "Nothing to review",
            "Pairs the rules cannot decide on their own land here for a data steward: two records side by side with the evidence for and against a match, decided with the keyboard. Each decision is a constraint every later run respects.",
            "The queue fills after an identity run that leaves pairs in the review band. Run resolution on the Identity screen — or build a demo workspace with ./lakefront demo.")
            .withAction(Screen.IDENTITY, "Open Identity");
    /** How many open items the list holds at most (the most valuable first). */
    static final int PAGE = 500;
    static final int HISTORY = 30;

    private final ReviewDesk desk;
    private final TaskExecutor tasks;
    private final WorkspaceClock clock;

    private final ObservableList<ReviewRow> rows = FXCollections.observableArrayList();
    private final ObservableList<FieldRow> fields = FXCollections.observableArrayList();
    private final ObservableList<WaterfallRow> waterfall = FXCollections.observableArrayList();
    private final ObservableList<String> valuesA = FXCollections.observableArrayList();
    private final ObservableList<String> valuesB = FXCollections.observableArrayList();
    private final ObservableList<HistoryRow> history = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper selected = new ReadOnlyIntegerWrapper(this, "selected", -1);
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper detailLoading = new ReadOnlyBooleanWrapper(this, "detailLoading");
    private final BooleanBinding empty = Bindings.createBooleanBinding(() -> loaded.get() && rows.isEmpty(), loaded, rows);
    private final ReadOnlyStringWrapper totalText = new ReadOnlyStringWrapper(this, "totalText", "");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper titleA = new ReadOnlyStringWrapper(this, "titleA", "");
    private final ReadOnlyStringWrapper titleB = new ReadOnlyStringWrapper(this, "titleB", "");
    private final ReadOnlyStringWrapper clusterA = new ReadOnlyStringWrapper(this, "clusterA", "");
    private final ReadOnlyStringWrapper clusterB = new ReadOnlyStringWrapper(this, "clusterB", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper verdict = new ReadOnlyStringWrapper(this, "verdict", "");
    private final ReadOnlyStringWrapper rationale = new ReadOnlyStringWrapper(this, "rationale", "");
    private final ReadOnlyBooleanWrapper modelReviewed = new ReadOnlyBooleanWrapper(this, "modelReviewed");
    private final ReadOnlyStringWrapper notes = new ReadOnlyStringWrapper(this, "notes", "");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyObjectWrapper<FindSimilarPairs.Preview> preview = new ReadOnlyObjectWrapper<>(this, "preview");
    private final ReadOnlyObjectWrapper<ReviewItemDetail> detail = new ReadOnlyObjectWrapper<>(this, "detail");

    private int total;
    private long detailRequest;

    public ReviewQueueViewModel(ReviewDesk desk, TaskExecutor tasks, WorkspaceClock clock) {
        this.desk = desk;
        this.tasks = tasks;
        this.clock = clock;
    }

    /** What the screen shows while the queue is empty. */
    public EmptyStateText emptyState() {
        return EMPTY;
    }

    /** The screen became visible: loads the queue the first time. */
    public void shown() {
        if (!loaded.get() && !busy.get()) {
            refresh();
        }
    }

    /** Reads the queue and the history again, keeping the selected pair when it is still open. */
    public void refresh() {
        long keep = selectedId();
        load(keep, null);
    }

    private record Snapshot(ReviewPage page, List<ReviewItem> history) {
    }

    /** Loads queue and history; selects {@code keep} if listed, else the row at {@code index}, else the first. */
    private void load(long keep, Integer index) {
        busy.set(true);
        tasks.submit("Loading the review queue", context -> new Snapshot(desk.queue(ReviewQuery.first(PAGE)),
                        desk.history(HISTORY)))
                .result()
                .whenComplete((snapshot, error) -> {
                    busy.set(false);
                    loaded.set(true);
                    if (error != null) {
                        problem.set("Could not load the review queue: " + Formats.problem(error));
                        return;
                    }
                    apply(snapshot, keep, index);
                });
    }

    private void apply(Snapshot snapshot, long keep, Integer index) {
        total = snapshot.page().total();
        List<ReviewRow> listed = new ArrayList<>();
        int keepAt = -1;
        for (QueueEntry entry : snapshot.page().entries()) {
            if (entry.item().id() == keep) {
                keepAt = listed.size();
            }
            listed.add(ReviewRow.of(entry));
        }
        rows.setAll(listed);
        showHistory(snapshot.history());
        updateTotal();
        int at = keepAt >= 0 ? keepAt : index == null ? 0 : Math.min(index, rows.size() - 1);
        select(rows.isEmpty() ? -1 : at);
    }

    private void updateTotal() {
        totalText.set(total == 0 ? "No open pairs" : total == 1 ? "1 open pair"
                : Formats.count(total) + " open pairs" + (total > rows.size() ? " (the " + rows.size() + " most valuable listed)" : ""));
    }

    private void showHistory(List<ReviewItem> answered) {
        List<HistoryRow> lines = new ArrayList<>();
        for (ReviewItem item : answered) {
            lines.add(new HistoryRow(item.id(), Formats.time(item.decidedAt(), clock.zone()),
                    item.decidedBy() == null ? "" : item.decidedBy(), item.answer() == null ? "" : words(item.answer()),
                    item.a() + " ↔ " + item.b()));
        }
        history.setAll(lines);
    }

    /** Selects a row of the list and loads its pair in full. */
    public void select(int index) {
        if (index < -1 || index >= rows.size()) {
            return;
        }
        selected.set(index);
        preview.set(null);
        if (index < 0) {
            clearDetail();
            return;
        }
        ReviewRow row = rows.get(index);
        long request = ++detailRequest;
        detailLoading.set(true);
        title.set(row.records());
        tasks.submit("Loading review item " + row.id(), context -> desk.show(row.id(), context))
                .result()
                .whenComplete((shown, error) -> {
                    if (request != detailRequest) {
                        return;
                    }
                    detailLoading.set(false);
                    if (error != null) {
                        problem.set("Could not show review item " + row.id() + ": " + Formats.problem(error));
                        return;
                    }
                    show(shown);
                });
    }

    public void next() {
        if (selected.get() + 1 < rows.size()) {
            select(selected.get() + 1);
        }
    }

    public void previous() {
        if (selected.get() > 0) {
            select(selected.get() - 1);
        }
    }

    private void clearDetail() {
        detailRequest++;
        detail.set(null);
        title.set("");
        titleA.set("");
        titleB.set("");
        clusterA.set("");
        clusterB.set("");
        summary.set("");
        verdict.set("");
        rationale.set("");
        notes.set("");
        modelReviewed.set(false);
        fields.clear();
        waterfall.clear();
        valuesA.clear();
        valuesB.clear();
    }

    private void show(ReviewItemDetail shown) {
        detail.set(shown);
        ReviewItem item = shown.item();
        title.set(item.a() + "  ↔  " + item.b());
        titleA.set(item.a().toString());
        titleB.set(item.b().toString());
        clusterA.set(cluster(shown.a()));
        clusterB.set(cluster(shown.b()));
        valuesA.setAll(values(shown.a()));
        valuesB.setAll(values(shown.b()));
        List<FieldRow> compared = new ArrayList<>();
        for (FieldEvidence field : shown.fields()) {
            compared.add(FieldRow.of(field));
        }
        fields.setAll(compared);
        List<WaterfallRow> bars = new ArrayList<>();
        double running = 0;
        for (WaterfallStep step : shown.explanation().waterfall().steps()) {
            double before = running;
            running += step.total();
            bars.add(new WaterfallRow(step.comparison(), step.level(), orEmpty(step.valueA()), orEmpty(step.valueB()),
                    step.total(), step.termFrequencyAdjustment(), before, running));
        }
        waterfall.setAll(bars);
        summary.set(String.format(Locale.ROOT, "Match weight %+.2f · probability %.1f%% · item %d, queued %s",
                shown.explanation().waterfall().matchWeight(), shown.explanation().waterfall().matchProbability() * 100,
                item.id(), Formats.time(item.createdAt(), clock.zone())));
        notes.set(String.join("\n", shown.explanation().notes()));
        if (shown.verdict().isPresent()) {
            ModelVerdict said = shown.verdict().get();
            modelReviewed.set(true);
            verdict.set(String.format(Locale.ROOT, "%s says: %s (confidence %.0f%%)", said.model(), verdictWords(said),
                    said.confidence() * 100));
            rationale.set(said.rationale());
        } else {
            modelReviewed.set(false);
            verdict.set(ReviewItemDetail.NO_MODEL);
            rationale.set("");
        }
    }

    private static String cluster(ReviewSide side) {
        if (side.cluster() == null) {
            return "In no cluster of the latest run";
        }
        int size = side.clusterSize();
        return "Cluster " + side.cluster().clusterId() + " · " + (size == 1 ? "alone" : size + " records");
    }

    private static List<String> values(ReviewSide side) {
        if (!side.current()) {
            return List.of("(its source was prepared again since the run; the row is not this record any more)");
        }
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, String> value : side.values().entrySet()) {
            lines.add(value.getKey() + ": " + (value.getValue() == null || value.getValue().isEmpty() ? "—" : value.getValue()));
        }
        return lines;
    }

    private static String verdictWords(ModelVerdict said) {
        return switch (said.verdict()) {
            case SAME -> "the same person";
            case DIFFERENT -> "different people";
            case UNSURE -> "unsure";
        };
    }

    private static String words(ReviewAnswer answer) {
        return switch (answer) {
            case MATCH -> "match";
            case NON_MATCH -> "not a match";
            case SKIP -> "skipped";
        };
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private long selectedId() {
        int index = selected.get();
        return index >= 0 && index < rows.size() ? rows.get(index).id() : -1;
    }

    /** Answers the selected pair; the next pair is selected once it is recorded. */
    public void decide(ReviewAnswer answer) {
        long id = selectedId();
        if (id < 0 || busy.get()) {
            return;
        }
        int index = selected.get();
        busy.set(true);
        problem.set("");
        tasks.submit("Recording a review decision", context -> {
                    DecideReview.Answered answered = desk.decide(id, answer);
                    return new Decided(answered, new Snapshot(desk.queue(ReviewQuery.first(PAGE)), desk.history(HISTORY)));
                })
                .result()
                .whenComplete((decided, error) -> {
                    busy.set(false);
                    if (error != null) {
                        problem.set("Could not record the decision: " + Formats.problem(error));
                        return;
                    }
                    ReviewItem item = decided.answered().items().isEmpty() ? null : decided.answered().items().get(0);
                    notice.set((item == null ? "Item " + id : item.a() + " ↔ " + item.b()) + ": " + words(answer)
                            + ". Ctrl+Z takes it back.");
                    apply(decided.snapshot(), -1, index);
                });
    }

    private record Decided(DecideReview.Answered answered, Snapshot snapshot) {
    }

    private record Undone(List<ReviewItem> reopened, Snapshot snapshot) {
    }

    /** Takes back the newest decision (a whole bulk decision at once) and selects the pair again. */
    public void undo() {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        problem.set("");
        tasks.submit("Undoing a review decision", context -> {
                    List<ReviewItem> reopened = desk.undo();
                    return new Undone(reopened, new Snapshot(desk.queue(ReviewQuery.first(PAGE)), desk.history(HISTORY)));
                })
                .result()
                .whenComplete((undone, error) -> {
                    busy.set(false);
                    if (error != null) {
                        problem.set(Formats.problem(error));
                        return;
                    }
                    notice.set(undone.reopened().size() == 1 ? "Undone: " + undone.reopened().get(0).a() + " ↔ "
                            + undone.reopened().get(0).b() + " is open again."
                            : "Undone: " + undone.reopened().size() + " pairs are open again.");
                    apply(undone.snapshot(), undone.reopened().isEmpty() ? -1 : undone.reopened().get(0).id(), null);
                });
    }

    /** Finds the open pairs with the selected pair's comparison pattern, for the bulk preview. */
    public void previewSimilar() {
        long id = selectedId();
        if (id < 0 || busy.get()) {
            return;
        }
        busy.set(true);
        problem.set("");
        tasks.submit("Finding pairs like item " + id, context -> desk.similar(id, context))
                .result()
                .whenComplete((found, error) -> {
                    busy.set(false);
                    if (error != null) {
                        problem.set("Could not find similar pairs: " + Formats.problem(error));
                        return;
                    }
                    preview.set(found);
                });
    }

    /** The preview's lines: each pair with its weight. */
    public List<String> previewLines() {
        FindSimilarPairs.Preview shown = preview.get();
        if (shown == null) {
            return List.of();
        }
        return shown.similar().stream().map(entry -> String.format(Locale.ROOT, "%s  ↔  %s   %+.2f",
                entry.item().a(), entry.item().b(), entry.item().matchWeight())).toList();
    }

    /** Applies the answer to every pair of the preview (one batch: one undo takes it back). */
    public void applyToSimilar(ReviewAnswer answer) {
        FindSimilarPairs.Preview shown = preview.get();
        if (shown == null || busy.get()) {
            return;
        }
        preview.set(null);
        busy.set(true);
        String reason = "bulk decision on pairs like " + shown.of().a() + " - " + shown.of().b() + " ("
                + shown.pattern().describe() + ")";
        tasks.submit("Recording a bulk decision", context -> {
                    DecideReview.Answered answered = desk.decideAll(shown.ids(), answer, reason);
                    return new Decided(answered, new Snapshot(desk.queue(ReviewQuery.first(PAGE)), desk.history(HISTORY)));
                })
                .result()
                .whenComplete((decided, error) -> {
                    busy.set(false);
                    if (error != null) {
                        problem.set("Could not record the bulk decision: " + Formats.problem(error));
                        return;
                    }
                    notice.set(words(answer) + " on " + decided.answered().items().size() + " similar pairs. "
                            + "Ctrl+Z takes them all back.");
                    apply(decided.snapshot(), -1, selected.get());
                });
    }

    public void cancelPreview() {
        preview.set(null);
    }

    public ObservableList<ReviewRow> rows() { return rows; }
    public ObservableList<FieldRow> fields() { return fields; }
    public ObservableList<WaterfallRow> waterfall() { return waterfall; }
    public ObservableList<String> valuesA() { return valuesA; }
    public ObservableList<String> valuesB() { return valuesB; }
    public ObservableList<HistoryRow> history() { return history; }
    public ReadOnlyIntegerProperty selectedProperty() { return selected.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty loadedProperty() { return loaded.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty detailLoadingProperty() { return detailLoading.getReadOnlyProperty(); }
    public BooleanBinding emptyProperty() { return empty; }
    public ReadOnlyStringProperty totalTextProperty() { return totalText.getReadOnlyProperty(); }
    public ReadOnlyStringProperty titleProperty() { return title.getReadOnlyProperty(); }
    public ReadOnlyStringProperty titleAProperty() { return titleA.getReadOnlyProperty(); }
    public ReadOnlyStringProperty titleBProperty() { return titleB.getReadOnlyProperty(); }
    public ReadOnlyStringProperty clusterAProperty() { return clusterA.getReadOnlyProperty(); }
    public ReadOnlyStringProperty clusterBProperty() { return clusterB.getReadOnlyProperty(); }
    public ReadOnlyStringProperty summaryProperty() { return summary.getReadOnlyProperty(); }
    public ReadOnlyStringProperty verdictProperty() { return verdict.getReadOnlyProperty(); }
    public ReadOnlyStringProperty rationaleProperty() { return rationale.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty modelReviewedProperty() { return modelReviewed.getReadOnlyProperty(); }
    public ReadOnlyStringProperty notesProperty() { return notes.getReadOnlyProperty(); }
    public ReadOnlyStringProperty noticeProperty() { return notice.getReadOnlyProperty(); }
    public ReadOnlyStringProperty problemProperty() { return problem.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<FindSimilarPairs.Preview> previewProperty() { return preview.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<ReviewItemDetail> detailProperty() { return detail.getReadOnlyProperty(); }
}
