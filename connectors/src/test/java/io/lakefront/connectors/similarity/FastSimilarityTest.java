package io.lakefront.connectors.similarity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.junit.jupiter.api.Test;

/** The fast metrics give exactly commons-text's results, on names, near-misses and long strings. */
class FastSimilarityTest {
    private static final JaroWinklerSimilarity COMMONS_JARO_WINKLER = new JaroWinklerSimilarity();

    /** Pairs that are close (a slip or two apart), far, of every length up to 80, with repeats and accents. */
    private static List<String[]> pairs() {
        SplittableRandom random = new SplittableRandom(11);
        String alphabet = "aaabcdeeefghiijklmnoopqrstuuvwxyz  .-@0123456789éß";
        List<String[]> pairs = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            int length = 1 + random.nextInt(i % 10 == 0 ? 80 : 14);
            StringBuilder a = new StringBuilder();
            for (int c = 0; c < length; c++) {
                a.append(alphabet.charAt(random.nextInt(i % 3 == 0 ? 6 : alphabet.length())));
            }
            StringBuilder b = new StringBuilder(a);
            int edits = random.nextInt(4);
            for (int e = 0; e < edits && b.length() > 1; e++) {
                int at = random.nextInt(b.length());
                switch (random.nextInt(3)) {
                    case 0 -> b.deleteCharAt(at);
                    case 1 -> b.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
                    default -> b.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
                }
            }
            pairs.add(new String[] {a.toString(), random.nextInt(5) == 0 ? a.reverse().toString() : b.toString()});
        }
        pairs.add(new String[] {"martha", "marhta"});
        pairs.add(new String[] {"dwayne", "duane"});
        pairs.add(new String[] {"same", "same"});
        pairs.add(new String[] {"a", "b"});
        return pairs;
    }

    @Test
    void jaroWinklerIsExactlyCommonsText() {
        for (String[] pair : pairs()) {
            double expected = COMMONS_JARO_WINKLER.apply(pair[0], pair[1]);
            assertThat(FastSimilarity.jaroWinkler(pair[0], pair[1])).as("%s / %s", pair[0], pair[1]).isEqualTo(expected);
            assertThat(FastSimilarity.jaroWinkler(pair[1], pair[0])).as("%s / %s", pair[1], pair[0]).isEqualTo(expected);
        }
    }

    @Test
    void theBoundedJaroWinklerIsExactAtOrAboveItsFloorAndBelowItOtherwise() {
        for (double floor : new double[] {0.5, 0.75, 0.8, 0.88, 0.92}) {
            for (String[] pair : pairs()) {
                double expected = COMMONS_JARO_WINKLER.apply(pair[0], pair[1]);
                double bounded = FastSimilarity.jaroWinklerAtLeast(pair[0], pair[1], floor);
                if (expected >= floor) {
                    assertThat(bounded).as("%s / %s", pair[0], pair[1]).isEqualTo(expected);
                } else {
                    assertThat(bounded).as("%s / %s", pair[0], pair[1]).isLessThan(floor);
                }
            }
        }
    }

    @Test
    void boundedLevenshteinAgreesWithCommonsText() {
        for (int limit = 0; limit <= 4; limit++) {
            LevenshteinDistance commons = new LevenshteinDistance(limit);
            for (String[] pair : pairs()) {
                boolean expected = commons.apply(pair[0], pair[1]) >= 0;
                assertThat(FastSimilarity.levenshteinAtMost(pair[0], pair[1], limit))
                        .as("%s / %s within %d", pair[0], pair[1], limit).isEqualTo(expected);
            }
        }
    }
}
