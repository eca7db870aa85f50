package io.lakefront.domain.demo;

import java.util.Locale;

/**
 * Record ids that look like each system's own and reveal nothing about the person behind them.
 * Each is a bijection of a running counter (salted by the seed), so ids never repeat.
 */
final class OpaqueIds {
    private final long salt;

    OpaqueIds(long seed) {
        this.salt = Draw.mix(seed ^ 0x5DEECE66DL);
    }

    /** A CRM contact id in the style of "003" + 15 more characters. */
    String crmContact(long counter) {
        String body = Long.toUnsignedString(Draw.mix(counter + salt), 36).toUpperCase(Locale.ROOT);
        return "003" + "0".repeat(13 - body.length()) + body;
    }

    /** A ten-digit order number; 32-bit mixing keeps it unique for four billion orders. */
    String orderNumber(long counter) {
        int mixed = fmix32((int) counter ^ (int) salt);
        String digits = Long.toString(Integer.toUnsignedLong(mixed));
        return "SO" + "0".repeat(10 - digits.length()) + digits;
    }

    /** A UUID-shaped event id. */
    String eventId(long counter) {
        long high = Draw.mix(counter + salt);
        long low = Draw.mix(counter ^ ~salt);
        String hex = hex16(high) + hex16(low);
        return hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-4" + hex.substring(13, 16) + "-"
                + "89ab".charAt((int) (low >>> 62)) + hex.substring(17, 20) + "-" + hex.substring(20);
    }

    private static String hex16(long value) {
        String hex = Long.toHexString(value);
        return "0".repeat(16 - hex.length()) + hex;
    }

    /** MurmurHash3's finaliser: a bijection on 32 bits. */
    private static int fmix32(int value) {
        int h = value;
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h;
    }
}
