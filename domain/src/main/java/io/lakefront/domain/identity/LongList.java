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

    int size() {
        return size;
    }

    long get(int index) {
        return items[index];
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
