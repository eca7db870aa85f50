package io.lakefront.ui.identity;

import io.lakefront.domain.UserError;
import io.lakefront.domain.identity.MatchBand;
import io.lakefront.domain.identity.RecordKey;
import io.lakefront.domain.identity.ScoredPairs;
import io.lakefront.domain.identity.Waterfall;
import io.lakefront.domain.identity.WaterfallStep;
import io.lakefront.domain.task.TaskExecutor;
import io.lakefront.ui.common.Formats;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.PriorityQueue;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The pairs of a run and the waterfall of the one selected: why two records scored what they did,
 * comparison by comparison. Any two records can be explained, compared by the run or not.
 */
public final class PairsViewModel {
    /** Pairs listed at most; the strongest of the filter come first. */
    static final int MAX_ROWS = 1000;

    private final TaskExecutor tasks;
    private IdentityRun run;
    private int loads;

    private final ObjectProperty<PairFilter> filter = new SimpleObjectProperty<>(this, "filter", PairFilter.REVIEW);
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ObservableList<PairRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper shown = new ReadOnlyStringWrapper(this, "shown", "");
    private final ObjectProperty<PairRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObservableList<WaterfallRow> waterfall = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper waterfallTitle = new ReadOnlyStringWrapper(this, "waterfallTitle", "");
    private final ReadOnlyStringWrapper waterfallSummary = new ReadOnlyStringWrapper(this, "waterfallSummary", "");
    private final ReadOnlyStringWrapper explainProblem = new ReadOnlyStringWrapper(this, "explainProblem", "");
    private final StringProperty explainA = new SimpleStringProperty(this, "explainA", "");
    private final StringProperty explainB = new SimpleStringProperty(this, "explainB", "");

    public PairsViewModel(TaskExecutor tasks) {
        this.tasks = tasks;
        filter.addListener((obs, old, now) -> reload());
        search.addListener((obs, old, now) -> reload());
        selected.addListener((obs, old, row) -> {
            if (row != null) {
                explain(row.a(), row.b());
            }
        });
    }

    /** Shows a new run: the review band when it has pairs, else the matches. */
    void show(IdentityRun newRun) {
        run = newRun;
        waterfall.clear();
        waterfallTitle.set("");
        waterfallSummary.set("");
        explainProblem.set("");
        PairFilter start = newRun.pairs().count(MatchBand.REVIEW) > 0 ? PairFilter.REVIEW : PairFilter.MATCH;
        if (filter.get() == start) {
            reload();
        } else {
            filter.set(start);
        }
    }

    private void reload() {
        IdentityRun current = run;
        if (current == null) {
            return;
        }
        int load = ++loads;
        PairFilter wanted = filter.get() == null ? PairFilter.ALL : filter.get();
        String text = search.get() == null ? "" : search.get().strip().toLowerCase(Locale.ROOT);
        tasks.submit("Listing pairs", context -> listPairs(current, wanted, text))
                .result()
                .whenComplete((listed, error) -> {
                    if (load != loads) {
                        return; // the filter changed meanwhile
                    }
                    if (error != null) {
                        shown.set("Could not list the pairs: " + Formats.problem(error));
                        return;
                    }
                    rows.setAll(listed.rows());
                    shown.set(describe(listed, wanted, text));
                    if (!listed.rows().isEmpty()) {
                        selected.set(listed.rows().get(0));
                    }
                });
    }

    private record Listed(List<PairRow> rows, long matching) { }

    private static Listed listPairs(IdentityRun run, PairFilter wanted, String text) {
        ScoredPairs pairs = run.pairs();
        // The strongest MAX_ROWS in a small heap (weakest on top): a run may hold millions of pairs.
        Comparator<Integer> byWeight = Comparator.comparingDouble((Integer i) -> pairs.matchWeight(i))
                .thenComparing(Comparator.reverseOrder()); // among equal weights, the earlier pair is stronger
        PriorityQueue<Integer> strongest = new PriorityQueue<>(MAX_ROWS + 1, byWeight);
        long matching = 0;
        for (int i = 0; i < pairs.size(); i++) {
            if (wanted.accepts(pairs.band(i)) && (text.isEmpty() || matches(run, pairs, i, text))) {
                matching++;
                strongest.add(i);
                if (strongest.size() > MAX_ROWS) {
                    strongest.poll();
                }
            }
        }
        List<Integer> hits = new ArrayList<>(strongest);
        hits.sort(byWeight.reversed());
        List<PairRow> rows = new ArrayList<>(hits.size());
        for (int i : hits) {
            String rule = pairs.deterministicRule(i);
            rows.add(new PairRow(pairs.recordA(i), pairs.recordB(i),
                    RecordLabels.of(pairs.recordA(i), run.record(pairs.recordA(i))),
                    RecordLabels.of(pairs.recordB(i), run.record(pairs.recordB(i))),
                    pairs.matchWeight(i), Bands.weight(pairs.matchWeight(i)), Bands.probability(pairs.matchProbability(i)),
                    pairs.band(i), rule == null ? "model" : rule));
        }
        return new Listed(rows, matching);
    }

