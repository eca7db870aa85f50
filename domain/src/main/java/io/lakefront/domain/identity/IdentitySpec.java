package io.lakefront.domain.identity;

import static io.lakefront.domain.identity.StandardFields.BIRTH_DATE;
import static io.lakefront.domain.identity.StandardFields.CITY;
import static io.lakefront.domain.identity.StandardFields.EMAIL;
import static io.lakefront.domain.identity.StandardFields.FAMILY_NAME;
import static io.lakefront.domain.identity.StandardFields.GIVEN_NAME;
import static io.lakefront.domain.identity.StandardFields.NATIONAL_ID;
import static io.lakefront.domain.identity.StandardFields.PHONE;
import static io.lakefront.domain.identity.StandardFields.POSTCODE;
import static io.lakefront.domain.identity.StandardFields.REGION;
import static io.lakefront.domain.identity.StandardFields.STREET;

import io.lakefront.domain.identity.BlockingKey.BirthYear;
import io.lakefront.domain.identity.BlockingKey.Exact;
import io.lakefront.domain.identity.BlockingKey.FirstChars;
import io.lakefront.domain.identity.BlockingKey.Metaphone;
import io.lakefront.domain.identity.BlockingKey.Soundex;
import io.lakefront.domain.identity.ComparisonLevel.DateWithin;
import io.lakefront.domain.identity.ComparisonLevel.JaroWinklerAtLeast;
import io.lakefront.domain.identity.ComparisonLevel.LevenshteinAtMost;
import io.lakefront.domain.identity.ComparisonLevel.NicknameMatch;
import io.lakefront.domain.identity.ComparisonLevel.PhoneticEqual;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What identity resolution does, as data (the content of {@code identity.yaml}): which pairs are
 * compared (blocking), how they are compared, which agreements settle a match outright, where the
 * bands start, how the model trains and which guards keep clusters sane.
 */
