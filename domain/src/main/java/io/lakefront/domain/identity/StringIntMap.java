package io.lakefront.domain.identity;

import java.util.Arrays;

/**
 * An open-addressing map from strings to non-negative ints: a run's dictionaries hold a million
 * values each, and boxed {@code HashMap} entries would cost three objects apiece.
 */
final class StringIntMap {
    private String[] keys;
    private int[] values;
    private int size;
    private int mask;

    StringIntMap(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new String[capacity];
        values = new int[capacity];
        mask = capacity - 1;
    }

    /** The value of {@code key}, or -1. */
    int get(String key) {
        int slot = slot(key.hashCode());
        String present;
        while ((present = keys[slot]) != null) {
            if (present.equals(key)) {
                return values[slot];
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    /** Stores a key that is not in the map yet. */
    void putNew(String key, int value) {
        int slot = slot(key.hashCode());
        while (keys[slot] != null) {
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        values[slot] = value;
        if (++size * 2 > keys.length) {
            grow();
        }
    }

    int size() {
        return size;
    }

    private int slot(int hash) {
        int h = hash * 0x9E3779B9;
        return (h ^ (h >>> 16)) & mask;
    }

    private void grow() {
        String[] oldKeys = keys;
        int[] oldValues = values;
        keys = new String[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                int slot = slot(oldKeys[i].hashCode());
                while (keys[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[i];
                values[slot] = oldValues[i];
            }
        }
        Arrays.fill(oldKeys, null);
    }
}
