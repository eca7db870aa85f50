package io.lakefront.domain.identity;

/**
 * Estimates m (how often matching records agree at each level) from the unlabelled pairs of one
 * training blocking rule, with u held fixed, as Splink does. Comparisons on the fields the rule
 * blocks on are inactive: within its blocks they agree by construction and would teach nothing.
 * It iterates over distinct comparison patterns with their counts ({@link PatternCounts}), so an
 * iteration costs the same for a thousand pairs as for ten million.
 */
final class ExpectationMaximisation {
    private static final double FLOOR = 1e-6;

    private final double[][] u;
    private final boolean[] active;
    private final int maxIterations;
    private final double convergence;

    ExpectationMaximisation(double[][] u, boolean[] active, int maxIterations, double convergence) {
        this.u = u;
        this.active = active;
        this.maxIterations = maxIterations;
        this.convergence = convergence;
    }

    record Result(double[][] m, double matchShare, int iterations, double[] expectedMatchesSeen) {
    }

    /** {@code m} is the starting point. */
    Result run(PatternCounts.Unpacked patterns, double[][] startM, double startShare) {
        int width = u.length;
        byte[] levels = patterns.levels();
        long[] counts = patterns.counts();
        double pairs = 0;
        for (long count : counts) {
            pairs += count;
        }
        double[][] m = copy(startM);
        double share = startShare;
        int iteration = 0;
        double[] seen = new double[width];
        while (iteration < maxIterations) {
            iteration++;
            double priorOdds = share / (1 - share);
            double[][] sums = new double[width][];
            for (int c = 0; c < width; c++) {
                sums[c] = new double[m[c].length];
            }
            double matches = 0;
            for (int p = 0; p < counts.length; p++) {
                double odds = priorOdds;
                int base = p * width;
                for (int c = 0; c < width; c++) {
                    int level = levels[base + c];
                    if (active[c] && level != 0) {
                        odds *= m[c][level] / u[c][level];
                    }
                }
                double posterior = Double.isInfinite(odds) ? 1.0 : odds / (1 + odds);
                double weight = posterior * counts[p];
                for (int c = 0; c < width; c++) {
                    sums[c][levels[base + c]] += weight;
                }
                matches += weight;
            }
            double[][] next = new double[width][];
            double change = 0;
            for (int c = 0; c < width; c++) {
                next[c] = m[c].clone();
                if (!active[c]) {
                    continue;
                }
                double nonMissing = 0;
                for (int l = 1; l < m[c].length; l++) {
                    nonMissing += sums[c][l];
                }
                seen[c] = nonMissing;
                if (nonMissing <= 0) {
                    continue;
                }
                for (int l = 1; l < m[c].length; l++) {
                    next[c][l] = Math.max(FLOOR, sums[c][l] / nonMissing);
                    change = Math.max(change, Math.abs(next[c][l] - m[c][l]));
                }
            }
            double nextShare = Math.min(1 - FLOOR, Math.max(FLOOR, matches / Math.max(1, pairs)));
            change = Math.max(change, Math.abs(nextShare - share));
            m = next;
            share = nextShare;
            if (change < convergence) {
                break;
            }
        }
        return new Result(m, share, iteration, seen);
    }

    private static double[][] copy(double[][] values) {
        double[][] copy = new double[values.length][];
        for (int c = 0; c < values.length; c++) {
            copy[c] = values[c].clone();
        }
        return copy;
    }
}
