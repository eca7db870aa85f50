package io.lakefront.connectors.similarity;

/**
 * Jaro–Winkler and bounded Levenshtein on plain strings, giving exactly what commons-text's
 * {@code JaroWinklerSimilarity} and {@code LevenshteinDistance(limit)} give, without boxing every
 * character (commons-text 1.13 compares {@code Character} objects) and without allocating for
 * strings of up to 64 characters. Identity resolution calls these tens of millions of times, most
 * of them on pairs that are far apart, so cheap upper bounds decide those before the full work.
 */
final class FastSimilarity {
    private static final int WORD = 64;
    private static final int ASCII = 128;
    /** Scratch per thread: for each ASCII character, its positions in the string at hand (left all zero). */
    private static final ThreadLocal<long[]> POSITIONS = ThreadLocal.withInitial(() -> new long[ASCII]);

    private FastSimilarity() {
    }

    /** Same as commons-text's {@code JaroWinklerSimilarity.apply} for non-empty strings. */
    static double jaroWinkler(String left, String right) {
        if (left.equals(right) && !left.isEmpty()) {
            return 1.0;
        }
        String max = left.length() > right.length() ? left : right;
        String min = max == left ? right : left;
        if (min.isEmpty()) {
            return 0.0;
        }
        long counts = max.length() <= WORD && isAscii(max) ? matchesSmall(min, max) : matchesLarge(min, max);
        double m = (int) (counts >>> 32);
        if (m == 0) {
            return 0.0;
        }
        double j = (m / left.length() + m / right.length() + (m - (double) (int) counts / 2) / m) / 3;
        return j < 0.7 ? j : j + 0.1 * prefix(left, right) * (1 - j);
    }

    /**
     * The Jaro–Winkler similarity when it is at least {@code floor}; otherwise some value below
     * {@code floor}. Counting the characters of the shorter string that occur anywhere in the longer
     * bounds the number of matches from above, and so the similarity.
     */
    static double jaroWinklerAtLeast(String left, String right, double floor) {
        if (left.equals(right) && !left.isEmpty()) {
            return 1.0;
        }
        String max = left.length() > right.length() ? left : right;
        String min = max == left ? right : left;
        if (min.isEmpty()) {
            return 0.0;
        }
        long present = 0;
        for (int i = 0; i < max.length(); i++) {
            present |= 1L << max.charAt(i);
        }
        int possible = 0;
        for (int i = 0; i < min.length(); i++) {
            possible += (int) (present >>> min.charAt(i)) & 1;
        }
        if (possible == 0) {
            return 0.0;
        }
        double m = possible;
        double bound = (m / left.length() + m / right.length() + 1.0) / 3;
        if (bound >= 0.7) {
            bound += 0.1 * prefix(left, right) * (1 - bound);
        }
        return bound < floor ? bound : jaroWinkler(left, right);
    }