    private static boolean matches(IdentityRun run, ScoredPairs pairs, int i, String text) {
        return RecordLabels.of(pairs.recordA(i), run.record(pairs.recordA(i))).toLowerCase(Locale.ROOT).contains(text)
                || RecordLabels.of(pairs.recordB(i), run.record(pairs.recordB(i))).toLowerCase(Locale.ROOT).contains(text);
    }

    private static String describe(Listed listed, PairFilter wanted, String text) {
        String what = (wanted == PairFilter.ALL ? "pairs" : wanted.toString().toLowerCase(Locale.ROOT) + " pairs")
                + (text.isEmpty() ? "" : " matching '" + text + "'");
        if (listed.matching() == 0) {
            return "No " + what;
        }
        return listed.matching() <= MAX_ROWS
                ? Formats.count(listed.matching()) + " " + what + ", strongest first"
                : "The strongest " + Formats.count(MAX_ROWS) + " of " + Formats.count(listed.matching()) + " " + what;
    }

    /** Shows the waterfall of two records of the run. */
    public void explain(RecordKey a, RecordKey b) {
        IdentityRun current = run;
        if (current == null) {
            return;
        }
        Waterfall explained;
        try {
            explained = current.explain(a, b);
        } catch (UserError unknown) {
            explainProblem.set(Formats.problem(unknown));
            return;
        }
        explainProblem.set("");
        List<WaterfallRow> bars = new ArrayList<>();
        double total = 0;
        for (WaterfallStep step : explained.steps()) {
            double before = total;
            total += step.total();
            bars.add(new WaterfallRow(step.comparison(), step.level(), orEmpty(step.valueA()), orEmpty(step.valueB()),
                    step.total(), step.termFrequencyAdjustment(), before, total));
        }
        waterfall.setAll(bars);
        waterfallTitle.set(RecordLabels.of(a, current.record(a)) + "  ↔  " + RecordLabels.of(b, current.record(b)));
        String settled = explained.deterministicRule() == null ? ""
                : (explained.heldForReview() == null ? " · settled by the rule '" : " · found by the rule '")
                        + explained.deterministicRule() + "'";
        if (explained.heldForReview() != null) {
            settled += " · held for review: " + explained.heldForReview();
        }
        waterfallSummary.set("Match weight " + Bands.weight(explained.matchWeight()) + " · probability "
                + Bands.probability(explained.matchProbability()) + " · " + Bands.label(explained.band()) + settled);
    }

    /** Explains the two records typed as {@code source/record id}; says what is wrong otherwise. */
    public void explainTyped() {
        Optional<RecordKey> a = RecordLabels.parse(explainA.get());
        Optional<RecordKey> b = RecordLabels.parse(explainB.get());
        if (a.isEmpty() || b.isEmpty()) {
            explainProblem.set("Type two records as source/record id, e.g. crm/C-1001");
            return;
        }
        if (a.get().equals(b.get())) {
            explainProblem.set("Choose two different records");
            return;
        }
        explain(a.get(), b.get());
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    public ObjectProperty<PairFilter> filterProperty() { return filter; }
    /** Text a listed record's name or key contains. */
    public StringProperty searchProperty() { return search; }
    public ObservableList<PairRow> rows() { return rows; }
    /** How many pairs match and how many are listed. */
    public ReadOnlyStringProperty shownProperty() { return shown.getReadOnlyProperty(); }
    public ObjectProperty<PairRow> selectedProperty() { return selected; }
    /** The prior first, then every comparison; the bars add up to the pair's match weight. */
    public ObservableList<WaterfallRow> waterfall() { return waterfall; }
    public ReadOnlyStringProperty waterfallTitleProperty() { return waterfallTitle.getReadOnlyProperty(); }
    public ReadOnlyStringProperty waterfallSummaryProperty() { return waterfallSummary.getReadOnlyProperty(); }
    public ReadOnlyStringProperty explainProblemProperty() { return explainProblem.getReadOnlyProperty(); }
    /** The first record to explain, typed as {@code source/record id}. */
    public StringProperty explainAProperty() { return explainA; }
    public StringProperty explainBProperty() { return explainB; }
}
