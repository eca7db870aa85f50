package io.lakefront.ui.identity;

import io.lakefront.domain.identity.MatchBand;
import io.lakefront.domain.identity.ResolutionDiagnostics;
import io.lakefront.domain.identity.SharedValue;
import io.lakefront.domain.identity.Thresholds;
import io.lakefront.domain.task.TaskContext;
import io.lakefront.domain.task.TaskExecutor;
import io.lakefront.domain.task.TaskHandle;
import io.lakefront.domain.time.WorkspaceClock;
import io.lakefront.ui.common.EmptyStateText;
import io.lakefront.ui.common.Formats;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Identity: run resolution (progress, cancel), then see what it did — match rate, cluster sizes,
 * pairs per band with threshold sliders that recount the bands at once, blocking diagnostics —
 * browse pairs with their waterfalls and clusters with their edges, and edit the rules.
 */
public final class IdentityViewModel {
    static final EmptyStateText EMPTY = EmptyStateText.of("mdal-fingerprint", "No identity run yet",
            "Identity resolution links the records of all your sources into one profile per person: readable rules "
                    + "first, then match weights learned from your data, then a review band for what stays uncertain. "
                    + "Every merge is explained here, weight by weight.",
            "Add and prepare your sources, then select Run resolution.");
    static final String OFFLINE_NOTE = "Runs on this machine: rules and match weights learned from your data. "
            + "No language model is involved at this stage.";
    /** Where a slider may go beyond the weights seen, so that a cut-off can sit past every pair. */
    private static final double SLIDER_MARGIN = 2;

    private final IdentityWorkbench workbench;
    private final TaskExecutor tasks;
    private final Executor uiThread;
    private final WorkspaceClock clock;
    private final PairsViewModel pairs;
    private final ClustersViewModel clusters;
    private final RulesEditorViewModel rules;

