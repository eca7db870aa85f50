package io.lakefront.domain.identity;

/**
 * Every compared pair of a run with its match weight and band, held in primitive arrays (a run on
 * a million records has millions of pairs). Index {@code i} runs from 0 to {@link #size()}.
 */
public final class ScoredPairs {
    private final RecordKey[] keys;
    private final int[] a;
    private final int[] b;
    private final double[] weights;
    private final byte[] bands;
    private final byte[] deterministicRules;
    private final String[] ruleNames;

    ScoredPairs(RecordKey[] keys, int[] a, int[] b, double[] weights, byte[] bands, byte[] deterministicRules,
                String[] ruleNames) {
        this.keys = keys;
        this.a = a;
        this.b = b;
        this.weights = weights;
        this.bands = bands;
        this.deterministicRules = deterministicRules;
        this.ruleNames = ruleNames;
    }

    public int size() {
        return a.length;
    }

    public RecordKey recordA(int i) {
        return keys[a[i]];
    }

    public RecordKey recordB(int i) {
        return keys[b[i]];
    }

    public double matchWeight(int i) {
        return weights[i];
    }

    public double matchProbability(int i) {
        return MatchModel.probability(weights[i]);
    }

    public MatchBand band(int i) {
        return MatchBand.values()[bands[i]];
    }

    /** The deterministic rule that settled the pair, or {@code null} when the model decided. */
    public String deterministicRule(int i) {
        return deterministicRules[i] < 0 ? null : ruleNames[deterministicRules[i]];
    }

    public long count(MatchBand band) {
        long count = 0;
        for (byte value : bands) {
            if (value == band.ordinal()) {
                count++;
            }
        }
        return count;
    }

    int indexA(int i) {
        return a[i];
    }

    int indexB(int i) {
        return b[i];
    }
}
