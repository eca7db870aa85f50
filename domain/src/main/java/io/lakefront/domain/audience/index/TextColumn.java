package io.lakefront.domain.audience.index;

import java.util.Arrays;
import java.util.BitSet;
import java.util.function.Predicate;

/**
 * A text field of every customer, dictionary-encoded: the distinct values lowercased and sorted, and
 * for each value the customers holding it (one int array grouped by value). Equality and sets are a
 * lookup and a copy of the matching groups; contains and starts-with test each distinct value once.
 * Customers without a value ({@code NULL}) are kept apart; the empty text is a value of its own,
 * exactly as in the SQL the filter compiler writes.
 */
final class TextColumn {
    private final String[] values;
    private final int[] offsets;
    private final int[] members;
    private final BitSet nulls;

    /**
     * @param dictionary the distinct lowercased values, in any order
     * @param codes      each customer's value as a position in {@code dictionary}, -1 for none
     */
    TextColumn(String[] dictionary, int[] codes) {
        Integer[] byValue = new Integer[dictionary.length];
        for (int i = 0; i < byValue.length; i++) {
            byValue[i] = i;
        }
        Arrays.sort(byValue, (a, b) -> dictionary[a].compareTo(dictionary[b]));
        int[] rank = new int[dictionary.length];
        values = new String[dictionary.length];
        for (int r = 0; r < byValue.length; r++) {
            rank[byValue[r]] = r;
            values[r] = dictionary[byValue[r]];
        }
        offsets = new int[values.length + 1];
        nulls = new BitSet(codes.length);
        for (int c = 0; c < codes.length; c++) {
            if (codes[c] < 0) {
                nulls.set(c);
            } else {
                offsets[rank[codes[c]] + 1]++;
            }
        }
        for (int v = 0; v < values.length; v++) {
            offsets[v + 1] += offsets[v];
        }
        members = new int[offsets[values.length]];
        int[] next = Arrays.copyOf(offsets, values.length);
        for (int c = 0; c < codes.length; c++) {
            if (codes[c] >= 0) {
                members[next[rank[codes[c]]]++] = c;
            }
        }
    }

    /** Adds the customers whose value is {@code lower} (already lowercased). */
    void addEqual(String lower, BitSet into) {
        int v = Arrays.binarySearch(values, lower);
        if (v >= 0) {
            addGroup(v, into);
        }
    }

    /** Adds the customers whose value passes {@code test}. */
    void addMatching(Predicate<String> test, BitSet into) {
        for (int v = 0; v < values.length; v++) {
            if (test.test(values[v])) {
                addGroup(v, into);
            }
        }
    }

    /** Adds the customers whose value starts with {@code prefix}: one range of the sorted values. */
    void addStartingWith(String prefix, BitSet into) {
        int v = Arrays.binarySearch(values, prefix);
        for (v = v < 0 ? -v - 1 : v; v < values.length && values[v].startsWith(prefix); v++) {
            addGroup(v, into);
        }
    }

    /** The customers without a value. */
    BitSet nulls() {
        return nulls;
    }

    /** The distinct values, sorted. */
    int distinct() {
        return values.length;
    }

    private void addGroup(int v, BitSet into) {
        for (int i = offsets[v]; i < offsets[v + 1]; i++) {
            into.set(members[i]);
        }
    }

    long bytes() {
        long strings = 0;
        for (String s : values) {
            strings += 40 + 2L * s.length();
        }
        return strings + 4L * offsets.length + 4L * members.length + nulls.size() / 8;
    }
}
