package io.lakefront.domain.identity;

/**
 * Every compared pair of a run with its match weight and band, held in primitive arrays (a run on
 * a million records has millions of pairs). Index {@code i} runs from 0 to {@link #size()}.
 *
 * <p>An incremental run's pairs are the base run's (less those of records it replaced) followed by
 * its own: the base arrays are shared, not copied.
 */
public final class ScoredPairs {
    private static final int MAX_DEPTH = 4;
    private static final MatchBand[] BANDS = MatchBand.values();
    private static final byte MATCH = (byte) MatchBand.MATCH.ordinal();

    private final RecordKey[] keys;
    private final ScoredPairs base;
    private final int[] keptOfBase;
    private final int baseSize;
    private final int depth;
    private final int[] a;
    private final int[] b;
    private final double[] weights;
    private final byte[] bands;
    private final byte[] deterministicRules;
    private final String[] ruleNames;

    ScoredPairs(RecordKey[] keys, int[] a, int[] b, double[] weights, byte[] bands, byte[] deterministicRules,
                String[] ruleNames) {
        this(keys, null, null, a, b, weights, bands, deterministicRules, ruleNames);
    }

    private ScoredPairs(RecordKey[] keys, ScoredPairs base, int[] keptOfBase, int[] a, int[] b, double[] weights,
                        byte[] bands, byte[] deterministicRules, String[] ruleNames) {
        this.keys = keys;
        this.base = base;
        this.keptOfBase = keptOfBase;
        this.baseSize = base == null ? 0 : keptOfBase == null ? base.size() : keptOfBase.length;
        this.depth = base == null ? 0 : base.depth + 1;
        this.a = a;
        this.b = b;
        this.weights = weights;
        this.bands = bands;
        this.deterministicRules = deterministicRules;
        this.ruleNames = ruleNames;
    }

    /**
     * These pairs without those touching a {@code dropped} record, followed by {@code added}'s;
     * {@code keys} are the records of the new run.
     */
    ScoredPairs followedBy(ScoredPairs added, boolean[] dropped, RecordKey[] keys) {
        int[] kept = null;
        if (dropped != null) {
            int count = 0;
            int[] indices = new int[size()];
            for (int i = 0; i < size(); i++) {
                if (!dropped[indexA(i)] && !dropped[indexB(i)]) {
                    indices[count++] = i;
                }
            }
            kept = count == size() ? null : java.util.Arrays.copyOf(indices, count);
        }
        ScoredPairs layered = new ScoredPairs(keys, this, kept, added.a, added.b, added.weights, added.bands,
                added.deterministicRules, added.ruleNames);
        return layered.depth > MAX_DEPTH ? layered.flattened() : layered;
    }

    private ScoredPairs flattened() {
        int size = size();
        int[] flatA = new int[size];
        int[] flatB = new int[size];
        double[] flatWeights = new double[size];
        byte[] flatBands = new byte[size];
        byte[] flatRules = new byte[size];
        for (int i = 0; i < size; i++) {
            flatA[i] = indexA(i);
            flatB[i] = indexB(i);
            flatWeights[i] = matchWeight(i);
            flatBands[i] = bandCode(i);
            flatRules[i] = ruleCode(i);
        }
        return new ScoredPairs(keys, flatA, flatB, flatWeights, flatBands, flatRules, ruleNames);
    }

    public int size() {
        return baseSize + a.length;
    }

    public RecordKey recordA(int i) {
        return keys[indexA(i)];
    }

    public RecordKey recordB(int i) {
        return keys[indexB(i)];
    }

    public double matchWeight(int i) {
        return i < baseSize ? base.matchWeight(baseIndex(i)) : weights[i - baseSize];
    }

    public double matchProbability(int i) {
        return MatchModel.probability(matchWeight(i));
    }

    public MatchBand band(int i) {
        return BANDS[bandCode(i)];
    }

    /** The deterministic rule that settled the pair, or {@code null} when the model decided. */
    public String deterministicRule(int i) {
        int rule = ruleCode(i);
        return rule < 0 ? null : ruleNames[rule];
    }

    /** Receives match edges: the two records, the weight and whether a deterministic rule settled the pair. */
    interface MatchEdges {
        void edge(int a, int b, double weight, boolean deterministic);
    }

    /** Every pair in the match band, in index order, read straight from the arrays of each layer. */
    void forEachMatch(MatchEdges sink) {
        if (base != null) {
            if (keptOfBase == null) {
                base.forEachMatch(sink);
            } else {
                for (int kept : keptOfBase) {
                    if (base.bandCode(kept) == MATCH) {
                        sink.edge(base.indexA(kept), base.indexB(kept), base.matchWeight(kept), base.ruleCode(kept) >= 0);
                    }
                }
            }
        }
        for (int i = 0; i < a.length; i++) {
            if (bands[i] == MATCH) {
                sink.edge(a[i], b[i], weights[i], deterministicRules[i] >= 0);
            }
        }
    }

    public long count(MatchBand band) {
        long count = 0;
        for (int i = 0; i < size(); i++) {
            if (bandCode(i) == band.ordinal()) {
                count++;
            }
        }
        return count;
    }

    int indexA(int i) {
        return i < baseSize ? base.indexA(baseIndex(i)) : a[i - baseSize];
    }

    int indexB(int i) {
        return i < baseSize ? base.indexB(baseIndex(i)) : b[i - baseSize];
    }

    private byte bandCode(int i) {
        return i < baseSize ? base.bandCode(baseIndex(i)) : bands[i - baseSize];
    }

    private byte ruleCode(int i) {
        return i < baseSize ? base.ruleCode(baseIndex(i)) : deterministicRules[i - baseSize];
    }

    private int baseIndex(int i) {
        return keptOfBase == null ? i : keptOfBase[i];
    }
}
