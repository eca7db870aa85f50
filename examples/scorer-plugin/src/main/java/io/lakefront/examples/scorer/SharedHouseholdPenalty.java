package io.lakefront.examples.scorer;

import io.lakefront.domain.identity.ComparedPair;
import io.lakefront.domain.identity.ScorerPlugin;
import io.lakefront.domain.identity.StandardFields;
import java.util.Objects;
import java.util.Set;

/**
 * An example of an organisation's own evidence beside the built-in model: two records with the same
 * family name at the same address but given names that differ outright are, far more often than the
 * model's independent comparisons suggest, two members of one household (siblings, a parent and a
 * child, a couple) — the family name and the address are shared by design there, so their agreement
 * is weak evidence. The plug-in takes a fixed number of bits off such pairs' match weight
 * ({@link Mode#ADD}); it shows in the waterfall as "plugin: shared household".
 *
 * <p>"Differ outright": the specification's given-name comparison fell to its last level ({@code else}),
 * so neither a nickname, a typo nor a sound-alike explains the difference; without such a comparison,
 * two names neither of which is a prefix (or initial) of the other. "Same address": the same street,
 * and no disagreement on postcode or city where both records have one.
 *
 * <p>Stateless after construction, so safe on the engine's threads; no allocation per pair.
 */
public final class SharedHouseholdPenalty implements ScorerPlugin {
    /** The settings resource inside the jar, beside this class. */
    public static final String SETTINGS = "shared-household.properties";

    private final HouseholdSettings settings;

    /** The constructor {@link java.util.ServiceLoader} calls: the settings from inside the jar. */
    public SharedHouseholdPenalty() {
        this(HouseholdSettings.load(SharedHouseholdPenalty.class, SETTINGS));
    }

    public SharedHouseholdPenalty(HouseholdSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    @Override
    public String name() {
        return "shared household";
    }

    @Override
    public Mode mode() {
        return Mode.ADD;
    }

    /** Every field read, so that the engine prepares them even when the specification compares none of them. */
    @Override
    public Set<String> fields() {
        return Set.of(StandardFields.GIVEN_NAME, StandardFields.FAMILY_NAME, StandardFields.STREET,
                StandardFields.POSTCODE, StandardFields.CITY);
    }

    @Override
    public double weight(ComparedPair pair) {
        boolean household = givenNamesDifferOutright(pair)
                && present(pair, StandardFields.FAMILY_NAME) && same(pair, StandardFields.FAMILY_NAME)
                && present(pair, StandardFields.STREET) && same(pair, StandardFields.STREET)
                && agreeWhereBothKnown(pair, StandardFields.POSTCODE)
                && agreeWhereBothKnown(pair, StandardFields.CITY);
        return household ? -settings.penalty() : 0.0;
    }

    public HouseholdSettings settings() {
        return settings;
    }

    private boolean givenNamesDifferOutright(ComparedPair pair) {
        String a = pair.valueA(StandardFields.GIVEN_NAME);
        String b = pair.valueB(StandardFields.GIVEN_NAME);
        if (a == null || b == null) {
            return false;
        }
        String level = pair.level(settings.givenNameComparison());
        if (level != null) {
            return level.equals("else");
        }
        return !a.startsWith(b) && !b.startsWith(a);
    }

    private static boolean present(ComparedPair pair, String field) {
        return pair.valueA(field) != null && pair.valueB(field) != null;
    }

    private static boolean same(ComparedPair pair, String field) {
        return Objects.equals(pair.valueA(field), pair.valueB(field));
    }

    private static boolean agreeWhereBothKnown(ComparedPair pair, String field) {
        return !present(pair, field) || same(pair, field);
    }
}
