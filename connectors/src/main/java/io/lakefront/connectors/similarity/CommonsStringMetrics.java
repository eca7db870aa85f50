package io.lakefront.connectors.similarity;

import io.lakefront.domain.identity.StringMetrics;
import org.apache.commons.codec.language.DoubleMetaphone;
import org.apache.commons.codec.language.Soundex;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * The identity engine's string metrics, as commons-text (Jaro–Winkler, Levenshtein) and
 * commons-codec (Soundex, Double Metaphone) define them. Jaro–Winkler and the bounded Levenshtein
 * test run on {@link FastSimilarity}, which gives commons-text's results without its per-character
 * boxing (the tests check both agree); the phonetic codes are commons-codec's. All are stateless
 * after construction, so one instance serves every core.
 */
public final class CommonsStringMetrics implements StringMetrics {
    private final LevenshteinDistance levenshtein = LevenshteinDistance.getDefaultInstance();
    private final Soundex soundex = Soundex.US_ENGLISH;
    private final DoubleMetaphone doubleMetaphone = new DoubleMetaphone();

    @Override
    public double jaroWinkler(String a, String b) {
        return FastSimilarity.jaroWinkler(a, b);
    }

    @Override
    public double jaroWinklerAtLeast(String a, String b, double floor) {
        return FastSimilarity.jaroWinklerAtLeast(a, b, floor);
    }

    @Override
    public int levenshtein(String a, String b) {
        return levenshtein.apply(a, b);
    }

    /** Only a band of the matrix around its diagonal is filled, and the test stops once the limit is passed. */
    @Override
    public boolean levenshteinAtMost(String a, String b, int limit) {
        return FastSimilarity.levenshteinAtMost(a, b, limit);
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