    private final ReadOnlyObjectWrapper<IdentityRun> run = new ReadOnlyObjectWrapper<>(this, "run");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final BooleanBinding empty = Bindings.createBooleanBinding(() -> loaded.get() && run.get() == null, loaded, run);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper(this, "progressText", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ObjectProperty<IdentityTab> tab = new SimpleObjectProperty<>(this, "tab", IdentityTab.OVERVIEW);

    private final ReadOnlyStringWrapper lastRun = new ReadOnlyStringWrapper(this, "lastRun", "");
    private final ReadOnlyStringWrapper recordsText = new ReadOnlyStringWrapper(this, "recordsText", Formats.NONE);
    private final ReadOnlyStringWrapper peopleText = new ReadOnlyStringWrapper(this, "peopleText", Formats.NONE);
    private final ReadOnlyStringWrapper matchRateText = new ReadOnlyStringWrapper(this, "matchRateText", Formats.NONE);
    private final ReadOnlyStringWrapper pairsText = new ReadOnlyStringWrapper(this, "pairsText", Formats.NONE);
    private final ReadOnlyStringWrapper sourcesText = new ReadOnlyStringWrapper(this, "sourcesText", "");

    private final DoubleProperty autoMatch = new SimpleDoubleProperty(this, "autoMatch");
    private final DoubleProperty review = new SimpleDoubleProperty(this, "review");
    private final ReadOnlyDoubleWrapper sliderMin = new ReadOnlyDoubleWrapper(this, "sliderMin", -10);
    private final ReadOnlyDoubleWrapper sliderMax = new ReadOnlyDoubleWrapper(this, "sliderMax", 20);
    private final ReadOnlyStringWrapper matchCount = new ReadOnlyStringWrapper(this, "matchCount", Formats.NONE);
    private final ReadOnlyStringWrapper reviewCount = new ReadOnlyStringWrapper(this, "reviewCount", Formats.NONE);
    private final ReadOnlyStringWrapper nonMatchCount = new ReadOnlyStringWrapper(this, "nonMatchCount", Formats.NONE);
    private final ReadOnlyStringWrapper bandsChange = new ReadOnlyStringWrapper(this, "bandsChange", "");
    private final ReadOnlyBooleanWrapper thresholdsMoved = new ReadOnlyBooleanWrapper(this, "thresholdsMoved");
    private final ReadOnlyObjectWrapper<BandCounts> counts = new ReadOnlyObjectWrapper<>(this, "counts");

    private final ObservableList<HistogramBar> histogram = FXCollections.observableArrayList();
    private final ObservableList<BlockingRuleRow> blockingRules = FXCollections.observableArrayList();
    private final ObservableList<BlockSize> largestBlocks = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper blockingFacts = new ReadOnlyStringWrapper(this, "blockingFacts", "");
    private final ReadOnlyStringWrapper runFacts = new ReadOnlyStringWrapper(this, "runFacts", "");

    private TaskHandle<IdentityRun> runningTask;
    private boolean adjusting;

    /**
     * @param uiThread runs progress updates where the view may read them (the JavaFX thread in the app;
     *                 the caller's thread in tests)
     */
    public IdentityViewModel(IdentityWorkbench workbench, TaskExecutor tasks, Executor uiThread, WorkspaceClock clock) {
        this.workbench = workbench;
        this.tasks = tasks;
        this.uiThread = uiThread;
        this.clock = clock;
        this.pairs = new PairsViewModel(tasks);
        this.rules = new RulesEditorViewModel(workbench, tasks);
        // A source prepared since the screen opened is new to identity: the Rules tab recommends for it.
        tab.addListener((obs, old, now) -> {
            if (now == IdentityTab.RULES && old != IdentityTab.RULES) {
                rules.recommended().refresh();
            }
        });
        this.clusters = new ClustersViewModel(tasks, (a, b) -> {
            pairs.explain(a, b);
            tab.set(IdentityTab.PAIRS);
        });
        autoMatch.addListener((obs, old, value) -> thresholdMoved(true));
        review.addListener((obs, old, value) -> thresholdMoved(false));
    }

    /** The screen became visible: shows the newest run once, and loads the rules. */
    public void shown() {
        rules.loadIfNeeded();
        if (!loaded.get() && !running.get()) {
            refresh();
        }
    }

    /** Reads the newest run again (a run made elsewhere, such as the command line, shows up). */
    public void refresh() {
        if (running.get()) {
            return;
        }
        tasks.submit("Loading the latest identity run", context -> workbench.latest())
                .result()
                .whenComplete((latest, error) -> {
                    loaded.set(true);
                    if (error != null) {
                        problem.set("Could not load the latest run: " + Formats.problem(error));
                        return;
                    }
                    latest.ifPresent(this::show);
                    // After the run is in memory, so that looking for rules does not compute it a second time.
                    rules.suggested().refresh();
                    rules.recommended().refresh();
                });
    }

    /** Runs resolution in the background; progress shows here and in the status bar, Cancel stops it. */
    public void runResolution() {
        if (running.get()) {
            return;
        }
        running.set(true);
        problem.set("");
        notice.set("");
        progress.set(-1);
        progressText.set("Starting");
        runningTask = tasks.submit("Resolving identities", context -> workbench.run(reporting(context)));
        runningTask.result().whenComplete((finished, error) -> {
            running.set(false);
            runningTask = null;
            loaded.set(true);
            if (error != null) {
                Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
                if (cause instanceof CancellationException) {
                    notice.set("Resolution cancelled; " + (run.get() == null ? "nothing was changed."
                            : "the previous run stays as it was."));
                } else {
                    problem.set("Resolution failed: " + Formats.problem(cause));
                }
                return;
            }
            show(finished);
            notice.set("Resolved " + Formats.count(finished.records()) + " records into "
                    + Formats.count(finished.clusters()) + " people in " + seconds(finished.millis()) + ".");
            rules.reloadUnlessEdited();
        });
    }

    /** Asks the running resolution to stop at its next checkpoint. */
    public void cancelRun() {
        if (runningTask != null) {
            progressText.set("Cancelling…");
            runningTask.cancel();
        }
    }

    /** The work's own context, with its progress also shown on this screen. */
    private TaskContext reporting(TaskContext context) {
        return new TaskContext() {
            @Override public void progress(long done, long total) {
                context.progress(done, total);
                double share = total <= 0 ? -1 : (double) done / total;
                uiThread.execute(() -> progress.set(share));
            }
            @Override public void message(String text) {
                context.message(text);
                uiThread.execute(() -> progressText.set(text));
            }
            @Override public boolean cancelled() {
                return context.cancelled();
            }
        };
    }

    private void show(IdentityRun shown) {
        run.set(shown);
        lastRun.set("Last run " + Formats.time(shown.finishedAt(), clock.zone()) + " · took " + seconds(shown.millis()));
        recordsText.set(Formats.count(shown.records()));
        peopleText.set(Formats.count(shown.clusters()));
        matchRateText.set(Formats.percent(shown.matchRate()));
        pairsText.set(Formats.count(shown.pairs().size()));
        sourcesText.set(shown.inputs().isEmpty() ? "" : shown.inputs().stream()
                .map(input -> input.source() + " " + Formats.count(input.records()))
                .collect(Collectors.joining(" · ")));

        PairWeights weights = shown.weights();
        Thresholds used = shown.spec().thresholds();
        sliderMin.set(Math.floor(Math.min(weights.lowest(), used.review()) - SLIDER_MARGIN));
        sliderMax.set(Math.ceil(Math.max(weights.highest(), used.autoMatch()) + SLIDER_MARGIN));
        adjusting = true;
        try {
            autoMatch.set(used.autoMatch());
            review.set(used.review());
        } finally {
            adjusting = false;
        }
        recount();

        histogram.setAll(shown.clusterSizes().bars());
        showBlocking(shown.diagnostics());
        largestBlocks.setAll(shown.largestBlocks());
        runFacts.set(runFacts(shown));
        pairs.show(shown);
        clusters.show(shown);
    }

    private void showBlocking(ResolutionDiagnostics diagnostics) {
        long all = diagnostics.pairsPerRule().values().stream().mapToLong(Long::longValue).sum();
        Map<String, String> keysByRule = run.get().spec().blocking().stream().collect(Collectors.toMap(
                rule -> rule.name(), rule -> rule.keys().stream().map(k -> k.label()).collect(Collectors.joining(" + ")),
                (x, y) -> x));
        List<BlockingRuleRow> rows = new ArrayList<>();
        Map<String, BlockSize> largest = run.get().largestBlockOfRule();
        diagnostics.pairsPerRule().forEach((rule, count) -> rows.add(new BlockingRuleRow(rule,
                keysByRule.getOrDefault(rule, ""), count, Formats.count(count),
                all == 0 ? Formats.NONE : String.format(Locale.ROOT, "%.1f%%", 100.0 * count / all),
                largest.containsKey(rule) ? Formats.count(largest.get(rule).records()) : Formats.NONE)));
        rows.sort((x, y) -> Long.compare(y.pairs(), x.pairs()));
        blockingRules.setAll(rows);
        StringJoiner facts = new StringJoiner(" · ");
        facts.add(Formats.count(diagnostics.candidatePairs()) + " candidate pairs compared");
        facts.add(String.format(Locale.ROOT, "%.4f%% of all possible pairs spared", diagnostics.reductionRatio() * 100));
        facts.add(Formats.count(diagnostics.deterministicPairs()) + " settled by deterministic rules");
        facts.add(Formats.count(diagnostics.skippedBlocks().size()) + " blocks skipped as too large");
        blockingFacts.set(facts.toString());
    }

    private static String runFacts(IdentityRun shown) {
        ResolutionDiagnostics d = shown.diagnostics();
        StringJoiner facts = new StringJoiner(" · ");
        if (!d.sharedValues().isEmpty()) {
            facts.add(Formats.count(d.sharedValues().size()) + " shared values ignored by deterministic rules ("
                    + d.sharedValues().stream().limit(3).map(SharedValue::value).collect(Collectors.joining(", "))
                    + (d.sharedValues().size() > 3 ? ", …" : "") + ")");
        }
        if (d.edgesCut() > 0) {
            facts.add(Formats.count(d.edgesCut()) + " weak links cut to keep clusters under "
                    + shown.spec().guards().maxClusterSize() + " records");
        }
        if (d.clustersKept() > 0) {
            facts.add(Formats.count(d.clustersKept()) + " cluster ids kept from the previous run");
        }
        if (!d.constraintProblems().isEmpty()) {
            facts.add(String.join("; ", d.constraintProblems()));
        }
        StringJoiner phases = new StringJoiner(", ", "time per phase: ", "");
        d.millisPerPhase().entrySet().stream()
                .sorted(Map.Entry.comparingByKey(java.util.Comparator.comparingInt(IdentityViewModel::phaseOrder)))
                .forEach(e -> phases.add(e.getKey() + " " + seconds(e.getValue())));
        facts.add(phases.toString());
        return facts.toString();
    }

    private static int phaseOrder(String phase) {
        int index = List.of("prepare", "block", "train", "score", "cluster").indexOf(phase);
        return index < 0 ? Integer.MAX_VALUE : index;
    }

    /** A slider moved: keep review ≤ auto-match (the other slider follows), round to tenths, recount. */
    private void thresholdMoved(boolean autoMatchMoved) {
        if (adjusting) {
            return;
        }
        adjusting = true;
        try {
            autoMatch.set(round(autoMatch.get()));
            review.set(round(review.get()));
            if (review.get() > autoMatch.get()) {
                if (autoMatchMoved) {
                    review.set(autoMatch.get());
                } else {
                    autoMatch.set(review.get());
                }
            }
        } finally {
            adjusting = false;
        }
        recount();
    }

    private void recount() {
        IdentityRun current = run.get();
        if (current == null) {
            return;
        }
        BandCounts now = current.weights().counts(autoMatch.get(), review.get());
        counts.set(now);
        matchCount.set(Formats.count(now.match()));
        reviewCount.set(Formats.count(now.review()));
        nonMatchCount.set(Formats.count(now.nonMatch()));
        Thresholds used = current.spec().thresholds();
        boolean moved = autoMatch.get() != used.autoMatch() || review.get() != used.review();
        thresholdsMoved.set(moved);
        if (!moved) {
            bandsChange.set("The bands as this run decided them.");
            return;
        }
        long runMatches = current.pairs().count(MatchBand.MATCH);
        long runReview = current.pairs().count(MatchBand.REVIEW);
        bandsChange.set("Compared with the run: " + signed(now.match() - runMatches) + " matches, "
                + signed(now.review() - runReview) + " to review. Apply to save these thresholds in the rules; "
                + "run resolution again to re-cluster with them.");
    }

    /** Writes the sliders' thresholds into the rules and saves them. */
    public void applyThresholds() {
        double newAutoMatch = autoMatch.get();
        double newReview = review.get();
        rules.applyThresholds(newAutoMatch, newReview).thenAccept(saved -> {
            if (saved) {
                notice.set("Thresholds saved: auto-match " + Bands.threshold(newAutoMatch) + ", review "
                        + Bands.threshold(newReview) + ". Run resolution again to re-cluster with them.");
            } else {
                problem.set(rules.statusProperty().get());
            }
        });
    }

    /** Puts the sliders back where the run had them. */
    public void resetThresholds() {
        IdentityRun current = run.get();
        if (current != null) {
            adjusting = true;
            try {
                autoMatch.set(current.spec().thresholds().autoMatch());
                review.set(current.spec().thresholds().review());
            } finally {
                adjusting = false;
            }
            recount();
        }
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private static String signed(long difference) {
        return (difference > 0 ? "+" : difference < 0 ? "−" : "±") + Formats.count(Math.abs(difference));
    }

    private static String seconds(long millis) {
        return millis < 1000 ? millis + " ms" : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }

    public void dismissProblem() {
        problem.set("");
    }

    public void dismissNotice() {
        notice.set("");
    }

    public EmptyStateText emptyState() { return EMPTY; }
    public String offlineNote() { return OFFLINE_NOTE; }
    public PairsViewModel pairs() { return pairs; }
    public ClustersViewModel clusters() { return clusters; }
    public RulesEditorViewModel rules() { return rules; }
    public ReadOnlyObjectProperty<IdentityRun> runProperty() { return run.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty loadedProperty() { return loaded.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty runningProperty() { return running.getReadOnlyProperty(); }
    /** Loaded, and no run yet: the screen invites the first one. */
    public BooleanBinding emptyProperty() { return empty; }
    /** The running resolution's progress in [0, 1], or -1 while its total is unknown. */
    public ReadOnlyDoubleProperty progressProperty() { return progress.getReadOnlyProperty(); }
    public ReadOnlyStringProperty progressTextProperty() { return progressText.getReadOnlyProperty(); }
    public ReadOnlyStringProperty problemProperty() { return problem.getReadOnlyProperty(); }
    public ReadOnlyStringProperty noticeProperty() { return notice.getReadOnlyProperty(); }
    /** The tab in front; the cluster viewer brings the pairs tab forward to show an edge's waterfall. */
    public ObjectProperty<IdentityTab> tabProperty() { return tab; }
    public ReadOnlyStringProperty lastRunProperty() { return lastRun.getReadOnlyProperty(); }
    public ReadOnlyStringProperty recordsTextProperty() { return recordsText.getReadOnlyProperty(); }
    public ReadOnlyStringProperty peopleTextProperty() { return peopleText.getReadOnlyProperty(); }
    public ReadOnlyStringProperty matchRateTextProperty() { return matchRateText.getReadOnlyProperty(); }
    public ReadOnlyStringProperty pairsTextProperty() { return pairsText.getReadOnlyProperty(); }
    /** The sources the run read, with their record counts. */
    public ReadOnlyStringProperty sourcesTextProperty() { return sourcesText.getReadOnlyProperty(); }
    /** The auto-match slider (bound both ways). */
    public DoubleProperty autoMatchProperty() { return autoMatch; }
    /** The review slider (bound both ways). */
    public DoubleProperty reviewProperty() { return review; }
    public ReadOnlyDoubleProperty sliderMinProperty() { return sliderMin.getReadOnlyProperty(); }
    public ReadOnlyDoubleProperty sliderMaxProperty() { return sliderMax.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<BandCounts> countsProperty() { return counts.getReadOnlyProperty(); }
    public ReadOnlyStringProperty matchCountProperty() { return matchCount.getReadOnlyProperty(); }
    public ReadOnlyStringProperty reviewCountProperty() { return reviewCount.getReadOnlyProperty(); }
    public ReadOnlyStringProperty nonMatchCountProperty() { return nonMatchCount.getReadOnlyProperty(); }
    /** How the sliders' bands differ from the run's. */
    public ReadOnlyStringProperty bandsChangeProperty() { return bandsChange.getReadOnlyProperty(); }
    /** The sliders are not where the run had them. */
    public ReadOnlyBooleanProperty thresholdsMovedProperty() { return thresholdsMoved.getReadOnlyProperty(); }
    public ObservableList<HistogramBar> histogram() { return histogram; }
    /** Blocking rules by the pairs they brought, most first. */
    public ObservableList<BlockingRuleRow> blockingRules() { return blockingRules; }
    public ObservableList<BlockSize> largestBlocks() { return largestBlocks; }
    public ReadOnlyStringProperty blockingFactsProperty() { return blockingFacts.getReadOnlyProperty(); }
    /** Guards that fired, ids kept, time per phase. */
    public ReadOnlyStringProperty runFactsProperty() { return runFacts.getReadOnlyProperty(); }
}