public record IdentitySpec(List<BlockingRule> blocking, List<Comparison> comparisons,
                           List<DeterministicRule> deterministicRules, Thresholds thresholds,
                           Training training, Guards guards) {
    public IdentitySpec {
        blocking = List.copyOf(blocking);
        comparisons = List.copyOf(comparisons);
        deterministicRules = List.copyOf(deterministicRules);
        Objects.requireNonNull(thresholds, "thresholds");
        Objects.requireNonNull(training, "training");
        Objects.requireNonNull(guards, "guards");
        if (blocking.isEmpty() && deterministicRules.isEmpty()) {
            throw new IllegalArgumentException("a specification needs at least one blocking or deterministic rule");
        }
        if (comparisons.isEmpty()) {
            throw new IllegalArgumentException("a specification needs at least one comparison");
        }
        java.util.Map<String, Comparison> earlier = new java.util.HashMap<>();
        for (Comparison comparison : comparisons) {
            for (CoveredBy cover : comparison.coveredBy()) {
                Comparison covering = earlier.get(cover.comparison());
                if (covering == null) {
                    throw new IllegalArgumentException("comparison '" + comparison.name() + "' is covered by '"
                            + cover.comparison() + "', which is not a comparison listed before it");
                }
                if (cover.levels() > covering.levels().size()) {
                    throw new IllegalArgumentException("comparison '" + comparison.name() + "' is covered by the first "
                            + cover.levels() + " levels of '" + cover.comparison() + "', which has only "
                            + covering.levels().size());
                }
            }
            if (earlier.putIfAbsent(comparison.name(), comparison) != null) {
                throw new IllegalArgumentException("two comparisons are named '" + comparison.name() + "'");
            }
        }
    }

    /** The fields any part of the specification reads. */
    public Set<String> fieldsUsed() {
        Set<String> fields = new HashSet<>();
        blocking.forEach(rule -> fields.addAll(rule.fields()));
        training.rules().forEach(rule -> fields.addAll(rule.fields()));
        comparisons.forEach(comparison -> fields.add(comparison.field()));
        deterministicRules.forEach(rule -> fields.addAll(rule.fields()));
        return fields;
    }

    public IdentitySpec withThresholds(Thresholds newThresholds) {
        return new IdentitySpec(blocking, comparisons, deterministicRules, newThresholds, training, guards);
    }

    public IdentitySpec withDeterministicRules(List<DeterministicRule> rules) {
        return new IdentitySpec(blocking, comparisons, rules, thresholds, training, guards);
    }

    public IdentitySpec withGuards(Guards newGuards) {
        return new IdentitySpec(blocking, comparisons, deterministicRules, thresholds, training, newGuards);
    }

    /**
     * A sensible specification for person records in the standard fields: it works whatever subset
     * of the fields a source has, since comparisons of absent fields weigh nothing.
     */
    /**
     * The training rule on people with the same name at the same postcode. Namesakes elsewhere (two
     * Robert Murphys) would otherwise teach EM that matches often differ in birth date and address.
     */
    public static final String TRAIN_ON_NAMES = "train on names + postcode";

    /** The training rule for inputs without a postcode: the same name alone. */
    public static BlockingRule trainOnNamesOnly() {
        return BlockingRule.of("train on names", new Exact(GIVEN_NAME), new Exact(FAMILY_NAME));
    }

    public static IdentitySpec defaults() {
        NicknameTable nicknames = NicknameTable.english();
        List<BlockingRule> blocking = List.of(
                BlockingRule.of("email", new Exact(EMAIL)),
                BlockingRule.of("phone", new Exact(PHONE)),
                BlockingRule.of("national id", new Exact(NATIONAL_ID)),
                BlockingRule.of("full name", new Exact(GIVEN_NAME), new Exact(FAMILY_NAME)),
                BlockingRule.of("family name sound + birth year", new Soundex(FAMILY_NAME), new BirthYear(BIRTH_DATE)),
                BlockingRule.of("given name sound + birth year", new Metaphone(GIVEN_NAME), new BirthYear(BIRTH_DATE)),
                BlockingRule.of("names sound alike", new Metaphone(GIVEN_NAME), new Soundex(FAMILY_NAME)),
                BlockingRule.of("family name sound + given initial", new Soundex(FAMILY_NAME),
                        new FirstChars(GIVEN_NAME, 1)),
                BlockingRule.of("family name + city", new Exact(FAMILY_NAME), new Exact(CITY)),
                BlockingRule.of("given name + city", new Exact(GIVEN_NAME), new Exact(CITY)),
                BlockingRule.of("birth date + family initial", new Exact(BIRTH_DATE), new FirstChars(FAMILY_NAME, 1)),
                BlockingRule.of("birth date + given initial", new Exact(BIRTH_DATE), new FirstChars(GIVEN_NAME, 1)),
                BlockingRule.of("postcode + given name start", new Exact(POSTCODE), new FirstChars(GIVEN_NAME, 2)),
                BlockingRule.of("postcode + family name start", new Exact(POSTCODE), new FirstChars(FAMILY_NAME, 2)),
                BlockingRule.of("street + postcode", new Exact(STREET), new Exact(POSTCODE)));
        List<Comparison> comparisons = List.of(
                // Twins and couples agree on nearly everything else; their given names tell them apart.
                Comparison.of(GIVEN_NAME, true, new ComparisonLevel.Exact(), new NicknameMatch(nicknames),
                        new JaroWinklerAtLeast(0.92), new JaroWinklerAtLeast(0.80), new PhoneticEqual())
                        .withReviewIfDifferent(),
                Comparison.of(FAMILY_NAME, true, new ComparisonLevel.Exact(), new JaroWinklerAtLeast(0.92),
                        new JaroWinklerAtLeast(0.80), new PhoneticEqual()),
                Comparison.of(BIRTH_DATE, false, new ComparisonLevel.Exact(), new LevenshteinAtMost(1),
                        new DateWithin(31, true), new DateWithin(366, false)),
                // No looser level: addresses made of a name (olivia.smith00@…, olivia.smith@…) look alike
                // for namesakes too, so their similarity only counts the names a second time.
                Comparison.of(EMAIL, true, new ComparisonLevel.Exact(), new LevenshteinAtMost(2)),
                Comparison.of(PHONE, false, new ComparisonLevel.Exact(), new LevenshteinAtMost(1)),
                // One address is one piece of evidence: the postcode and the city count only where the
                // street does not already agree (see CoveredBy).
                Comparison.of(STREET, false, new ComparisonLevel.Exact(), new JaroWinklerAtLeast(0.90),
                        new JaroWinklerAtLeast(0.75)),
                Comparison.of(POSTCODE, false, new ComparisonLevel.Exact(), new LevenshteinAtMost(1))
                        .coveredBy(new CoveredBy(STREET, 2)),
                Comparison.of(CITY, true, new ComparisonLevel.Exact(), new JaroWinklerAtLeast(0.88))
                        .coveredBy(new CoveredBy(STREET, 2), new CoveredBy(POSTCODE, 1)),
                Comparison.of(NATIONAL_ID, false, new ComparisonLevel.Exact(), new LevenshteinAtMost(1),
                        new LevenshteinAtMost(2)));
        List<DeterministicRule> deterministic = List.of(
                DeterministicRule.of("same email", EMAIL),
                DeterministicRule.of("same national id and birth date", NATIONAL_ID, BIRTH_DATE),
                DeterministicRule.of("same name and birth date", GIVEN_NAME, FAMILY_NAME, BIRTH_DATE));
        Training training = new Training(List.of(
                BlockingRule.of("train on birth date", new Exact(BIRTH_DATE)),
                BlockingRule.of(TRAIN_ON_NAMES, new Exact(GIVEN_NAME), new Exact(FAMILY_NAME), new Exact(POSTCODE)),
                BlockingRule.of("train on email", new Exact(EMAIL))),
                1_000_000, 42L, 40, 1e-4, 0.5);
        Guards guards = new Guards(400, 50, 8, Guards.commonGenericValues());
        return new IdentitySpec(blocking, comparisons, deterministic, new Thresholds(6.0, 0.0), training, guards);
    }
}
