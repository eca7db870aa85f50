package io.lakefront.domain.decision.loop;

import java.util.Arrays;

/**
 * Signal-to-decision latencies of a running loop (from the moment a signal was handed to it to its
 * committed decision), the latest {@value #KEPT} kept, for the report and the benchmark.
 */
public final class Latencies {
    static final int KEPT = 100_000;

    /** A summary in nanoseconds; all zero when nothing was measured. */
    public record Summary(long count, long p50, long p99, long max) {
        public String millis() {
            return String.format(java.util.Locale.ROOT, "%d signals: p50 %.2f ms, p99 %.2f ms, max %.2f ms", count,
                    p50 / 1e6, p99 / 1e6, max / 1e6);
        }
    }

    private final long[] ring = new long[KEPT];
    private long count;

    public synchronized void add(long nanos) {
        ring[(int) (count % KEPT)] = nanos;
        count++;
    }

    public synchronized Summary summary() {
        int n = (int) Math.min(count, KEPT);
        if (n == 0) {
            return new Summary(0, 0, 0, 0);
        }
        long[] sorted = Arrays.copyOf(ring, n);
        Arrays.sort(sorted);
        return new Summary(count, sorted[rank(n, 0.50)], sorted[rank(n, 0.99)], sorted[n - 1]);
    }

    private static int rank(int n, double quantile) {
        return Math.min(n - 1, Math.max(0, (int) Math.ceil(quantile * n) - 1));
    }
}
