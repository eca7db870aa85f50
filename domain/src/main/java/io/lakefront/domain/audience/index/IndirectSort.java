package io.lakefront.domain.audience.index;

/**
 * Orders row numbers by a {@code long} key without boxing: a stable bottom-up merge sort of a
 * permutation, with a shortcut for keys that already arrive in order (a source that streams by time).
 */
final class IndirectSort {
    private IndirectSort() {
    }

    /** The rows {@code 0..keys.length-1} ordered by key, equal keys in their original order. */
    static int[] order(long[] keys) {
        int n = keys.length;
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        boolean sorted = true;
        for (int i = 1; i < n && sorted; i++) {
            sorted = keys[i - 1] <= keys[i];
        }
        if (sorted) {
            return order;
        }
        int[] buffer = new int[n];
        int[] from = order;
        int[] to = buffer;
        for (int width = 1; width < n; width *= 2) {
            for (int lo = 0; lo < n; lo += 2 * width) {
                int mid = Math.min(lo + width, n);
                int hi = Math.min(lo + 2 * width, n);
                merge(keys, from, to, lo, mid, hi);
            }
            int[] swap = from;
            from = to;
            to = swap;
        }
        return from;
    }

    private static void merge(long[] keys, int[] from, int[] to, int lo, int mid, int hi) {
        int i = lo;
        int j = mid;
        int k = lo;
        if (mid >= hi || keys[from[mid - 1]] <= keys[from[mid]]) {
            System.arraycopy(from, lo, to, lo, hi - lo);
            return;
        }
        while (i < mid && j < hi) {
            to[k++] = keys[from[j]] < keys[from[i]] ? from[j++] : from[i++];
        }
        while (i < mid) {
            to[k++] = from[i++];
        }
        while (j < hi) {
            to[k++] = from[j++];
        }
    }

    /** {@code values} rearranged so that position {@code i} holds {@code values[order[i]]}. */
    static long[] apply(long[] values, int[] order) {
        long[] out = new long[order.length];
        for (int i = 0; i < order.length; i++) {
            out[i] = values[order[i]];
        }
        return out;
    }

    static int[] apply(int[] values, int[] order) {
        int[] out = new int[order.length];
        for (int i = 0; i < order.length; i++) {
            out[i] = values[order[i]];
        }
        return out;
    }
}
