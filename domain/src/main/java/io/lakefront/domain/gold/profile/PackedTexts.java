package io.lakefront.domain.gold.profile;

import java.util.Arrays;

/**
 * Short folded texts (a name, an email's local part, phone digits) for a million customers in one
 * byte array: ASCII as is, any other character as {@code ?}. Search compares a few hundred candidates
 * against these, so they need to be compact, not fast to decode.
 */
final class PackedTexts {
    private byte[] bytes = new byte[1 << 12];
    private int[] starts = new int[1 << 10];
    private int size;
    private int used;

    void add(String text) {
        if (size + 1 >= starts.length) {
            starts = Arrays.copyOf(starts, starts.length * 2);
        }
        if (used + text.length() > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, used + text.length()));
        }
        starts[size] = used;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            bytes[used++] = (byte) (c < 128 ? c : '?');
        }
        size++;
        starts[size] = used;
    }

    String get(int ordinal) {
        int from = starts[ordinal];
        return new String(bytes, from, starts[ordinal + 1] - from, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    void trim() {
        bytes = Arrays.copyOf(bytes, used);
        starts = Arrays.copyOf(starts, size + 1);
    }

    long bytes() {
        return bytes.length + 4L * starts.length;
    }
}