    /** Whether the Levenshtein distance is at most {@code limit}, within a band of the matrix. */
    static boolean levenshteinAtMost(String left, String right, int limit) {
        if (limit < 0 || Math.abs(left.length() - right.length()) > limit) {
            return false;
        }
        int start = 0;
        int endLeft = left.length();
        int endRight = right.length();
        while (start < endLeft && start < endRight && left.charAt(start) == right.charAt(start)) {
            start++;
        }
        while (endLeft > start && endRight > start && left.charAt(endLeft - 1) == right.charAt(endRight - 1)) {
            endLeft--;
            endRight--;
        }
        String s = left;
        String t = right;
        int n = endLeft - start;
        int m = endRight - start;
        if (n > m) {
            s = right;
            t = left;
            int swap = n;
            n = m;
            m = swap;
        }
        if (n == 0) {
            return m <= limit;
        }
        if (!charactersAllowEdits(s, start, n, t, start, m, limit)) {
            return false;
        }
        if (n <= WORD && isAscii(s, start, n) && isAscii(t, start, m)) {
            return distanceBitParallel(s, start, n, t, start, m) <= limit;
        }
        int outside = limit + 1;
        int[] previous = new int[m + 2];
        int[] current = new int[m + 2];
        for (int j = 0; j <= m + 1; j++) {
            previous[j] = j <= limit ? j : outside;
        }
        for (int i = 1; i <= n; i++) {
            int low = Math.max(1, i - limit);
            int high = Math.min(m, i + limit);
            current[low - 1] = low == 1 && i <= limit ? i : outside;
            int rowMinimum = current[low - 1];
            char c = s.charAt(start + i - 1);
            for (int j = low; j <= high; j++) {
                int cost = c == t.charAt(start + j - 1) ? 0 : 1;
                int value = Math.min(previous[j - 1] + cost, Math.min(previous[j], current[j - 1]) + 1);
                value = Math.min(value, outside);
                current[j] = value;
                rowMinimum = Math.min(rowMinimum, value);
            }
            current[high + 1] = outside;
            if (rowMinimum > limit) {
                return false;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[m] <= limit;
    }

    /**
     * The Levenshtein distance by Myers' bit-parallel algorithm in Hyyrö's form for whole strings:
     * the pattern ({@code s}, at most 64 ASCII characters) is one word of bits, and each character of
     * {@code t} advances a column of the matrix in a handful of word operations.
     */
    private static int distanceBitParallel(String s, int sFrom, int n, String t, int tFrom, int m) {
        long[] positions = POSITIONS.get();
        for (int i = 0; i < n; i++) {
            positions[s.charAt(sFrom + i)] |= 1L << i;
        }
        long last = 1L << (n - 1);
        long plusVertical = n == WORD ? -1L : (1L << n) - 1;
        long minusVertical = 0;
        int distance = n;
        for (int j = 0; j < m; j++) {
            long equal = positions[t.charAt(tFrom + j)];
            long xVertical = equal | minusVertical;
            long xHorizontal = (((equal & plusVertical) + plusVertical) ^ plusVertical) | equal;
            long plusHorizontal = minusVertical | ~(xHorizontal | plusVertical);
            long minusHorizontal = plusVertical & xHorizontal;
            if ((plusHorizontal & last) != 0) {
                distance++;
            } else if ((minusHorizontal & last) != 0) {
                distance--;
            }
            plusHorizontal = plusHorizontal << 1 | 1;
            minusHorizontal = minusHorizontal << 1;
            plusVertical = minusHorizontal | ~(xVertical | plusHorizontal);
            minusVertical = plusHorizontal & xVertical;
        }
        for (int i = 0; i < n; i++) {
            positions[s.charAt(sFrom + i)] = 0;
        }
        return distance;
    }

    private static boolean isAscii(String value) {
        return isAscii(value, 0, value.length());
    }

    private static boolean isAscii(String value, int from, int length) {
        for (int i = from; i < from + length; i++) {
            if (value.charAt(i) >= ASCII) {
                return false;
            }
        }
        return true;
    }

    /** Every character of one string that the other lacks costs at least one edit. */
    private static boolean charactersAllowEdits(String s, int sFrom, int sLength, String t, int tFrom, int tLength,
                                                int limit) {
        long inS = 0;
        long inT = 0;
        for (int i = 0; i < sLength; i++) {
            inS |= 1L << s.charAt(sFrom + i);
        }
        for (int i = 0; i < tLength; i++) {
            inT |= 1L << t.charAt(tFrom + i);
        }
        int missingFromT = 0;
        for (int i = 0; i < sLength; i++) {
            missingFromT += (int) (~inT >>> s.charAt(sFrom + i)) & 1;
        }
        int missingFromS = 0;
        for (int i = 0; i < tLength; i++) {
            missingFromS += (int) (~inS >>> t.charAt(tFrom + i)) & 1;
        }
        return Math.max(missingFromT, missingFromS) <= limit;
    }

    private static int prefix(String left, String right) {
        int limit = Math.min(4, Math.min(left.length(), right.length()));
        int prefix = 0;
        while (prefix < limit && left.charAt(prefix) == right.charAt(prefix)) {
            prefix++;
        }
        return prefix;
    }

    /**
     * Matches (high half) and half transpositions (low half) as commons-text counts them, for a
     * {@code max} of at most 64 ASCII characters: each character's positions in {@code max} are a bit
     * set, so the first free equal character in the window is one bit operation away.
     */
    private static long matchesSmall(String min, String max) {
        long[] positions = POSITIONS.get();
        int length = max.length();
        for (int x = 0; x < length; x++) {
            positions[max.charAt(x)] |= 1L << x;
        }
        int range = Math.max(length / 2 - 1, 0);
        long maxMatched = 0;
        long minMatched = 0;
        int matches = 0;
        for (int mi = 0; mi < min.length(); mi++) {
            char c = min.charAt(mi);
            if (c >= ASCII) {
                continue;
            }
            int from = Math.max(mi - range, 0);
            int to = Math.min(mi + range + 1, length);
            if (from >= to) {
                continue;
            }
            long window = (to == WORD ? -1L : (1L << to) - 1) & -(1L << from);
            long free = positions[c] & ~maxMatched & window;
            if (free != 0) {
                maxMatched |= Long.lowestOneBit(free);
                minMatched |= 1L << mi;
                matches++;
            }
        }
        for (int x = 0; x < length; x++) {
            positions[max.charAt(x)] = 0;
        }
        int halfTranspositions = 0;
        long fromMin = minMatched;
        long fromMax = maxMatched;
        while (fromMin != 0) {
            int i = Long.numberOfTrailingZeros(fromMin);
            int x = Long.numberOfTrailingZeros(fromMax);
            if (min.charAt(i) != max.charAt(x)) {
                halfTranspositions++;
            }
            fromMin &= fromMin - 1;
            fromMax &= fromMax - 1;
        }
        return (long) matches << 32 | halfTranspositions;
    }

    private static long matchesLarge(String min, String max) {
        int range = Math.max(max.length() / 2 - 1, 0);
        boolean[] maxMatched = new boolean[max.length()];
        boolean[] minMatched = new boolean[min.length()];
        int matches = 0;
        for (int mi = 0; mi < min.length(); mi++) {
            char c = min.charAt(mi);
            for (int xi = Math.max(mi - range, 0), xn = Math.min(mi + range + 1, max.length()); xi < xn; xi++) {
                if (!maxMatched[xi] && c == max.charAt(xi)) {
                    maxMatched[xi] = true;
                    minMatched[mi] = true;
                    matches++;
                    break;
                }
            }
        }
        int halfTranspositions = 0;
        for (int i = 0, x = 0; i < min.length(); i++) {
            if (minMatched[i]) {
                while (!maxMatched[x]) {
                    x++;
                }
                if (min.charAt(i) != max.charAt(x)) {
                    halfTranspositions++;
                }
                x++;
            }
        }
        return (long) matches << 32 | halfTranspositions;
    }
}
