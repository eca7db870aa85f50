package io.lakefront.domain.identity;

import java.util.stream.IntStream;

/**
 * The levels of many pairs on every comparison, as one flat byte array
 * ({@code levels[pair * comparisons + c]}), computed on all cores.
 */
final class ComparisonVectors {
    static final int CHUNK = 4096;

    private ComparisonVectors() {
    }

    static byte[] of(long[] pairs, CompiledComparison[] comparisons) {
        int width = comparisons.length;
        byte[] levels = new byte[pairs.length * width];
        int chunks = (pairs.length + CHUNK - 1) / CHUNK;
        IntStream.range(0, chunks).parallel().forEach(chunk -> {
            int end = Math.min(pairs.length, (chunk + 1) * CHUNK);
            for (int p = chunk * CHUNK; p < end; p++) {
                int a = LongList.first(pairs[p]);
                int b = LongList.second(pairs[p]);
                for (int c = 0; c < width; c++) {
                    levels[p * width + c] = (byte) comparisons[c].level(a, b);
                }
            }
        });
        return levels;
    }
}
