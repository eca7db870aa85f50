package io.lakefront.domain.identity.workspace;

import io.lakefront.domain.UserError;
import io.lakefront.domain.gold.GoldBuilder;
import io.lakefront.domain.gold.GoldCounts;
import io.lakefront.domain.gold.GoldInput;
import io.lakefront.domain.gold.SourceRows;
import io.lakefront.domain.gold.metrics.RefreshCustomerMetrics;
import io.lakefront.domain.governance.Actor;
import io.lakefront.domain.governance.AuditEntry;
import io.lakefront.domain.governance.AuditLog;
import io.lakefront.domain.governance.Permission;
import io.lakefront.domain.identity.BlockingRule;
import io.lakefront.domain.identity.IdentityEngine;
import io.lakefront.domain.identity.IdentitySpec;
import io.lakefront.domain.identity.LinkConstraint;
import io.lakefront.domain.identity.MatchBand;
import io.lakefront.domain.identity.PreviousClusters;
import io.lakefront.domain.identity.RecordKey;
import io.lakefront.domain.identity.Resolution;
import io.lakefront.domain.identity.ResolutionDiagnostics;
import io.lakefront.domain.identity.ResolutionRequest;
import io.lakefront.domain.identity.ScoredPairs;
import io.lakefront.domain.identity.SharedValue;
import io.lakefront.domain.identity.SkippedBlock;
import io.lakefront.domain.identity.ThresholdAdvice;
import io.lakefront.domain.identity.TrainingRun;
import io.lakefront.domain.prep.NormalizationRules;
import io.lakefront.domain.task.TaskContext;
import io.lakefront.domain.time.WorkspaceClock;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;

/**
 * Re-resolves the workspace ({@code resolve} without {@code --input}, the Identity screen's Run):
 * reads every prepared source about people, resolves them together with the workspace's rules and
 * people's link decisions, keeping the previous run's cluster ids where clusters continue, then
 * stores each record's cluster and the pairs worth keeping, queues the review band, and rebuilds the
 * gold table and the event tables — all in one commit, so a failed or cancelled run changes nothing.
 * After the commit it refreshes {@code customer_metrics} from the new gold and event tables (its
 * own transaction; cancelled there, the run stands and the metrics are computed on their next read).
 * <p>
 * Progress runs once from 0 to 100% over reading (15%), resolving (55%), storing (5%), the gold
 * build (21%) and the metrics (4%); cancel is honoured between steps and inside each.
 */
public final class ResolveWorkspace {
    /** Non-matches this far (in bits of match weight) below the review threshold are kept for the threshold sliders. */
    public static final double NEAR_MISS_BITS = 10;
    static final int HISTOGRAM_LOW = -40;
    static final int HISTOGRAM_HIGH = 40;
    private static final int MAX_NOTES_PER_KIND = 20;
    private static final List<String> ENGINE_PHASES = List.of("prepare", "block", "train", "score", "cluster");

    private final PreparedSources sources;
    private final IdentityRules rules;
    private final ResolutionStore store;
    private final LinkDecisionLog decisions;
    private final IdentityEngine engine;
    private final GoldBuilder gold;
    private final NormalizationRules normalization;
    private final AuditLog audit;
    private final WorkspaceClock clock;
    private final ResolutionMemory memory;
    private final RefreshCustomerMetrics metrics;

    public ResolveWorkspace(PreparedSources sources, IdentityRules rules, ResolutionStore store,
                            LinkDecisionLog decisions, IdentityEngine engine, GoldBuilder gold,
                            NormalizationRules normalization, AuditLog audit, WorkspaceClock clock,
                            ResolutionMemory memory, RefreshCustomerMetrics metrics) {
        this.sources = sources;
        this.rules = rules;
        this.store = store;
        this.decisions = decisions;
        this.engine = engine;
        this.gold = gold;
        this.normalization = normalization;
        this.audit = audit;
        this.clock = clock;
        this.memory = memory;
        this.metrics = metrics;
    }

    /** A run with the workspace's {@code identity.yaml} (written from the sources' tags on the first run). */
    public WorkspaceResolution resolve(Actor actor, TaskContext context) {
        return resolve(actor, null, null, context);
    }

