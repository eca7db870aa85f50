package io.lakefront.domain.identity;

import io.lakefront.domain.task.TaskContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Resolves person records into people: normalize, block, settle the deterministic rules, train
 * a Fellegi–Sunter model without labels, score the blocked pairs, cluster the matches under the
 * guards and people's decisions, and keep the previous run's cluster ids.
 */
public final class IdentityEngine {
    /** Deterministic matches join before any model match when clusters are built. */
    static final double DETERMINISTIC_BONUS = 1e6;
    private static final int PHASES = 6;
    static final int SCORE_CHUNK = 8192;

    private final StringMetrics metrics;
    private final List<ScorerPlugin> plugins;

    public IdentityEngine(StringMetrics metrics) {
        this(metrics, List.of());
    }

    /** An engine whose match weights the plugins add to or replace, in order (see {@link ScorerPlugin}). */
    public IdentityEngine(StringMetrics metrics, List<ScorerPlugin> plugins) {
        this.metrics = metrics;
        this.plugins = List.copyOf(plugins);
    }

    public Resolution resolve(ResolutionRequest request, TaskContext context) {
        IdentitySpec spec = request.spec();
        Map<String, Long> millis = new LinkedHashMap<>();
        long started = System.nanoTime();

        context.message("Preparing " + request.records().size() + " records");
        FieldNormalizer normalizer = new FieldNormalizer(spec.guards().genericValues());
        java.util.Set<String> fields = new java.util.HashSet<>(spec.fieldsUsed());
        plugins.forEach(plugin -> fields.addAll(plugin.fields()));
        PreparedRecords records = PreparedRecords.prepare(request.records(), fields, normalizer, metrics);
        CompiledComparison[] comparisons = compile(spec, records);
        started = lap(millis, "prepare", started, context, 1);

        context.message("Blocking");
        Blocking blocking = Blocking.of(spec, records);
        int candidates = blocking.candidates().size();
        started = lap(millis, "block", started, context, 2);

        context.message("Training the match model");
        ModelTrainer.Outcome training = new ModelTrainer(records, comparisons, spec.training(),
                spec.guards().maxBlockSize(), Labels.of(request.constraints(), records))
                .train(blocking.deterministicPairs());
        started = lap(millis, "train", started, context, 3);

        context.message("Scoring " + candidates + " pairs");
        PairScorer scorer = new PairScorer(records, comparisons, training.model(), plugins);
        ScoredPairs pairs = score(blocking, scorer, spec, records);
        started = lap(millis, "score", started, context, 4);

        context.message("Clustering");
        Clusterer clusterer = new Clusterer(records.size(), spec.guards().maxClusterSize());
        List<String> problems = new ArrayList<>();
        List<int[]> mustLinks = applyConstraints(request.constraints(), records, clusterer, problems);
        Clusterer.Outcome clustering = clusterEdges(pairs, clusterer);
        problems.addAll(clustering.conflicts());
        StableClusterIds.Outcome ids = StableClusterIds.assign(clustering.componentOf(), clustering.components(),
                records.keys(), request.previous());
        int[] unitOf = units(records.size(), pairs, request.constraints(), records, null);
        lap(millis, "cluster", started, context, 5);

        ResolutionDiagnostics diagnostics = new ResolutionDiagnostics(records.size(), candidates,
                blocking.pairsPerRule(), blocking.skippedBlocks(), blocking.deterministicPairs(),
                blocking.sharedValues(), training.randomPairs(), training.runs(), clustering.edgesCut(),
                ids.kept(), problems, millis);
        context.progress(PHASES, PHASES);
        return new Resolution(spec, records, null, scorer, pairs, blocking, request.constraints(), mustLinks,
                clustering.componentOf(), ids.idOfComponent(), ids.nextId(), unitOf, diagnostics);
    }

    /**
     * Resolves new and changed records against a resolved base without a full recompute: they are
     * normalized into the base's dictionaries, blocked against the base's indexes, scored with the
     * base's trained model, and only the clusters they touch (with everything linked to those) are
     * clustered again; every other cluster keeps its members and id. A changed record (the key of a
     * base record) replaces the base's version. People's decisions in {@code request} replace the
     * base's; clusters whose decisions changed are clustered again too.
     *
     * <p>The model is not retrained, so the result can differ slightly from a full run on the same
     * records; run a full resolution now and then (say when the records grew by a tenth).
     */
    public Resolution resolveIncremental(Resolution base, IncrementalRequest request, TaskContext context) {
        return new Increment(base, request).resolve(context);
    }

    private CompiledComparison[] compile(IdentitySpec spec, PreparedRecords records) {
        return CompiledComparison.compileAll(spec.comparisons(), records, metrics);
    }

