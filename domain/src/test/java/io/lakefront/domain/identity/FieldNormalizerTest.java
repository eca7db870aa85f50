package io.lakefront.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hand-written ASCII path normalizes exactly as the general path of regular expressions does. */
class FieldNormalizerTest {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NAME_NOISE = Pattern.compile("[^\\p{L}\\p{N} ]+");

    private final FieldNormalizer normalizer = new FieldNormalizer(Set.of("n/a"));

    /** The normalization as first written: trim, lower case, one space, no accents or punctuation. */
    private static String reference(String raw) {
        String value = SPACES.matcher(raw.trim().toLowerCase(Locale.ROOT)).replaceAll(" ");
        if (value.isEmpty() || value.equals("n/a")) {
            return null;
        }
        String withoutAccents = MARKS.matcher(Normalizer.normalize(value, Normalizer.Form.NFD)).replaceAll("");
        String cleaned = NAME_NOISE.matcher(withoutAccents.replace('-', ' ')).replaceAll("");
        String plain = SPACES.matcher(cleaned).replaceAll(" ").trim();
        return plain.isEmpty() ? null : plain;
    }

    @Test
    void namesNormalizeAsTheRegularExpressionsDo() {
        SplittableRandom random = new SplittableRandom(3);
        String alphabet = "abcXYZ019 -.'\t\n,/@éÉñ";
        for (int i = 0; i < 50_000; i++) {
            StringBuilder raw = new StringBuilder();
            int length = random.nextInt(14);
            for (int c = 0; c < length; c++) {
                raw.append(alphabet.charAt(random.nextInt(i % 2 == 0 ? alphabet.length() - 4 : alphabet.length())));
            }
            String value = raw.toString();
            assertThat(normalizer.normalize(StandardFields.FAMILY_NAME, value)).as("'%s'", value)
                    .isEqualTo(reference(value));
        }
    }

    @Test
    void examplesReadAsPeopleExpect() {
        assertThat(normalizer.normalize(StandardFields.FAMILY_NAME, "  O'Brien-Smith ")).isEqualTo("obrien smith");
        assertThat(normalizer.normalize(StandardFields.GIVEN_NAME, "Zoë")).isEqualTo("zoe");
        assertThat(normalizer.normalize(StandardFields.EMAIL, " Ann @Example.com")).isEqualTo("ann@example.com");
        assertThat(normalizer.normalize(StandardFields.PHONE, "(0) 412 555-010")).isEqualTo("0412555010");
        assertThat(normalizer.normalize(StandardFields.CITY, " N/A ")).isNull();
    }
}
