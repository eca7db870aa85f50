package io.lakefront.domain.gold.profile;

import java.util.Arrays;

/**
 * For every trigram, the ascending ordinals of the customers whose text holds it, stored as
 * variable-length gaps (one byte for most): a million customers' names, email local parts and phone
 * digits fit in tens of megabytes instead of the hundreds plain int lists would need.
 */
final class GramPostings {
    /** Boundary (space), a–z, 0–9, and one code for every other letter. */
    static final int ALPHABET = 38;
    static final int GRAMS = ALPHABET * ALPHABET * ALPHABET;

    private final byte[][] data = new byte[GRAMS][];
    private final int[] length = new int[GRAMS];
    private final int[] last = new int[GRAMS];
    private final int[] count = new int[GRAMS];

    GramPostings() {
        Arrays.fill(last, -1);
    }

    static int code(char c) {
        if (c == ' ') {
            return 0;
        }
        if (c >= 'a' && c <= 'z') {
            return 1 + c - 'a';
        }
        if (c >= '0' && c <= '9') {
            return 27 + c - '0';
        }
        return 37;
    }

    static int gram(CharSequence text, int at) {
        return (code(text.charAt(at)) * ALPHABET + code(text.charAt(at + 1))) * ALPHABET + code(text.charAt(at + 2));
    }

    /** Adds a customer to a gram's list; ordinals arrive in ascending order, a repeat is ignored. */
    void add(int gram, int ordinal) {
        int previous = last[gram];
        if (previous == ordinal) {
            return;
        }
        if (ordinal < previous) {
            throw new IllegalArgumentException("ordinals must ascend: " + ordinal + " after " + previous);
        }
        int gap = ordinal - previous;
        last[gram] = ordinal;
        count[gram]++;
        byte[] bytes = data[gram];
        if (bytes == null) {
            bytes = new byte[8];
            data[gram] = bytes;
        } else if (length[gram] + 5 > bytes.length) {
            bytes = Arrays.copyOf(bytes, bytes.length + (bytes.length >> 1) + 5);
            data[gram] = bytes;
        }
        int at = length[gram];
        while (gap >= 0x80) {
            bytes[at++] = (byte) (gap & 0x7F | 0x80);
            gap >>>= 7;
        }
        bytes[at++] = (byte) gap;
        length[gram] = at;
    }

    /** Frees the spare room the lists grew into. */
    void trim() {
        for (int g = 0; g < GRAMS; g++) {
            if (data[g] != null && data[g].length != length[g]) {
                data[g] = Arrays.copyOf(data[g], length[g]);
            }
        }
    }

    /** How many customers hold the gram. */
    int count(int gram) {
        return count[gram];
    }

    /** Calls {@code visitor} with each ordinal of the gram's list, ascending. */
    void forEach(int gram, Visitor visitor) {
        byte[] bytes = data[gram];
        if (bytes == null) {
            return;
        }
        int end = length[gram];
        int ordinal = -1;
        int at = 0;
        while (at < end) {
            int gap = 0;
            int shift = 0;
            byte b;
            do {
                b = bytes[at++];
                gap |= (b & 0x7F) << shift;
                shift += 7;
            } while (b < 0);
            ordinal += gap;
            visitor.visit(ordinal);
        }
    }

    long bytes() {
        long total = 0;
        for (byte[] bytes : data) {
            total += bytes == null ? 0 : bytes.length + 16;
        }
        return total + 16L * GRAMS;
    }

    @FunctionalInterface
    interface Visitor {
        void visit(int ordinal);
    }
}