    private static ScoredPairs score(Blocking blocking, PairScorer scorer, IdentitySpec spec,
                                     PreparedRecords records) {
        CandidatePairs.Outcome candidates = blocking.candidates();
        return score(candidates.a(), candidates.b(), candidates.ruleOf(), blocking.deterministicRules(), scorer, spec,
                records.keys());
    }

    /**
     * Scores pairs on all cores. {@code ruleOf} holds the index of the rule that found each pair;
     * those below {@code deterministicRules} are deterministic and match whatever the weight.
     */
    static ScoredPairs score(int[] a, int[] b, byte[] ruleOf, int deterministicRules, PairScorer scorer,
                             IdentitySpec spec, RecordKey[] keys) {
        int size = a.length;
        double[] weights = new double[size];
        byte[] bands = new byte[size];
        byte[] rules = new byte[size];
        Thresholds thresholds = spec.thresholds();
        int chunks = (size + SCORE_CHUNK - 1) / SCORE_CHUNK;
        IntStream.range(0, chunks).parallel().forEach(chunk -> {
            int end = Math.min(size, (chunk + 1) * SCORE_CHUNK);
            for (int p = chunk * SCORE_CHUNK; p < end; p++) {
                weights[p] = scorer.score(a[p], b[p]);
                rules[p] = ruleOf[p] < deterministicRules ? ruleOf[p] : -1;
                MatchBand band = scorer.band(a[p], b[p], weights[p], rules[p] >= 0, thresholds);
                bands[p] = (byte) band.ordinal();
            }
        });
        String[] ruleNames = spec.deterministicRules().stream().map(DeterministicRule::name).toArray(String[]::new);
        return new ScoredPairs(keys, a, b, weights, bands, rules, ruleNames);
    }

    /**
     * Per record, a label of its connected component over the match edges and people's links,
     * ignoring the guards; records outside {@code within} (when given) keep label -1.
     */
    static int[] units(int records, ScoredPairs pairs, List<LinkConstraint> constraints, PreparedRecords prepared,
                       boolean[] within) {
        UnionFind sets = new UnionFind(records);
        pairs.forEachMatch((a, b, weight, deterministic) -> join(sets, a, b, within));
        for (LinkConstraint constraint : constraints) {
            int a = prepared.idOf(constraint.a());
            int b = prepared.idOf(constraint.b());
            if (a >= 0 && b >= 0) {
                join(sets, a, b, within);
            }
        }
        int[] unitOf = new int[records];
        for (int r = 0; r < records; r++) {
            unitOf[r] = within == null || within[r] ? sets.find(r) : -1;
        }
        return unitOf;
    }

    private static void join(UnionFind sets, int a, int b, boolean[] within) {
        if (within != null && (!within[a] || !within[b])) {
            return;
        }
        int rootA = sets.find(a);
        int rootB = sets.find(b);
        if (rootA != rootB) {
            sets.union(rootA, rootB);
        }
    }

    static Clusterer.Outcome clusterEdges(ScoredPairs pairs, Clusterer clusterer) {
        int matches = (int) pairs.count(MatchBand.MATCH);
        int[] a = new int[matches];
        int[] b = new int[matches];
        double[] strength = new double[matches];
        int e = 0;
        for (int i = 0; i < pairs.size(); i++) {
            if (pairs.band(i) == MatchBand.MATCH) {
                a[e] = pairs.indexA(i);
                b[e] = pairs.indexB(i);
                strength[e] = pairs.matchWeight(i) + (pairs.deterministicRule(i) != null ? DETERMINISTIC_BONUS : 0);
                e++;
            }
        }
        return clusterer.cluster(a, b, strength);
    }

    static List<int[]> applyConstraints(List<LinkConstraint> constraints, PreparedRecords records,
                                                Clusterer clusterer, List<String> problems) {
        List<int[]> mustLinks = new ArrayList<>();
        for (LinkConstraint constraint : constraints) {
            int a = records.idOf(constraint.a());
            int b = records.idOf(constraint.b());
            if (a < 0 || b < 0) {
                problems.add(constraint.kind() + " " + constraint.a() + " - " + constraint.b()
                        + " names a record that is not part of this run; ignored");
                continue;
            }
            if (constraint.kind() == LinkConstraint.Kind.MUST_LINK) {
                clusterer.mustLink(a, b);
                mustLinks.add(new int[] {a, b});
            } else {
                clusterer.cannotLink(a, b);
            }
        }
        return mustLinks;
    }

    static long lap(Map<String, Long> millis, String phase, long started, TaskContext context, int done) {
        long now = System.nanoTime();
        millis.put(phase, (now - started) / 1_000_000);
        context.progress(done, PHASES);
        context.checkCancelled();
        return now;
    }
}
