package io.lakefront.connectors.similarity;

import io.lakefront.domain.identity.StringMetrics;
import org.apache.commons.codec.language.DoubleMetaphone;
import org.apache.commons.codec.language.Soundex;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * The identity engine's string metrics, from commons-text (Jaro–Winkler, Levenshtein) and
 * commons-codec (Soundex, Double Metaphone). All four are stateless after construction, so one
 * instance serves every core.
 */
public final class CommonsStringMetrics implements StringMetrics {
    private final JaroWinklerSimilarity jaroWinkler = new JaroWinklerSimilarity();
    private static final int BOUNDED_LIMITS = 8;

    private final LevenshteinDistance levenshtein = LevenshteinDistance.getDefaultInstance();
    private final LevenshteinDistance[] boundedLevenshtein = new LevenshteinDistance[BOUNDED_LIMITS + 1];
    private final Soundex soundex = Soundex.US_ENGLISH;
    private final DoubleMetaphone doubleMetaphone = new DoubleMetaphone();

    public CommonsStringMetrics() {
        for (int limit = 0; limit <= BOUNDED_LIMITS; limit++) {
            boundedLevenshtein[limit] = new LevenshteinDistance(limit);
        }
    }

    @Override
    public double jaroWinkler(String a, String b) {
        return jaroWinkler.apply(a, b);
    }

    @Override
    public int levenshtein(String a, String b) {
        return levenshtein.apply(a, b);
    }

    /** The bounded form stops once the limit is passed (it returns -1 then). */
    @Override
    public boolean levenshteinAtMost(String a, String b, int limit) {
        if (limit < 0) {
            return false;
        }
        if (limit > BOUNDED_LIMITS) {
            return levenshtein.apply(a, b) <= limit;
        }
        return boundedLevenshtein[limit].apply(a, b) >= 0;
    }

    @Override
    public String soundex(String value) {
        try {
            String code = soundex.soundex(value);
            return code == null ? "" : code;
        } catch (IllegalArgumentException unmappable) {
            // Letters outside Soundex's alphabet (é, ß) have no code; they block with nothing.
            return "";
        }
    }

    @Override
    public String doubleMetaphone(String value) {
        String code = doubleMetaphone.doubleMetaphone(value);
        return code == null ? "" : code;
    }
}
