package io.lakefront.domain.identity;

/**
 * The string similarity and phonetic functions the identity engine needs. Implemented outside the
 * domain (commons-text / commons-codec); implementations must be thread-safe, as pairs are compared
 * on several cores at once.
 */
public interface StringMetrics {
    /** Jaro–Winkler similarity in [0, 1]; 1 means equal. */
    double jaroWinkler(String a, String b);

    /**
     * The Jaro–Winkler similarity when it is at least {@code floor}, otherwise any value below
     * {@code floor}. Implementations may skip the full computation when a cheap bound already shows
     * the similarity falls short: most compared pairs are far apart.
     */
    default double jaroWinklerAtLeast(String a, String b, double floor) {
        return jaroWinkler(a, b);
    }

    /** Levenshtein edit distance (insertions, deletions, substitutions). */
    int levenshtein(String a, String b);

    /**
     * Whether the Levenshtein distance is at most {@code limit}. Implementations may stop early;
     * most compared pairs are far apart, so this is where the time goes.
     */
    default boolean levenshteinAtMost(String a, String b, int limit) {
        return levenshtein(a, b) <= limit;
    }

    /** The Soundex code, or an empty string when the value has no letters. */
    String soundex(String value);

    /** The primary Double Metaphone code, or an empty string when the value has none. */
    String doubleMetaphone(String value);
}
