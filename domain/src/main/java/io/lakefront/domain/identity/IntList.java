package io.lakefront.domain.identity;

import java.util.Arrays;

/** A growable list of primitive ints (record ids of a block). */
final class IntList {
    private int[] items = new int[4];
    private int size;

    void add(int value) {
        if (size == items.length) {
            items = Arrays.copyOf(items, items.length * 2);
        }
        items[size++] = value;
    }

    int size() {
        return size;
    }

    IntList copy() {
        IntList copy = new IntList();
        copy.items = Arrays.copyOf(items, Math.max(4, size));
        copy.size = size;
        return copy;
    }

    int get(int index) {
        return items[index];
    }
}
