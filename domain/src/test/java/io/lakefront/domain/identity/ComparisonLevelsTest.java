package io.lakefront.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.lakefront.domain.identity.ComparisonLevel.DateWithin;
import io.lakefront.domain.identity.ComparisonLevel.NicknameMatch;
import io.lakefront.domain.identity.ComparisonLevel.NumericWithin;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ComparisonLevelsTest {
    private final StringMetrics metrics = new PlainStringMetrics();

    private int level(Comparison comparison, String left, String right) {
        List<PersonRecord> records = List.of(
                People.record("1", left == null ? Map.of() : Map.of(comparison.field(), left)),
                People.record("2", right == null ? Map.of() : Map.of(comparison.field(), right)));
        PreparedRecords prepared = PreparedRecords.prepare(records, Set.of(comparison.field()),
                new FieldNormalizer(Guards.commonGenericValues()), metrics);
        return new CompiledComparison(comparison, prepared, metrics).level(0, 1);
    }

    @Test
    void datesMatchWithinTheToleranceOrWithDayAndMonthSwapped() {
        Comparison dates = Comparison.of(StandardFields.BIRTH_DATE, false, new ComparisonLevel.Exact(),
                new DateWithin(3, true));
        assertThat(level(dates, "1980-04-05", "19800405")).isEqualTo(1);
        assertThat(level(dates, "1980-04-05", "1980-05-04")).isEqualTo(2);
        assertThat(level(dates, "1980-04-05", "1980-04-08")).isEqualTo(2);
        assertThat(level(dates, "1980-04-05", "1980-04-09")).isEqualTo(3);
        assertThat(level(dates, "1980-04-05", "not a date")).isEqualTo(3);
        assertThat(level(dates, "1980-04-05", null)).isZero();
    }

    @Test
    void nicknamesMatchTheirFullNameButNotOtherNames() {
        Comparison names = Comparison.of(StandardFields.GIVEN_NAME, true, new ComparisonLevel.Exact(),
                new NicknameMatch(NicknameTable.english()));
        assertThat(level(names, "Bob", "Robert")).isEqualTo(2);
        assertThat(level(names, "Bill", "Robert")).isEqualTo(3);
        assertThat(level(names, "Élodie", "elodie")).isEqualTo(1);
    }

    @Test
    void numbersMatchWithinTheirTolerance() {
        Comparison street = Comparison.of("house_number", false, new NumericWithin(2));
        assertThat(level(street, "12", "14")).isEqualTo(1);
        assertThat(level(street, "12", "15")).isEqualTo(2);
        assertThat(level(street, "12", "twelve")).isEqualTo(2);
    }

    @Test
    void theSignatureBoundNeverExceedsTheEditDistance() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(5);
        String alphabet = "0123456789-abcde@.";
        for (int i = 0; i < 50_000; i++) {
            StringBuilder a = new StringBuilder();
            int length = 1 + random.nextInt(14);
            for (int c = 0; c < length; c++) {
                a.append(alphabet.charAt(random.nextInt(i % 2 == 0 ? 10 : alphabet.length())));
            }
            StringBuilder b = new StringBuilder(a);
            for (int e = random.nextInt(5); e > 0 && b.length() > 1; e--) {
                int at = random.nextInt(b.length());
                if (random.nextBoolean()) {
                    b.deleteCharAt(at);
                } else {
                    b.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
                }
            }
            String x = a.toString();
            String y = random.nextInt(4) == 0 ? x.substring(x.length() / 2) + "9" : b.toString();
            assertThat(Column.editsAtLeast(Column.signature(x), Column.signature(y)))
                    .as("%s / %s", x, y).isLessThanOrEqualTo(metrics.levenshtein(x, y));
        }
    }

    @Test
    void nullLikeAndGenericValuesCountAsMissing() {
        Comparison email = Comparison.of(StandardFields.EMAIL, true, new ComparisonLevel.Exact());
        assertThat(level(email, "test@test.com", "test@test.com")).isZero();
        assertThat(level(email, "N/A", "n/a")).isZero();
        assertThat(level(email, " Ann@Example.com", "ann@example.com")).isEqualTo(1);
    }
}
