package io.lakefront.domain.identity;

import java.util.Arrays;

/**
 * Distinct strings numbered 0, 1, 2, … in the order they were first seen. An extension shares its
 * base's entries and adds its own beside them, so that an incremental run over a large base does
 * not copy the base's map.
 */
final class Dictionary {
    private final Dictionary base;
    private final int baseSize;
    private final StringIntMap ids;
    private String[] values;
    private int size;

    Dictionary() {
        this(null, 16);
    }

    Dictionary(int expected) {
        this(null, expected);
    }

    private Dictionary(Dictionary base, int expected) {
        this.base = base;
        this.baseSize = base == null ? 0 : base.size;
        this.ids = new StringIntMap(expected);
        this.values = new String[Math.max(4, baseSize + expected)];
        if (base != null) {
            System.arraycopy(base.values, 0, values, 0, baseSize);
        }
        this.size = baseSize;
    }

    /** A dictionary that starts with every entry of this one; this one is left as it is. */
    Dictionary extension(int expected) {
        if (base != null) {
            Dictionary copy = new Dictionary(base, size - baseSize + expected);
            for (int id = baseSize; id < size; id++) {
                copy.add(values[id]);
            }
            return copy;
        }
        return new Dictionary(this, expected);
    }

    /** The value's id, numbering it when it is new. */
    int intern(String value) {
        int known = idOf(value);
        return known >= 0 ? known : add(value);
    }

    /** The value's id, or -1 when it has none. */
    int idOf(String value) {
        if (base != null) {
            int inBase = base.idOf(value);
            if (inBase >= 0 && inBase < baseSize) {
                return inBase;
            }
        }
        return ids.get(value);
    }

    String value(int id) {
        return values[id];
    }

    int size() {
        return size;
    }

    private int add(String value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, values.length * 2);
        }
        values[size] = value;
        ids.putNew(value, size);
        return size++;
    }
}
