package io.lakefront.domain.identity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Trains the Fellegi–Sunter model without labels, the way Splink does: u from random pairs, the
 * prior from the deterministic rules' matches, m by EM on each training rule's pairs (leaving out
 * what the rule blocks on), averaged across rules. EM over all blocked pairs at once is avoided on
 * purpose: with every comparison free it drifts to whatever split of the pairs is most common
 * (same household, same street) instead of "same person".
 */
final class ModelTrainer {
    private static final double MIN_EXPECTED_MATCHES = 5;
    private static final double MIN_PRIOR = 1e-12;

    private final PreparedRecords records;
    private final CompiledComparison[] comparisons;
    private final Training training;
    private final Blocker blocker;

    ModelTrainer(PreparedRecords records, CompiledComparison[] comparisons, Training training, Blocker blocker) {
        this.records = records;
        this.comparisons = comparisons;
        this.training = training;
        this.blocker = blocker;
    }

    record Outcome(MatchModel model, List<TrainingRun> runs, long randomPairs) {
    }

    Outcome train(long deterministicPairs) {
        int width = comparisons.length;
        long allPairs = Math.max(1, (long) records.size() * (records.size() - 1) / 2);
        long[][] counts = RandomPairSampler.levelCounts(records.size(), training.randomPairs(), training.seed(),
                comparisons);
        double[][] u = new double[width][];
        for (int c = 0; c < width; c++) {
            u[c] = fromCounts(counts[c]);
        }
        double prior = deterministicPairs > 0
                ? clampPrior(deterministicPairs / training.deterministicRecall() / allPairs)
                : Double.NaN;

        double[][] start = startingM();
        double[][] mSums = new double[width][];
        int[] mRuns = new int[width];
        for (int c = 0; c < width; c++) {
            mSums[c] = new double[start[c].length];
        }
        List<TrainingRun> runs = new ArrayList<>();
        double mostExpectedMatches = 0;
        for (BlockingRule rule : training.rules()) {
            long[] pairs = blocker.block(List.of(rule)).pairs();
            if (pairs.length == 0) {
                runs.add(new TrainingRun(rule.name(), 0, 0, 0, List.of()));
                continue;
            }
            boolean[] active = new boolean[width];
            for (int c = 0; c < width; c++) {
                active[c] = !rule.fields().contains(comparisons[c].comparison().field());
            }
            double startShare = Double.isNaN(prior) ? 0.1
                    : Math.min(0.5, Math.max(0.01, prior * allPairs / pairs.length));
            byte[] levels = ComparisonVectors.of(pairs, comparisons);
            ExpectationMaximisation.Result result = new ExpectationMaximisation(u, active, training.maxIterations(),
                    training.convergence()).run(levels, pairs.length, start, startShare);
            List<String> trained = new ArrayList<>();
            for (int c = 0; c < width; c++) {
                if (active[c] && result.expectedMatchesSeen()[c] >= MIN_EXPECTED_MATCHES) {
                    for (int l = 1; l < mSums[c].length; l++) {
                        mSums[c][l] += result.m()[c][l];
                    }
                    mRuns[c]++;
                    trained.add(comparisons[c].comparison().name());
                }
            }
            mostExpectedMatches = Math.max(mostExpectedMatches, result.matchShare() * pairs.length);
            runs.add(new TrainingRun(rule.name(), pairs.length, result.iterations(), result.matchShare(), trained));
        }
        double[][] m = new double[width][];
        for (int c = 0; c < width; c++) {
            m[c] = start[c].clone();
            if (mRuns[c] > 0) {
                for (int l = 1; l < m[c].length; l++) {
                    m[c][l] = mSums[c][l] / mRuns[c];
                }
            }
        }
        if (Double.isNaN(prior)) {
            // No deterministic evidence: the largest number of matches one training rule saw is a lower bound.
            prior = clampPrior(mostExpectedMatches / allPairs);
        }
        return new Outcome(new MatchModel(specs(), prior, m, u, valueCounts(), valuesSeen()), runs,
                Math.min(allPairs, training.randomPairs()));
    }

    private static double clampPrior(double prior) {
        return Math.min(0.5, Math.max(MIN_PRIOR, prior));
    }

    /** u per level from counts; a level never seen among random pairs gets half a count, not zero. */
    private static double[] fromCounts(long[] counts) {
        double[] u = new double[counts.length];
        u[0] = 1;
        double total = 0;
        for (int l = 1; l < counts.length; l++) {
            total += Math.max(0.5, counts[l]);
        }
        for (int l = 1; l < counts.length; l++) {
            u[l] = Math.max(0.5, counts[l]) / total;
        }
        return u;
    }

    /** Splink-like starting m: most matches agree at the best level, few fall to "else". */
    private double[][] startingM() {
        double[][] m = new double[comparisons.length][];
        for (int c = 0; c < comparisons.length; c++) {
            int levels = comparisons[c].comparison().levelCount();
            m[c] = new double[levels];
            m[c][0] = 1;
            double remaining = 0.95;
            for (int l = 1; l < levels - 1; l++) {
                double share = l == levels - 2 ? remaining : remaining * 0.7;
                m[c][l] = share;
                remaining -= share;
            }
            m[c][levels - 1] = 0.05;
        }
        return m;
    }

    private List<Comparison> specs() {
        List<Comparison> specs = new ArrayList<>();
        for (CompiledComparison comparison : comparisons) {
            specs.add(comparison.comparison());
        }
        return specs;
    }

    private List<Map<String, Integer>> valueCounts() {
        List<Map<String, Integer>> tables = new ArrayList<>();
        for (CompiledComparison comparison : comparisons) {
            Map<String, Integer> counts = new HashMap<>();
            if (comparison.comparison().termFrequency()) {
                String[] values = records.column(comparison.comparison().field());
                for (String value : values) {
                    if (value != null) {
                        counts.merge(value, 1, Integer::sum);
                    }
                }
            }
            tables.add(Map.copyOf(counts));
        }
        return tables;
    }

    private int[] valuesSeen() {
        int[] seen = new int[comparisons.length];
        for (int c = 0; c < comparisons.length; c++) {
            for (String value : records.column(comparisons[c].comparison().field())) {
                if (value != null) {
                    seen[c]++;
                }
            }
        }
        return seen;
    }
}
