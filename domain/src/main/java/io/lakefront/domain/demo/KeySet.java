package io.lakefront.domain.demo;

import java.nio.charset.StandardCharsets;

/**
 * Remembers which emails and phone numbers are already taken, as 64-bit fingerprints in an
 * open-addressing table: about 16 bytes per key, so 200,000 customers cost a few megabytes.
 */
final class KeySet {
    private long[] slots = new long[1 << 12];
    private int size;

    /** Adds the key; false when it was already there. */
    boolean add(String key) {
        long fingerprint = fingerprint(key);
        if (size * 2 >= slots.length) {
            grow();
        }
        return insert(slots, fingerprint);
    }

    boolean contains(String key) {
        long fingerprint = fingerprint(key);
        int mask = slots.length - 1;
        for (int i = (int) Draw.mix(fingerprint) & mask; slots[i] != 0; i = (i + 1) & mask) {
            if (slots[i] == fingerprint) {
                return true;
            }
        }
        return false;
    }

    private boolean insert(long[] table, long fingerprint) {
        int mask = table.length - 1;
        int i = (int) Draw.mix(fingerprint) & mask;
        while (table[i] != 0) {
            if (table[i] == fingerprint) {
                return false;
            }
            i = (i + 1) & mask;
        }
        table[i] = fingerprint;
        if (table == slots) {
            size++;
        }
        return true;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        for (long fingerprint : old) {
            if (fingerprint != 0) {
                insert(slots, fingerprint);
            }
        }
    }

    /** FNV-1a over UTF-8, finished with a mixer; never 0, which marks an empty slot. */
    private static long fingerprint(String key) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        long mixed = Draw.mix(hash);
        return mixed == 0 ? 1 : mixed;
    }
}
