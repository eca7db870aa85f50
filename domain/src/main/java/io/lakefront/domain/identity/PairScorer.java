package io.lakefront.domain.identity;

/**
 * Scores pairs with a trained model: the prior's log odds, plus each comparison's level weight,
 * plus the term-frequency adjustment of an exact match. Level weights and adjustments (one per
 * distinct value) are tables built once, so scoring a pair allocates nothing.
 */
final class PairScorer {
    private final CompiledComparison[] comparisons;
    private final MatchModel model;
    private final double[][] levelWeights;
    private final int[] exactLevels;
    private final double[][] tfAdjustments;

    PairScorer(CompiledComparison[] comparisons, MatchModel model) {
        this(comparisons, model, null);
    }

    /** With {@code base}'s term-frequency adjustments for the values it knew, computing only new values'. */
    private PairScorer(CompiledComparison[] comparisons, MatchModel model, PairScorer base) {
        this.comparisons = comparisons;
        this.model = model;
        levelWeights = new double[comparisons.length][];
        exactLevels = new int[comparisons.length];
        tfAdjustments = new double[comparisons.length][];
        for (int c = 0; c < comparisons.length; c++) {
            Comparison spec = comparisons[c].comparison();
            levelWeights[c] = new double[spec.levelCount()];
            for (int l = 0; l < spec.levelCount(); l++) {
                levelWeights[c][l] = model.weight(c, l);
            }
            exactLevels[c] = spec.termFrequency() ? spec.exactLevel() : -1;
            if (exactLevels[c] > 0) {
                Column column = comparisons[c].column();
                double[] known = base == null ? new double[0] : base.tfAdjustments[c];
                tfAdjustments[c] = java.util.Arrays.copyOf(known, column.valueCount());
                for (int v = known.length; v < tfAdjustments[c].length; v++) {
                    tfAdjustments[c][v] = model.termFrequencyAdjustment(c, column.value(v));
                }
            }
        }
    }

    MatchModel model() {
        return model;
    }

    CompiledComparison[] comparisons() {
        return comparisons;
    }

    /** This model's scorer for an incremental run's comparisons, whose columns extend these. */
    PairScorer extend(CompiledComparison[] extended) {
        return new PairScorer(extended, model, this);
    }

    double score(int a, int b) {
        double weight = model.priorWeight();
        for (int c = 0; c < comparisons.length; c++) {
            int level = comparisons[c].level(a, b);
            weight += levelWeights[c][level];
            if (level == exactLevels[c]) {
                weight += tfAdjustments[c][comparisons[c].valueId(a)];
            }
        }
        return weight;
    }

    /** The same sum as {@link #score}, step by step, for people. */
    Waterfall explain(RecordKey keyA, RecordKey keyB, int a, int b, Thresholds thresholds, String deterministicRule) {
        var steps = new java.util.ArrayList<WaterfallStep>();
        double total = model.priorWeight();
        steps.add(new WaterfallStep("prior", "", null, null, total, 0));
        for (int c = 0; c < comparisons.length; c++) {
            int level = comparisons[c].level(a, b);
            double tf = level == exactLevels[c] ? tfAdjustments[c][comparisons[c].valueId(a)] : 0;
            Comparison spec = comparisons[c].comparison();
            steps.add(new WaterfallStep(spec.name(), spec.levelLabel(level), comparisons[c].value(a),
                    comparisons[c].value(b), levelWeights[c][level], tf));
            total += levelWeights[c][level] + tf;
        }
        MatchBand band = deterministicRule != null ? MatchBand.MATCH : thresholds.bandOf(total);
        return new Waterfall(keyA, keyB, steps, total, MatchModel.probability(total), band, deterministicRule);
    }
}
