package io.lakefront.domain.identity;

import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Estimates u — how often two records of different people agree at each level — from random
 * pairs, as nearly all random pairs are non-matches. Small inputs use every pair. Each chunk has
 * its own seeded generator, so the estimate is the same on every run and every machine.
 */
final class RandomPairSampler {
    private static final int CHUNK_PAIRS = 50_000;

    private RandomPairSampler() {
    }

    /** Level counts per comparison: {@code counts[c][level]}. */
    static long[][] levelCounts(int records, int wanted, long seed, CompiledComparison[] comparisons) {
        long allPairs = (long) records * (records - 1) / 2;
        boolean exhaustive = allPairs <= wanted;
        long total = exhaustive ? allPairs : wanted;
        int chunks = (int) ((total + CHUNK_PAIRS - 1) / CHUNK_PAIRS);
        return IntStream.range(0, chunks).parallel()
                .mapToObj(chunk -> exhaustive
                        ? countAll(records, chunk, comparisons)
                        : countRandom(records, Math.min(CHUNK_PAIRS, total - (long) chunk * CHUNK_PAIRS),
                                new SplittableRandom(seed * 1_000_003L + chunk), comparisons))
                .reduce(RandomPairSampler::add)
                .orElseGet(() -> emptyCounts(comparisons));
    }

    private static long[][] countRandom(int records, long pairs, SplittableRandom random,
                                        CompiledComparison[] comparisons) {
        long[][] counts = emptyCounts(comparisons);
        int[] levels = new int[comparisons.length];
        for (long p = 0; p < pairs; p++) {
            int a = below(random, records);
            int b = below(random, records - 1);
            if (b >= a) {
                b++;
            }
            CompiledComparison.levels(comparisons, a, b, levels);
            for (int c = 0; c < comparisons.length; c++) {
                counts[c][levels[c]]++;
            }
        }
        return counts;
    }

    /** A uniform int in [0, bound) by multiply-shift: one multiplication, no rejection loop. */
    private static int below(SplittableRandom random, int bound) {
        return (int) (((random.nextLong() >>> 32) * bound) >>> 32);
    }

    /** Every pair whose first record falls in the chunk's stripe of record ids. */
    private static long[][] countAll(int records, int chunk, CompiledComparison[] comparisons) {
        long[][] counts = emptyCounts(comparisons);
        int[] levels = new int[comparisons.length];
        long skip = (long) chunk * CHUNK_PAIRS;
        long seen = 0;
        for (int a = 0; a < records && seen < skip + CHUNK_PAIRS; a++) {
            for (int b = a + 1; b < records; b++, seen++) {
                if (seen < skip) {
                    continue;
                }
                if (seen >= skip + CHUNK_PAIRS) {
                    break;
                }
                CompiledComparison.levels(comparisons, a, b, levels);
                for (int c = 0; c < comparisons.length; c++) {
                    counts[c][levels[c]]++;
                }
            }
        }
        return counts;
    }

    private static long[][] emptyCounts(CompiledComparison[] comparisons) {
        long[][] counts = new long[comparisons.length][];
        for (int c = 0; c < comparisons.length; c++) {
            counts[c] = new long[comparisons[c].comparison().levelCount()];
        }
        return counts;
    }

    private static long[][] add(long[][] x, long[][] y) {
        for (int c = 0; c < x.length; c++) {
            for (int l = 0; l < x[c].length; l++) {
                x[c][l] += y[c][l];
            }
        }
        return x;
    }
}
