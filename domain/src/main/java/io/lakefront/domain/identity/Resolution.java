package io.lakefront.domain.identity;

import io.lakefront.domain.UserError;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The outcome of a run: every record's cluster id, the scored pairs, the trained model, and
 * explanations on demand for any pair and any cluster. It also keeps what an incremental run
 * needs to resolve new or changed records against it without a full recompute
 * ({@link IdentityEngine#resolveIncremental}): the prepared records, the blocking indexes, the
 * compiled model and the clusters.
 */
public final class Resolution {
    private final IdentitySpec spec;
    private final PreparedRecords records;
    private final boolean[] replaced;
    private final PairScorer scorer;
    private final ScoredPairs pairs;
    private final Blocking blocking;
    private final List<LinkConstraint> constraints;
    private final List<int[]> mustLinks;
    private final int[] componentOf;
    private final long[] idOfComponent;
    private final long nextClusterId;
    private final int[] unitOf;
    private final ResolutionDiagnostics diagnostics;

    /**
     * @param replaced per record, whether a later version of it replaced it (an incremental run's
     *                 changed records); {@code null} when none did
     * @param unitOf   per record, its connected component over all match edges and people's links,
     *                 before any guard cut an edge: clusters never reach across units
     */
    Resolution(IdentitySpec spec, PreparedRecords records, boolean[] replaced, PairScorer scorer, ScoredPairs pairs,
               Blocking blocking, List<LinkConstraint> constraints, List<int[]> mustLinks, int[] componentOf,
               long[] idOfComponent, long nextClusterId, int[] unitOf, ResolutionDiagnostics diagnostics) {
        this.spec = spec;
        this.records = records;
        this.replaced = replaced;
        this.scorer = scorer;
        this.pairs = pairs;
        this.blocking = blocking;
        this.constraints = List.copyOf(constraints);
        this.mustLinks = mustLinks;
        this.componentOf = componentOf;
        this.idOfComponent = idOfComponent;
        this.nextClusterId = nextClusterId;
        this.unitOf = unitOf;
        this.diagnostics = diagnostics;
    }

    public long clusterOf(RecordKey key) {
        return idOfComponent[componentOf[idOf(key)]];
    }

    /** Each record's cluster id, in input order (an incremental run's new records last). */
    public Map<RecordKey, Long> assignments() {
        Map<RecordKey, Long> assignments = new LinkedHashMap<>();
        for (int r = 0; r < records.size(); r++) {
            if (current(r)) {
                assignments.put(records.key(r), idOfComponent[componentOf[r]]);
            }
        }
        return assignments;
    }

    /** Clusters by ascending id, members in input order. */
    public List<Cluster> clusters() {
        Map<Long, List<RecordKey>> byId = new TreeMap<>();
        for (int r = 0; r < records.size(); r++) {
            if (current(r)) {
                byId.computeIfAbsent(idOfComponent[componentOf[r]], id -> new ArrayList<>()).add(records.key(r));
            }
        }
        List<Cluster> clusters = new ArrayList<>(byId.size());
        byId.forEach((id, members) -> clusters.add(new Cluster(id, members)));
        return clusters;
    }

    /** The input to the next run, so that it keeps these ids. */
    public PreviousClusters asPrevious() {
        return new PreviousClusters(assignments(), nextClusterId);
    }

    public long nextClusterId() {
        return nextClusterId;
    }

    /** Records resolved (for an incremental run: the base's and the added, each key once). */
    public int recordCount() {
        int count = 0;
        for (int r = 0; r < records.size(); r++) {
            if (current(r)) {
                count++;
            }
        }
        return count;
    }

    public ScoredPairs pairs() {
        return pairs;
    }

    public MatchModel model() {
        return scorer.model();
    }

    public ResolutionDiagnostics diagnostics() {
        return diagnostics;
    }

    /** The waterfall of any two records of the run, compared or not. */
    public Waterfall explain(RecordKey a, RecordKey b) {
        int idA = idOf(a);
        int idB = idOf(b);
        int rule = blocking.deterministicRuleOf(records, idA, idB);
        return scorer.explain(a, b, idA, idB, spec.thresholds(),
                rule < 0 ? null : spec.deterministicRules().get(rule).name());
    }

    /** The members of a cluster and the match edges between them, strongest first. */
    public ClusterExplanation explainCluster(long clusterId) {
        int component = -1;
        for (int c = 0; c < idOfComponent.length; c++) {
            if (idOfComponent[c] == clusterId) {
                component = c;
            }
        }
        if (component < 0) {
            throw new UserError("no cluster with id " + clusterId + " in this run");
        }
        List<RecordKey> members = new ArrayList<>();
        for (int r = 0; r < records.size(); r++) {
            if (current(r) && componentOf[r] == component) {
                members.add(records.key(r));
            }
        }
        List<ClusterEdge> edges = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            if (pairs.band(i) == MatchBand.MATCH && componentOf[pairs.indexA(i)] == component
                    && componentOf[pairs.indexB(i)] == component) {
                String rule = pairs.deterministicRule(i);
                edges.add(new ClusterEdge(pairs.recordA(i), pairs.recordB(i), pairs.matchWeight(i),
                        rule == null ? ClusterEdge.MODEL : rule));
            }
        }
        for (int[] link : mustLinks) {
            if (componentOf[link[0]] == component && componentOf[link[1]] == component) {
                edges.add(new ClusterEdge(records.key(link[0]), records.key(link[1]),
                        scorer.score(link[0], link[1]), ClusterEdge.MUST_LINK));
            }
        }
        edges.sort(Comparator.comparingDouble(ClusterEdge::matchWeight).reversed());
        return new ClusterExplanation(clusterId, members, edges);
    }

    private boolean current(int record) {
        return replaced == null || !replaced[record];
    }

    private int idOf(RecordKey key) {
        int id = records.idOf(key);
        if (id < 0) {
            throw new UserError("record " + key + " was not part of this run");
        }
        return id;
    }

    // What an incremental run reads of its base.

    IdentitySpec spec() {
        return spec;
    }

    PreparedRecords records() {
        return records;
    }

    boolean[] replaced() {
        return replaced;
    }

    PairScorer scorer() {
        return scorer;
    }

    Blocking blocking() {
        return blocking;
    }

    List<LinkConstraint> constraints() {
        return constraints;
    }

    int[] componentOf() {
        return componentOf;
    }

    long[] idOfComponent() {
        return idOfComponent;
    }

    int[] unitOf() {
        return unitOf;
    }
}