    /**
     * A run with the given rules instead of {@code identity.yaml} (which stays as it is).
     *
     * @param given  the rules, or {@code null} for the workspace's own
     * @param origin where they came from, for the run's record ({@code --config rules.yaml})
     */
    public WorkspaceResolution resolve(Actor actor, IdentitySpec given, String origin, TaskContext context) {
        actor.require(Permission.RESOLVE_IDENTITIES);
        Instant started = clock.now();
        long startedNanos = System.nanoTime();
        if (sources.names().isEmpty()) {
            throw new UserError("nothing to resolve: no source is prepared yet; add and prepare sources first "
                    + "(sources add NAME --file FILE --sync, then prepare NAME)");
        }
        WorkspaceResolution resolved;
        try (ResolutionSession session = store.begin()) {
            Map<String, Long> millis = new LinkedHashMap<>();
            long lap = System.nanoTime();
            context.message("Reading the prepared sources");
            WorkspaceRecords.Loaded loaded = WorkspaceRecords.read(sources, normalization,
                    new PhaseProgress(context, 0, 150));
            if (loaded.records().isEmpty()) {
                throw new UserError("nothing to resolve: no prepared source holds records with person fields "
                        + "(a column tagged as a name, email, phone or national id); sources: " + describe(loaded.uses()));
            }
            lap = lap(millis, "read", lap);
            ChosenRules chosen = ChosenRules.choose(rules, given, origin, loaded.fieldsPresent());
            String fingerprint = Fingerprint.of(rules.text(chosen.spec()));
            LinkDecisionLog.InForce inForce = decisions.snapshot();
            List<LinkConstraint> constraints = inForce.constraints();
            session.decisionsThrough(inForce.through());
            PreviousClusters previous = session.previous();

            context.message("Resolving " + loaded.records().size() + " records");
            Resolution resolution = engine.resolve(
                    new ResolutionRequest(loaded.records(), chosen.spec(), previous, constraints),
                    new PhaseProgress(context, 150, 700));
            context.checkCancelled();
            lap = lap(millis, "resolve", lap);

            context.message("Storing clusters and pairs");
            Map<RecordKey, Long> clusterOf = resolution.assignments();
            session.replaceAssignments(assignments(loaded.people(), clusterOf));
            Kept kept = keep(resolution.pairs(), clusterOf, chosen.spec().thresholds().review() - NEAR_MISS_BITS);
            session.replacePairs(kept.pairs());
            ReviewQueueChange review = session.queueForReview(undecided(kept.review(), constraints), clock.now());
            context.progress(750, PhaseProgress.WHOLE);
            context.checkCancelled();
            lap = lap(millis, "store", lap);

            context.message("Building the gold table");
            GoldCounts built = gold.build(new GoldInput(loaded.people(), clusterOf, loaded.others()), session.gold(),
                    new PhaseProgress(context, 750, 960));
            context.checkCancelled();
            lap(millis, "gold", lap);

            ResolutionRun run = run(session.runId(), actor, started, startedNanos, chosen, fingerprint, loaded,
                    resolution, previous, kept, review, built, millis, feedback(resolution, constraints, chosen));
            session.commit(run, resolution.nextClusterId());
            if (chosen.writeAfterRun()) {
                rules.save(chosen.spec());
            }
            audit.append(new AuditEntry(clock.now(), actor.name(), "identity.resolved", "workspace",
                    "run=" + run.id() + " records=" + run.records() + " clusters=" + run.clusters()
                            + " kept=" + run.clustersKept() + " new=" + run.clustersNew() + " review=" + run.reviewPairs()
                            + " customers=" + run.customers() + " rules=" + fingerprint.substring(0, 12)));
            memory.remember(run.id(), fingerprint, resolution, chosen.spec(), loaded.records());
            resolved = new WorkspaceResolution(run, review, built);
        }
        try {
            metrics.refresh(new PhaseProgress(context, 960, 995));
        } catch (CancellationException e) {
            context.message("Customer metrics not refreshed (cancelled); they are computed when next read");
        }
        context.progress(PhaseProgress.WHOLE, PhaseProgress.WHOLE);
        return resolved;
    }

    private static String describe(List<SourceUse> uses) {
        List<String> parts = new ArrayList<>();
        for (SourceUse use : uses) {
            parts.add(use.source() + ": " + use.detail());
        }
        return String.join("; ", parts);
    }

