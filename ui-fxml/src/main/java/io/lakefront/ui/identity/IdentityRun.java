package io.lakefront.ui.identity;

import io.lakefront.domain.identity.Cluster;
import io.lakefront.domain.identity.ClusterExplanation;
import io.lakefront.domain.identity.IdentitySpec;
import io.lakefront.domain.identity.PersonRecord;
import io.lakefront.domain.identity.RecordKey;
import io.lakefront.domain.identity.Resolution;
import io.lakefront.domain.identity.ResolutionDiagnostics;
import io.lakefront.domain.identity.ScoredPairs;
import io.lakefront.domain.identity.StringMetrics;
import io.lakefront.domain.identity.Waterfall;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One finished resolution run as the Identity screen shows it: the engine's {@link Resolution} and
 * what the screen derives from it once, off the UI thread — the clusters by size, the size histogram,
 * the sorted pair weights behind the threshold sliders and the largest blocks. Explanations of any
 * pair or cluster are asked of the resolution on demand.
 */
public final class IdentityRun {
    /** Blocks listed under "Largest blocks". */
    static final int LARGEST_BLOCKS = 15;

    private final Resolution resolution;
    private final IdentitySpec spec;
    private final Map<RecordKey, PersonRecord> records;
    private final List<RunInput> inputs;
    private final Instant finishedAt;
    private final long millis;
    private final List<Cluster> clustersBySize;
    private final ClusterSizes sizes;
    private final PairWeights weights;
    private final List<BlockSize> largestBlocks;
    private final Map<String, BlockSize> largestBlockOfRule;
    private final long linkedRecords;

    private IdentityRun(Resolution resolution, IdentitySpec spec, Map<RecordKey, PersonRecord> records,
                        List<RunInput> inputs, Instant finishedAt, long millis, LargestBlocks.Found blocks) {
        this.resolution = resolution;
        this.spec = spec;
        this.records = records;
        this.inputs = List.copyOf(inputs);
        this.finishedAt = finishedAt;
        this.millis = millis;
        List<Cluster> clusters = new ArrayList<>(resolution.clusters());
        clusters.sort(Comparator.comparingInt((Cluster c) -> c.members().size()).reversed()
                .thenComparingLong(Cluster::id));
        this.clustersBySize = List.copyOf(clusters);
        Map<Integer, Long> bySize = new HashMap<>();
        long linked = 0;
        for (Cluster cluster : clusters) {
            int size = cluster.members().size();
            bySize.merge(size, 1L, Long::sum);
            if (size > 1) {
                linked += size;
            }
        }
        this.sizes = new ClusterSizes(bySize);
        this.linkedRecords = linked;
        this.weights = PairWeights.of(resolution.pairs());
        this.largestBlocks = blocks.largest();
        this.largestBlockOfRule = blocks.largestOfRule();
    }

    /**
     * Derives the screen's view of a run. Call off the UI thread: it sorts every cluster and pair weight.
     *
     * @param records the records the run resolved (their values fill the cluster viewer)
     * @param metrics the string metrics the engine used, to recompute blocking keys for the largest blocks
     */
    public static IdentityRun of(Resolution resolution, IdentitySpec spec, List<PersonRecord> records,
                                 List<RunInput> inputs, StringMetrics metrics, Instant finishedAt, long millis) {
        Objects.requireNonNull(resolution, "resolution");
        Objects.requireNonNull(spec, "spec");
        Map<RecordKey, PersonRecord> byKey = new HashMap<>(records.size() * 2);
        for (PersonRecord record : records) {
            byKey.put(record.key(), record);
        }
        return new IdentityRun(resolution, spec, byKey, inputs, finishedAt, millis,
                LargestBlocks.find(records, spec, metrics, LARGEST_BLOCKS));
    }

    public Resolution resolution() {
        return resolution;
    }

    /** The rules the run used. */
    public IdentitySpec spec() {
        return spec;
    }

    public List<RunInput> inputs() {
        return inputs;
    }

    public Instant finishedAt() {
        return finishedAt;
    }

    /** Wall time of the whole run: reading, resolving and deriving this view. */
    public long millis() {
        return millis;
    }

    public int records() {
        return resolution.diagnostics().records();
    }

    /** People found: one cluster each, single records included. */
    public int clusters() {
        return clustersBySize.size();
    }

    /** Records that share their cluster with at least one other record. */
    public long linkedRecords() {
        return linkedRecords;
    }

    /** Share of records linked to at least one other (the Home screen's match rate); empty with no records. */
    public OptionalDouble matchRate() {
        return records() == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) linkedRecords / records());
    }

    /** Every cluster, largest first, then by id. */
    public List<Cluster> clustersBySize() {
        return clustersBySize;
    }

    public ClusterSizes clusterSizes() {
        return sizes;
    }

    public PairWeights weights() {
        return weights;
    }

    public ScoredPairs pairs() {
        return resolution.pairs();
    }

    public ResolutionDiagnostics diagnostics() {
        return resolution.diagnostics();
    }

    /** The largest blocks over all blocking rules, largest first. */
    public List<BlockSize> largestBlocks() {
        return largestBlocks;
    }

    /** Each blocking rule's largest block, for the rules whose keys brought two records together. */
    public Map<String, BlockSize> largestBlockOfRule() {
        return largestBlockOfRule;
    }

    /** A record of the run with its values, if the run knows it. */
    public Optional<PersonRecord> record(RecordKey key) {
        return Optional.ofNullable(records.get(key));
    }

    public boolean contains(RecordKey key) {
        return records.containsKey(key);
    }

    /** The waterfall of any two records of the run, compared or not. */
    public Waterfall explain(RecordKey a, RecordKey b) {
        return resolution.explain(a, b);
    }

    public ClusterExplanation explainCluster(long clusterId) {
        return resolution.explainCluster(clusterId);
    }

    public long clusterOf(RecordKey key) {
        return resolution.clusterOf(key);
    }
}
