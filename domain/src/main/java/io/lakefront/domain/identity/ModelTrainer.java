package io.lakefront.domain.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Trains the Fellegi–Sunter model without labels, the way Splink does: u from random pairs, the
 * prior from the deterministic rules' matches, m by EM on each training rule's pairs (leaving out
 * what the rule blocks on), averaged across rules. EM over all blocked pairs at once is avoided on
 * purpose: with every comparison free it drifts to whatever split of the pairs is most common
 * (same household, same street) instead of "same person".
 *
 * <p>A training rule with more pairs than {@link #TRAINING_PAIRS} is sampled: each pair is kept
 * or not by a hash of the pair and the seed, so the sample is the same on every run. EM itself
 * runs over the distinct comparison patterns ({@link PatternCounts}).
 */
final class ModelTrainer {
    /** Pairs per training rule beyond which the rule's pairs are sampled; m estimates are stable long before. */
    static final long TRAINING_PAIRS = 1_000_000;
    private static final double MIN_EXPECTED_MATCHES = 5;
    private static final double MIN_PRIOR = 1e-12;
    private static final int BLOCKS_PER_TASK = 512;

    private final PreparedRecords records;
    private final CompiledComparison[] comparisons;
    private final Training training;
    private final int maxBlockSize;
    private final Labels labels;

    /**
     * How many labelled matches weigh as much as the unsupervised estimate when the two are blended:
     * a handful of decisions nudges m, a few hundred decide it.
     */
    static final double LABEL_PSEUDO_COUNT = 20;

    ModelTrainer(PreparedRecords records, CompiledComparison[] comparisons, Training training, int maxBlockSize) {
        this(records, comparisons, training, maxBlockSize, Labels.none());
    }

    ModelTrainer(PreparedRecords records, CompiledComparison[] comparisons, Training training, int maxBlockSize,
                 Labels labels) {
        this.records = records;
        this.comparisons = comparisons;
        this.training = training;
        this.maxBlockSize = maxBlockSize;
        this.labels = labels;
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
            BlockIndex index = BlockIndex.build(rule, records, maxBlockSize, Integer.MAX_VALUE, 2, List.of());
            long pairs = 0;
            for (int b = 0; b < index.blocks(); b++) {
                pairs += index.comparisons(b);
            }
            if (pairs == 0) {
                runs.add(new TrainingRun(rule.name(), 0, 0, 0, List.of()));
                continue;
            }
            PatternCounts patterns = patterns(index, Math.min(1.0, (double) TRAINING_PAIRS / pairs));
            boolean[] active = new boolean[width];
            for (int c = 0; c < width; c++) {
                active[c] = !rule.fields().contains(comparisons[c].comparison().field());
            }
            double startShare = Double.isNaN(prior) ? 0.1
                    : Math.min(0.5, Math.max(0.01, prior * allPairs / pairs));
            ExpectationMaximisation.Result result = new ExpectationMaximisation(u, active, training.maxIterations(),
                    training.convergence()).run(patterns.unpack(), start, startShare);
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
            mostExpectedMatches = Math.max(mostExpectedMatches, result.matchShare() * pairs);
            runs.add(new TrainingRun(rule.name(), pairs, result.iterations(), result.matchShare(), trained));
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
        learnFromLabels(m, runs);
        if (Double.isNaN(prior)) {
            // No deterministic evidence: the largest number of matches one training rule saw is a lower bound.
            prior = clampPrior(mostExpectedMatches / allPairs);
        }
        return new Outcome(new MatchModel(specs(), prior, m, u, frequencies()), runs,
                Math.min(allPairs, training.randomPairs()));
    }

    /**
     * The feedback loop: the levels people's labelled matches reached re-estimate m, blended with the
     * unsupervised estimate as if it were {@link #LABEL_PSEUDO_COUNT} labelled matches. u stays the
     * random pairs' (labelled non-matches are hard cases, not a sample of non-matches).
     */
    private void learnFromLabels(double[][] m, List<TrainingRun> runs) {
        if (labels.matches() == 0) {
            return;
        }
        List<String> trained = new ArrayList<>();
        for (int c = 0; c < comparisons.length; c++) {
            double[] counts = new double[m[c].length];
            double total = 0;
            for (int i = 0; i < labels.size(); i++) {
                if (labels.match(i)) {
                    int level = comparisons[c].level(labels.a(i), labels.b(i));
                    if (level > 0) {
                        counts[level] += labels.weight(i);
                        total += labels.weight(i);
                    }
                }
            }
            if (total == 0) {
                continue;
            }
            for (int l = 1; l < m[c].length; l++) {
                m[c][l] = Math.max(1e-6, (counts[l] + LABEL_PSEUDO_COUNT * m[c][l]) / (total + LABEL_PSEUDO_COUNT));
            }
            trained.add(comparisons[c].comparison().name());
        }
        double matches = labels.matches();
        runs.add(new TrainingRun(TrainingRun.FROM_DECISIONS, labels.size(), 0, matches / labels.size(), trained));
    }

    /** The comparison patterns of the rule's pairs, or of a share of them chosen by a hash of the pair. */
    private PatternCounts patterns(BlockIndex index, double share) {
        PatternCounts empty = new PatternCounts(comparisons);
        long keepBelow = share >= 1 ? Long.MAX_VALUE : (long) (share * Long.MAX_VALUE);
        long seed = training.seed();
        int tasks = (index.blocks() + BLOCKS_PER_TASK - 1) / BLOCKS_PER_TASK;
        return IntStream.range(0, tasks).parallel().mapToObj(task -> {
            PatternCounts counts = empty.empty();
            int end = Math.min(index.blocks(), (task + 1) * BLOCKS_PER_TASK);
            for (int block = task * BLOCKS_PER_TASK; block < end; block++) {
                int size = index.blockSize(block);
                for (int i = 0; i < size; i++) {
                    int a = index.member(block, i);
                    for (int k = i + 1; k < size; k++) {
                        int b = index.member(block, k);
                        if (keepBelow == Long.MAX_VALUE || (mix(LongList.pair(a, b) ^ seed) >>> 1) < keepBelow) {
                            counts.add(counts.patternOf(comparisons, a, b), 1);
                        }
                    }
                }
            }
            return counts;
        }).reduce(PatternCounts::merge).orElse(empty);
    }

    /** SplitMix64's finaliser: a well-spread hash of a pair. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
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

    /** How often each value occurs, for the comparisons that adjust for term frequency. */
    private List<ValueFrequencies> frequencies() {
        List<ValueFrequencies> frequencies = new ArrayList<>();
        for (CompiledComparison comparison : comparisons) {
            frequencies.add(comparison.comparison().termFrequency()
                    ? ValueFrequencies.of(comparison.column()) : ValueFrequencies.NONE);
        }
        return frequencies;
    }
}