    private static List<RecordAssignment> assignments(List<SourceRows> people, Map<RecordKey, Long> clusterOf) {
        List<RecordAssignment> assignments = new ArrayList<>(clusterOf.size());
        for (SourceRows source : people) {
            for (int r = 0; r < source.size(); r++) {
                RecordKey key = source.key(r);
                assignments.add(new RecordAssignment(key, SourceRows.rowNo(r), clusterOf.get(key)));
            }
        }
        return assignments;
    }

    /** The pairs stored for the screen, the review band among them, and the histogram of all model-scored pairs. */
    record Kept(List<StoredPair> pairs, List<StoredPair> review, SortedMap<Integer, Long> histogram) {
    }

    static Kept keep(ScoredPairs pairs, Map<RecordKey, Long> clusterOf, double nearMissFloor) {
        List<StoredPair> kept = new ArrayList<>();
        List<StoredPair> review = new ArrayList<>();
        SortedMap<Integer, Long> histogram = new TreeMap<>();
        for (int i = 0; i < pairs.size(); i++) {
            MatchBand band = pairs.band(i);
            double weight = pairs.matchWeight(i);
            String rule = pairs.deterministicRule(i);
            if (rule == null && Double.isFinite(weight)) {
                int bin = (int) Math.max(HISTOGRAM_LOW, Math.min(HISTOGRAM_HIGH, Math.floor(weight)));
                histogram.merge(bin, 1L, Long::sum);
            }
            if (band == MatchBand.NON_MATCH && !(weight >= nearMissFloor)) {
                continue;
            }
            RecordKey[] ordered = StoredPair.ordered(pairs.recordA(i), pairs.recordB(i));
            StoredPair pair = new StoredPair(ordered[0], ordered[1], weight, pairs.matchProbability(i), band, rule,
                    clusterOf.get(ordered[0]), clusterOf.get(ordered[1]));
            kept.add(pair);
            if (band == MatchBand.REVIEW) {
                review.add(pair);
            }
        }
        return new Kept(kept, review, histogram);
    }

    /** A pair people have decided on does not go back to the review queue. */
    private static List<StoredPair> undecided(List<StoredPair> review, List<LinkConstraint> constraints) {
        if (constraints.isEmpty()) {
            return review;
        }
        Set<List<RecordKey>> decided = new HashSet<>();
        for (LinkConstraint constraint : constraints) {
            RecordKey[] ordered = StoredPair.ordered(constraint.a(), constraint.b());
            decided.add(List.of(ordered[0], ordered[1]));
        }
        return review.stream().filter(pair -> !decided.contains(List.of(pair.a(), pair.b()))).toList();
    }

    private ResolutionRun run(long id, Actor actor, Instant started, long startedNanos, ChosenRules chosen,
                              String fingerprint, WorkspaceRecords.Loaded loaded, Resolution resolution,
                              PreviousClusters previous, Kept kept, ReviewQueueChange review, GoldCounts built,
                              Map<String, Long> millis, List<String> feedback) {
        ResolutionDiagnostics diagnostics = resolution.diagnostics();
        ScoredPairs pairs = resolution.pairs();
        Map<Long, Long> sizes = new HashMap<>();
        resolution.assignments().values().forEach(cluster -> sizes.merge(cluster, 1L, Long::sum));
        long clusters = sizes.size();
        long largest = sizes.values().stream().mapToLong(Long::longValue).max().orElse(0);
        long previousIds = previous.assignments().values().stream().distinct().count();
        List<String> notes = new ArrayList<>();
        if (!chosen.dropped().isEmpty()) {
            notes.add("rules: " + chosen.dropped().size() + " default parts dropped for want of fields ("
                    + String.join(", ", chosen.dropped()) + ")");
        }
        notes.addAll(limited("constraint", diagnostics.constraintProblems()));
        notes.addAll(limited("skipped block", diagnostics.skippedBlocks().stream().map(ResolveWorkspace::describe).toList()));
        notes.addAll(limited("shared value", diagnostics.sharedValues().stream().map(ResolveWorkspace::describe).toList()));
        notes.addAll(built.notes());
        notes.addAll(feedback);
        return new ResolutionRun(id, started, clock.now(), actor.name(), chosen.origin(), fingerprint,
                loaded.records().size(), clusters, largest, diagnostics.clustersKept(), clusters - diagnostics.clustersKept(),
                Math.max(0, previousIds - diagnostics.clustersKept()), diagnostics.candidatePairs(),
                pairs.count(MatchBand.MATCH), pairs.count(MatchBand.REVIEW), pairs.count(MatchBand.NON_MATCH),
                diagnostics.deterministicPairs(), kept.pairs().size(), diagnostics.edgesCut(), review.added(),
                built.customers(), built.purchases(), built.supportTickets(), built.engagementEvents(), built.unkeyed(),
                (System.nanoTime() - startedNanos) / 1_000_000, loaded.uses(),
                ordered(diagnostics.pairsPerRule(), chosen.spec().blocking().stream().map(BlockingRule::name).toList()),
                phases(millis, ordered(diagnostics.millisPerPhase(), ENGINE_PHASES)), kept.histogram(), notes);
    }

