package io.lakefront.domain.identity;

import java.util.stream.IntStream;

/**
 * Estimates m (how often matching records agree at each level) from the unlabelled pairs of one
 * training blocking rule, with u held fixed, as Splink does. Comparisons on the fields the rule
 * blocks on are inactive: within its blocks they agree by construction and would teach nothing.
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

    /** {@code levels} as made by {@link ComparisonVectors}; {@code m} is the starting point. */
    Result run(byte[] levels, int pairs, double[][] startM, double startShare) {
        int width = u.length;
        double[][] m = copy(startM);
        double share = startShare;
        int iteration = 0;
        double[] seen = new double[width];
        while (iteration < maxIterations) {
            iteration++;
            double[][] finalM = m;
            double priorOdds = share / (1 - share);
            int chunks = (pairs + ComparisonVectors.CHUNK - 1) / ComparisonVectors.CHUNK;
            double[][] sums = IntStream.range(0, chunks).parallel()
                    .mapToObj(chunk -> expect(levels, chunk, pairs, finalM, priorOdds))
                    .reduce(ExpectationMaximisation::add)
                    .orElseGet(() -> emptySums(finalM));
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
            double matches = sums[width][0];
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

    /** Posterior-weighted level counts of one chunk; the extra last row holds the sum of posteriors. */
    private double[][] expect(byte[] levels, int chunk, int pairs, double[][] m, double priorOdds) {
        int width = u.length;
        double[][] sums = emptySums(m);
        int end = Math.min(pairs, (chunk + 1) * ComparisonVectors.CHUNK);
        for (int p = chunk * ComparisonVectors.CHUNK; p < end; p++) {
            double odds = priorOdds;
            int base = p * width;
            for (int c = 0; c < width; c++) {
                int level = levels[base + c];
                if (active[c] && level != 0) {
                    odds *= m[c][level] / u[c][level];
                }
            }
            double posterior = Double.isInfinite(odds) ? 1.0 : odds / (1 + odds);
            for (int c = 0; c < width; c++) {
                sums[c][levels[base + c]] += posterior;
            }
            sums[width][0] += posterior;
        }
        return sums;
    }

    private static double[][] emptySums(double[][] m) {
        double[][] sums = new double[m.length + 1][];
        for (int c = 0; c < m.length; c++) {
            sums[c] = new double[m[c].length];
        }
        sums[m.length] = new double[1];
        return sums;
    }

    private static double[][] add(double[][] x, double[][] y) {
        for (int c = 0; c < x.length; c++) {
            for (int l = 0; l < x[c].length; l++) {
                x[c][l] += y[c][l];
            }
        }
        return x;
    }

    private static double[][] copy(double[][] values) {
        double[][] copy = new double[values.length][];
        for (int c = 0; c < values.length; c++) {
            copy[c] = values[c].clone();
        }
        return copy;
    }
}
