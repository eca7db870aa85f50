package io.lakefront.domain.identity;

import java.util.List;

/**
 * Scores pairs with a trained model: the prior's log odds, plus each comparison's level weight,
 * plus the term-frequency adjustment of an exact match. Level weights and adjustments (one per
 * distinct value) are tables built once, so scoring a pair allocates nothing. {@link ScorerPlugin}s,
 * when there are any, then add to or replace that weight.
 */
final class PairScorer {
    /**
     * A {@link Comparison#reviewIfDifferent()} comparison holds pairs for review only where the
     * trained model says matches seldom differ outright on it (m of "else" below this). In data whose
     * duplicates often carry a wholly different given name (FEBRL's corruptions) the hold would only
     * cost recall, and the model's own weights judge those pairs.
     */
    static final double HOLD_BELOW_M = 0.05;
    private static final java.util.Set<String> PERSONAL_IDENTIFIERS = java.util.Set.of(StandardFields.EMAIL,
            StandardFields.NATIONAL_ID);

    private final PreparedRecords records;
    private final CompiledComparison[] comparisons;
    private final List<ScorerPlugin> plugins;
    private final MatchModel model;
    private final double[][] levelWeights;
    private final int[] exactLevels;
    private final double[][] tfAdjustments;
    private final boolean[] holdsForReview;
    /** Comparisons of identifiers that belong to one person, whose exact agreement lifts a hold. */
    private final int[] personalIdentifiers;

    PairScorer(PreparedRecords records, CompiledComparison[] comparisons, MatchModel model,
               List<ScorerPlugin> plugins) {
        this(records, comparisons, model, plugins, null);
    }

    /** With {@code base}'s term-frequency adjustments for the values it knew, computing only new values'. */
    private PairScorer(PreparedRecords records, CompiledComparison[] comparisons, MatchModel model,
                       List<ScorerPlugin> plugins, PairScorer base) {
        this.records = records;
        this.comparisons = comparisons;
        this.model = model;
        this.plugins = List.copyOf(plugins);
        levelWeights = new double[comparisons.length][];
        exactLevels = new int[comparisons.length];
        tfAdjustments = new double[comparisons.length][];
        holdsForReview = new boolean[comparisons.length];
        personalIdentifiers = java.util.stream.IntStream.range(0, comparisons.length)
                .filter(c -> PERSONAL_IDENTIFIERS.contains(comparisons[c].comparison().field())
                        && comparisons[c].comparison().exactLevel() == 1)
                .toArray();
        for (int c = 0; c < comparisons.length; c++) {
            Comparison spec = comparisons[c].comparison();
            holdsForReview[c] = spec.reviewIfDifferent() && model.m(c, spec.elseLevel()) < HOLD_BELOW_M;
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

    /** This model's scorer for an incremental run's records and comparisons, which extend these. */
    PairScorer extend(PreparedRecords extended, CompiledComparison[] comparisons) {
        return new PairScorer(extended, comparisons, model, plugins, this);
    }

    /**
     * The comparison that holds this pair for review ({@link Comparison#reviewIfDifferent()}: its
     * values differ outright), or -1. A pair that shares an identifier of one person — the same
     * e-mail address or national id, exactly — is not held: "Bobby" and "Robert M." with one
     * mailbox are one person; twins and couples seldom share one.
     */
    int heldBy(int a, int b) {
        for (int identifier : personalIdentifiers) {
            if (comparisons[identifier].level(a, b) == 1) {
                return -1;
            }
        }
        for (int c = 0; c < comparisons.length; c++) {
            Comparison spec = comparisons[c].comparison();
            if (holdsForReview[c] && comparisons[c].level(a, b) == spec.elseLevel()) {
                return c;
            }
        }
        return -1;
    }

    /** The band of a pair of this weight, found by a deterministic rule or not. */
    MatchBand band(int a, int b, double weight, boolean deterministic, Thresholds thresholds) {
        MatchBand band = deterministic ? MatchBand.MATCH : thresholds.bandOf(weight);
        return band == MatchBand.MATCH && heldBy(a, b) >= 0 ? MatchBand.REVIEW : band;
    }

    double score(int a, int b) {
        double weight = modelScore(a, b);
        for (ScorerPlugin plugin : plugins) {
            weight = applied(plugin, a, b, weight);
        }
        return weight;
    }

    private double modelScore(int a, int b) {
        double weight = model.priorWeight();
        int[] levels = new int[comparisons.length];
        CompiledComparison.levels(comparisons, a, b, levels);
        for (int c = 0; c < comparisons.length; c++) {
            int level = levels[c];
            weight += levelWeights[c][level];
            if (level == exactLevels[c]) {
                weight += tfAdjustments[c][comparisons[c].valueId(a)];
            }
        }
        return weight;
    }

    private double applied(ScorerPlugin plugin, int a, int b, double weight) {
        double own = plugin.weight(new Pair(a, b, weight));
        if (!Double.isFinite(own)) {
            throw new IllegalStateException("scorer plugin '" + plugin.name() + "' gave " + own + " for "
                    + records.key(a) + " - " + records.key(b) + "; a weight must be a finite number");
        }
        return plugin.mode() == ScorerPlugin.Mode.REPLACE ? own : weight + own;
    }

    /** A pair as a plugin sees it. */
    private final class Pair implements ComparedPair {
        private final int a;
        private final int b;
        private final double weight;

        Pair(int a, int b, double weight) {
            this.a = a;
            this.b = b;
            this.weight = weight;
        }

        @Override public RecordKey recordA() { return records.key(a); }
        @Override public RecordKey recordB() { return records.key(b); }
        @Override public String valueA(String field) { return records.value(field, a); }
        @Override public String valueB(String field) { return records.value(field, b); }
        @Override public double modelWeight() { return weight; }

        @Override
        public String level(String comparison) {
            for (CompiledComparison compiled : comparisons) {
                if (compiled.comparison().name().equals(comparison)) {
                    return compiled.levelLabel(a, b, compiled.level(a, b));
                }
            }
            return null;
        }
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
            steps.add(new WaterfallStep(spec.name(), comparisons[c].levelLabel(a, b, level), comparisons[c].value(a),
                    comparisons[c].value(b), levelWeights[c][level], tf));
            total += levelWeights[c][level] + tf;
        }
        for (ScorerPlugin plugin : plugins) {
            double next = applied(plugin, a, b, total);
            String what = plugin.mode() == ScorerPlugin.Mode.REPLACE ? "replaces the weight" : "adds";
            steps.add(new WaterfallStep("plugin: " + plugin.name(), what, null, null, next - total, 0));
            total = next;
        }
        MatchBand band = band(a, b, total, deterministicRule != null, thresholds);
        int held = heldBy(a, b);
        String heldForReview = band == MatchBand.REVIEW && held >= 0
                ? comparisons[held].comparison().name() + " differs: never merged automatically" : null;
        return new Waterfall(keyA, keyB, steps, total, MatchModel.probability(total), band, deterministicRule,
                heldForReview);
    }
}