    private static long lap(Map<String, Long> millis, String phase, long since) {
        long now = System.nanoTime();
        millis.put(phase, (now - since) / 1_000_000);
        return now;
    }

    /** The run's own phases with the engine's inside "resolve": read, resolve (prepare, block, ...), store, gold. */
    private static Map<String, Long> phases(Map<String, Long> run, Map<String, Long> engine) {
        Map<String, Long> all = new LinkedHashMap<>();
        run.forEach((phase, ms) -> {
            all.put(phase, ms);
            if (phase.equals("resolve")) {
                engine.forEach((inner, innerMs) -> all.put("resolve/" + inner, innerMs));
            }
        });
        return all;
    }

    /** The engine's diagnostics come as unordered maps; the screen and the summary want a fixed order. */
    private static Map<String, Long> ordered(Map<String, Long> values, List<String> order) {
        Map<String, Long> ordered = new LinkedHashMap<>();
        for (String key : order) {
            if (values.containsKey(key)) {
                ordered.put(key, values.get(key));
            }
        }
        new TreeMap<>(values).forEach(ordered::putIfAbsent);
        return ordered;
    }

    private static String describe(SkippedBlock block) {
        return "blocking rule '" + block.rule() + "' skipped the block of " + block.records() + " records on '"
                + block.key() + "' (too large to compare pairwise)";
    }

    private static String describe(SharedValue value) {
        return "deterministic rule '" + value.rule() + "' ignored '" + value.value() + "', shared by " + value.records()
                + " records";
    }

    /**
     * What the feedback loop did with people's decisions: which comparisons they re-estimated, and
     * the auto-match threshold at which the decided pairs keep {@link #TARGET_PRECISION} (a
     * suggestion: applied when someone sets it in {@code identity.yaml} or on the Identity screen).
     */
    private static List<String> feedback(Resolution resolution, List<LinkConstraint> constraints, ChosenRules chosen) {
        List<String> notes = new ArrayList<>();
        resolution.diagnostics().training().stream()
                .filter(run -> run.rule().equals(TrainingRun.FROM_DECISIONS))
                .findFirst()
                .ifPresent(run -> notes.add(String.format(Locale.ROOT,
                        "feedback: %,d decisions taught the model (m re-estimated for %s)", run.pairs(),
                        String.join(", ", run.comparisonsTrained()))));
        ThresholdAdvice.of(resolution, constraints, TARGET_PRECISION).ifPresent(advice -> {
            double now = chosen.spec().thresholds().autoMatch();
            if (Math.abs(advice.autoMatch() - now) >= 0.5) {
                notes.add(String.format(Locale.ROOT, "feedback: at %.0f%% precision on the %,d decided pairs the "
                                + "auto-match threshold could be %.1f (now %.1f; %.0f%% of decided matches above it) "
                                + "- set thresholds.auto_match in identity.yaml to apply",
                        TARGET_PRECISION * 100, advice.labelled(), advice.autoMatch(), now,
                        advice.labelledRecall() * 100));
            }
        });
        return notes;
    }

    /** The precision the feedback loop's threshold suggestion keeps on people's decisions. */
    static final double TARGET_PRECISION = 0.99;

    private static List<String> limited(String kind, List<String> notes) {
        if (notes.size() <= MAX_NOTES_PER_KIND) {
            return notes;
        }
        List<String> first = new ArrayList<>(notes.subList(0, MAX_NOTES_PER_KIND));
        first.add("... and " + (notes.size() - MAX_NOTES_PER_KIND) + " more " + kind + " notes");
        return first;
    }
}
