package io.lakefront.domain.audience.index;

import java.util.Arrays;

/** Growable primitive arrays for the builder, so a snapshot of millions of rows never becomes millions of objects. */
final class Buffers {
    private Buffers() {
    }

    /** A growable {@code long[]}. */
    static final class Longs {
        private long[] values = new long[1024];
        private int size;

        void add(long value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, Math.max(1024, values.length * 2));
            }
            values[size++] = value;
        }

        long get(int i) {
            return values[i];
        }

        int size() {
            return size;
        }

        long[] toArray() {
            return Arrays.copyOf(values, size);
        }

        void clear() {
            values = new long[0];
            size = 0;
        }
    }

    /** A growable {@code int[]}. */
    static final class Ints {
        private int[] values = new int[1024];
        private int size;

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, Math.max(1024, values.length * 2));
            }
            values[size++] = value;
        }

        int get(int i) {
            return values[i];
        }

        int size() {
            return size;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }

        void clear() {
            values = new int[0];
            size = 0;
        }
    }
}
