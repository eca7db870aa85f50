package io.lakefront.domain.identity;

import io.lakefront.domain.UserError;
import java.util.Arrays;

/**
 * Comparison vectors counted by pattern. Pairs that agree at the same level on every comparison
 * are interchangeable for training, and a run has millions of pairs but only hundreds or thousands
 * of distinct patterns, so expectation–maximisation iterates over the patterns with their counts.
 * A pattern is the levels packed in mixed radix (each comparison's level count) into one long.
 */
final class PatternCounts {
    private final long[] radix;
    private final int[] levelCounts;
    private final LongIntMap index;
    private long[] patterns;
    private long[] counts;
    private int size;

    PatternCounts(CompiledComparison[] comparisons) {
        this(radixOf(comparisons), levelCountsOf(comparisons));
    }

    private PatternCounts(long[] radix, int[] levelCounts) {
        this.radix = radix;
        this.levelCounts = levelCounts;
        this.index = new LongIntMap(256);
        this.patterns = new long[64];
        this.counts = new long[64];
    }

    private static int[] levelCountsOf(CompiledComparison[] comparisons) {
        int[] counts = new int[comparisons.length];
        for (int c = 0; c < comparisons.length; c++) {
            counts[c] = comparisons[c].comparison().levelCount();
        }
        return counts;
    }

    private static long[] radixOf(CompiledComparison[] comparisons) {
        long[] radix = new long[comparisons.length];
        long product = 1;
        for (int c = comparisons.length - 1; c >= 0; c--) {
            radix[c] = product;
            int levels = comparisons[c].comparison().levelCount();
            if (product > Long.MAX_VALUE / 2 / levels) {
                throw new UserError("the specification has too many comparisons and levels to train on ("
                        + comparisons.length + " comparisons); merge or drop some");
            }
            product *= levels;
        }
        return radix;
    }

    /** The pattern of a pair. */
    long patternOf(CompiledComparison[] comparisons, int a, int b) {
        long pattern = 0;
        int[] levels = new int[comparisons.length];
        CompiledComparison.levels(comparisons, a, b, levels);
        for (int c = 0; c < comparisons.length; c++) {
            pattern += levels[c] * radix[c];
        }
        return pattern;
    }

    void add(long pattern, long count) {
        int at = index.putIfAbsent(pattern, size);
        if (at == size) {
            if (size == patterns.length) {
                patterns = Arrays.copyOf(patterns, size * 2);
                counts = Arrays.copyOf(counts, size * 2);
            }
            patterns[size++] = pattern;
        }
        counts[at] += count;
    }

    /** Adds the other's counts to these. */
    PatternCounts merge(PatternCounts other) {
        for (int i = 0; i < other.size; i++) {
            add(other.patterns[i], other.counts[i]);
        }
        return this;
    }

    /** An empty counter with the same encoding. */
    PatternCounts empty() {
        return new PatternCounts(radix, levelCounts);
    }

    int size() {
        return size;
    }

    long pattern(int i) {
        return patterns[i];
    }

    long count(int i) {
        return counts[i];
    }

    long total() {
        long total = 0;
        for (int i = 0; i < size; i++) {
            total += counts[i];
        }
        return total;
    }

    int level(long pattern, int comparison) {
        return (int) (pattern / radix[comparison] % levelCounts[comparison]);
    }

    /** Patterns as levels, {@code levels[i * width + c]}, in ascending pattern order, with their counts. */
    Unpacked unpack() {
        int width = radix.length;
        Integer[] order = new Integer[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> Long.compare(patterns[x], patterns[y]));
        byte[] levels = new byte[size * width];
        long[] sortedCounts = new long[size];
        for (int i = 0; i < size; i++) {
            long pattern = patterns[order[i]];
            sortedCounts[i] = counts[order[i]];
            for (int c = 0; c < width; c++) {
                levels[i * width + c] = (byte) level(pattern, c);
            }
        }
        return new Unpacked(levels, sortedCounts);
    }

    record Unpacked(byte[] levels, long[] counts) {
        int patterns() {
            return counts.length;
        }
    }
}
