package io.lakefront.domain.identity;

import io.lakefront.domain.task.TaskContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One incremental run ({@link IdentityEngine#resolveIncremental}). Clusters are built strongest
 * edge first under guards, so a new edge can change a cluster only within its unit — the connected
 * component of all match edges and people's links, guards ignored. The units the new records touch
 * (with those of replaced records and of changed decisions) are clustered again, exactly as a full
 * run would cluster them; every other cluster stays as it was.
 */
final class Increment {
    private static final int PHASES = 4;

    private final Resolution base;
    private final IncrementalRequest request;

    Increment(Resolution base, IncrementalRequest request) {
        this.base = base;
        this.request = request;
    }

    Resolution resolve(TaskContext context) {
        IdentitySpec spec = base.spec();
        Map<String, Long> millis = new LinkedHashMap<>();
        long started = System.nanoTime();

        context.message("Preparing " + request.records().size() + " new or changed records");
        PreparedRecords before = base.records();
        int from = before.size();
        PreparedRecords records = before.extend(request.records(), new FieldNormalizer(spec.guards().genericValues()));
        int n = records.size();
        boolean[] replaced = base.replaced() == null ? new boolean[n] : Arrays.copyOf(base.replaced(), n);
        List<Integer> replacedNow = new ArrayList<>();
        for (int x = from; x < n; x++) {
            int old = before.idOf(records.key(x));
            if (old >= 0) {
                replaced[old] = true;
                replacedNow.add(old);
            }
        }
        CompiledComparison[] comparisons = CompiledComparison.compileAll(spec.comparisons(), records,
                before.metrics());
        started = IdentityEngine.lap(millis, "prepare", started, context, 1);

        context.message("Blocking against the resolved records");
        Blocking blocking = base.blocking();
        Blocking.AddedPairs found = blocking.pairsOf(records, from, replaced);
        started = IdentityEngine.lap(millis, "block", started, context, 2);

        context.message("Scoring " + found.a().length + " pairs");
        PairScorer scorer = base.scorer().extend(records, comparisons);
        ScoredPairs added = IdentityEngine.score(found.a(), found.b(), found.ruleOf(), blocking.deterministicRules(),
                scorer, spec, records.keys());
        ScoredPairs pairs = base.pairs().followedBy(added, replacedNow.isEmpty() ? null : replaced, records.keys());
        started = IdentityEngine.lap(millis, "score", started, context, 3);

        context.message("Clustering the touched clusters again");
        boolean[] inUnit = touched(records, from, added, replacedNow);
        Clustering clustering = cluster(records, from, replaced, pairs, inUnit);
        IdentityEngine.lap(millis, "cluster", started, context, PHASES);

        long deterministic = 0;
        Map<String, Long> perRule = new LinkedHashMap<>();
        List<BlockIndex> indexes = blocking.indexes();
        for (int r = 0; r < indexes.size(); r++) {
            if (r < blocking.deterministicRules()) {
                deterministic += found.perRule()[r];
            } else {
                perRule.merge(indexes.get(r).rule().name(), found.perRule()[r], Long::sum);
            }
        }
        int current = 0;
        for (int r = 0; r < n; r++) {
            current += replaced[r] ? 0 : 1;
        }
        ResolutionDiagnostics diagnostics = new ResolutionDiagnostics(current, added.size(), perRule, List.of(),
                deterministic, List.of(), 0, List.of(), clustering.edgesCut, clustering.kept, clustering.problems,
                millis);
        context.progress(PHASES, PHASES);
        return new Resolution(spec, records, replaced, scorer, pairs, blocking.extend(records, from),
                request.constraints(), clustering.mustLinks, clustering.componentOf, clustering.idOfComponent,
                clustering.nextId, clustering.unitOf, diagnostics);
    }

    /**
     * The base units to cluster again, as a flag per unit label: those the new pairs' matches reach,
     * those of replaced records, and those of records whose decisions were added, dropped or now
     * name a new record.
     */
    private boolean[] touched(PreparedRecords records, int from, ScoredPairs added, List<Integer> replacedNow) {
        int[] unitOf = base.unitOf();
        boolean[] touched = new boolean[from];
        for (int i = 0; i < added.size(); i++) {
            if (added.band(i) == MatchBand.MATCH) {
                for (int record : new int[] {added.indexA(i), added.indexB(i)}) {
                    if (record < from) {
                        touched[unitOf[record]] = true;
                    }
                }
            }
        }
        for (int old : replacedNow) {
            touched[unitOf[old]] = true;
        }
        Set<LinkConstraint> before = new HashSet<>(base.constraints());
        Set<LinkConstraint> now = new HashSet<>(request.constraints());
        for (LinkConstraint constraint : request.constraints()) {
            int a = records.idOf(constraint.a());
            int b = records.idOf(constraint.b());
            boolean changed = !before.contains(constraint) || a >= from || b >= from;
            touchBoth(touched, unitOf, base.records(), constraint, from, changed);
        }
        for (LinkConstraint constraint : base.constraints()) {
            touchBoth(touched, unitOf, base.records(), constraint, from, !now.contains(constraint));
        }
        return touched;
    }

    private static void touchBoth(boolean[] touched, int[] unitOf, PreparedRecords before, LinkConstraint constraint,
                                  int from, boolean changed) {
        if (!changed) {
            return;
        }
        for (RecordKey key : List.of(constraint.a(), constraint.b())) {
            int id = before.idOf(key);
            if (id >= 0 && id < from) {
                touched[unitOf[id]] = true;
            }
        }
    }

    private record Clustering(int[] componentOf, long[] idOfComponent, long nextId, int[] unitOf,
                              List<int[]> mustLinks, int edgesCut, int kept, List<String> problems) {
    }

    /** Clusters the touched units and the new records again; every other cluster is carried over. */
    private Clustering cluster(PreparedRecords records, int from, boolean[] replaced, ScoredPairs pairs,
                               boolean[] touchedUnits) {
        int n = records.size();
        int[] baseUnit = base.unitOf();
        int[] baseComponent = base.componentOf();
        long[] baseIds = base.idOfComponent();
        boolean[] within = new boolean[n];
        int[] local = new int[n];
        Arrays.fill(local, -1);
        List<Integer> members = new ArrayList<>();
        long[] idOfComponent = Arrays.copyOf(baseIds, baseIds.length);
        for (int r = 0; r < n; r++) {
            boolean again = r >= from ? !replaced[r] : touchedUnits[baseUnit[r]];
            if (r < from && touchedUnits[baseUnit[r]] && baseComponent[r] >= 0) {
                idOfComponent[baseComponent[r]] = -1;
            }
            if (again && !replaced[r]) {
                within[r] = true;
                local[r] = members.size();
                members.add(r);
            }
        }
        Clusterer clusterer = new Clusterer(members.size(), base.spec().guards().maxClusterSize());
        List<String> problems = new ArrayList<>();
        List<int[]> mustLinks = new ArrayList<>();
        for (LinkConstraint constraint : request.constraints()) {
            int a = records.idOf(constraint.a());
            int b = records.idOf(constraint.b());
            if (a < 0 || b < 0) {
                problems.add(constraint.kind() + " " + constraint.a() + " - " + constraint.b()
                        + " names a record that is not part of this run; ignored");
                continue;
            }
            if (constraint.kind() == LinkConstraint.Kind.MUST_LINK) {
                mustLinks.add(new int[] {a, b});
            }
            if (within[a] && within[b]) {
                if (constraint.kind() == LinkConstraint.Kind.MUST_LINK) {
                    clusterer.mustLink(local[a], local[b]);
                } else {
                    clusterer.cannotLink(local[a], local[b]);
                }
            }
        }
        LongList edges = new LongList();
        List<Double> strengths = new ArrayList<>();
        pairs.forEachMatch((a, b, weight, deterministic) -> {
            if (within[a] && within[b]) {
                edges.add(LongList.pair(local[a], local[b]));
                strengths.add(weight + (deterministic ? IdentityEngine.DETERMINISTIC_BONUS : 0));
            }
        });
        int[] edgeA = new int[edges.size()];
        int[] edgeB = new int[edges.size()];
        double[] strength = new double[edges.size()];
        for (int e = 0; e < edgeA.length; e++) {
            edgeA[e] = LongList.first(edges.get(e));
            edgeB[e] = LongList.second(edges.get(e));
            strength[e] = strengths.get(e);
        }
        Clusterer.Outcome outcome = clusterer.cluster(edgeA, edgeB, strength);
        problems.addAll(outcome.conflicts());

        long[] previousId = new long[members.size()];
        for (int i = 0; i < members.size(); i++) {
            int r = members.get(i);
            int old = r < from ? r : base.records().idOf(records.key(r));
            previousId[i] = old >= 0 && baseComponent[old] >= 0 ? baseIds[baseComponent[old]] : -1;
        }
        StableClusterIds.Outcome ids = StableClusterIds.assign(outcome.componentOf(), outcome.components(),
                previousId, base.nextClusterId());

        int first = idOfComponent.length;
        idOfComponent = Arrays.copyOf(idOfComponent, first + outcome.components());
        System.arraycopy(ids.idOfComponent(), 0, idOfComponent, first, outcome.components());
        int[] componentOf = Arrays.copyOf(baseComponent, n);
        int[] unitOf = Arrays.copyOf(baseUnit, n);
        for (int r = from; r < n; r++) {
            componentOf[r] = -1;
        }
        for (int r = 0; r < n; r++) {
            if (replaced[r]) {
                componentOf[r] = -1;
            }
        }
        UnionFind units = new UnionFind(members.size());
        for (int e = 0; e < edgeA.length; e++) {
            union(units, edgeA[e], edgeB[e]);
        }
        for (int[] link : allLinks(records)) {
            if (within[link[0]] && within[link[1]]) {
                union(units, local[link[0]], local[link[1]]);
            }
        }
        for (int i = 0; i < members.size(); i++) {
            int r = members.get(i);
            componentOf[r] = first + outcome.componentOf()[i];
            unitOf[r] = members.get(units.find(i));
        }
        return new Clustering(componentOf, idOfComponent, ids.nextId(), unitOf, mustLinks, outcome.edgesCut(),
                ids.kept(), problems);
    }

    private List<int[]> allLinks(PreparedRecords records) {
        List<int[]> links = new ArrayList<>();
        for (LinkConstraint constraint : request.constraints()) {
            int a = records.idOf(constraint.a());
            int b = records.idOf(constraint.b());
            if (a >= 0 && b >= 0) {
                links.add(new int[] {a, b});
            }
        }
        return links;
    }

    private static void union(UnionFind sets, int a, int b) {
        int rootA = sets.find(a);
        int rootB = sets.find(b);
        if (rootA != rootB) {
            sets.union(rootA, rootB);
        }
    }
}
