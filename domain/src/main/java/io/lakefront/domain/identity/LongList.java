package io.lakefront.domain.identity;

import java.util.Arrays;

/** A growable list of primitive longs: candidate pairs are packed as {@code a << 32 | b}. */
final class LongList {
    private long[] items = new long[16];
    private int size;

    void add(long value) {
        if (size == items.length) {
            items = Arrays.copyOf(items, items.length * 2);
        }
        items[size++] = value;
    }

    void addAll(LongList other) {
        for (int i = 0; i < other.size; i++) {
            add(other.items[i]);
        }
    }

    int size() {
        return size;
    }

    long get(int index) {
        return items[index];
    }

    long[] toArray() {
        return Arrays.copyOf(items, size);
    }

    /** Sorted, without duplicates. */
    long[] toSortedDistinct() {
        long[] sorted = Arrays.copyOf(items, size);
        Arrays.parallelSort(sorted);
        int distinct = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[distinct++] = sorted[i];
            }
        }
        return Arrays.copyOf(sorted, distinct);
    }

    static long pair(int a, int b) {
        return a < b ? ((long) a << 32) | b : ((long) b << 32) | a;
    }

    static int first(long pair) {
        return (int) (pair >>> 32);
    }

    static int second(long pair) {
        return (int) pair;
    }
}
