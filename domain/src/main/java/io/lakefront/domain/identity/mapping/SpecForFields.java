package io.lakefront.domain.identity.mapping;

import io.lakefront.domain.UserError;
import io.lakefront.domain.identity.BlockingRule;
import io.lakefront.domain.identity.Comparison;
import io.lakefront.domain.identity.ComparisonLevel;
import io.lakefront.domain.identity.CoveredBy;
import io.lakefront.domain.identity.DeterministicRule;
import io.lakefront.domain.identity.IdentitySpec;
import io.lakefront.domain.identity.StandardFields;
import io.lakefront.domain.identity.Training;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The specification the zero-configuration {@code resolve} builds itself: the defaults, with every
 * blocking rule, comparison, deterministic rule and training rule on a field that no input has
 * dropped — so the rules file it writes says what really ran, and no time goes to empty blocks.
 */
public final class SpecForFields {
    /** The fitted specification and the names of the parts dropped for want of their fields. */
    public record Fitted(IdentitySpec spec, List<String> dropped) {
        public Fitted {
            dropped = List.copyOf(dropped);
        }
    }

    private SpecForFields() {
    }

    /** {@link IdentitySpec#defaults()} plus a gender comparison, fitted to the fields present. */
    public static Fitted zeroConfig(Set<String> present) {
        IdentitySpec defaults = IdentitySpec.defaults();
        List<Comparison> comparisons = new ArrayList<>(defaults.comparisons());
        // Gender rarely confirms a match, but a disagreement is strong evidence against one (twins, couples).
        comparisons.add(Comparison.of(PersonFields.GENDER, false, new ComparisonLevel.Exact()));
        Training training = defaults.training();
        if (!present.contains(StandardFields.POSTCODE)) {
            // Without a postcode to keep namesakes apart, people with the same name still teach the model most.
            training = training.withRules(training.rules().stream()
                    .map(rule -> rule.name().equals(IdentitySpec.TRAIN_ON_NAMES) ? IdentitySpec.trainOnNamesOnly() : rule)
                    .toList());
        }
        IdentitySpec withGender = new IdentitySpec(defaults.blocking(), comparisons, defaults.deterministicRules(),
                defaults.thresholds(), training, defaults.guards());
        return fit(withGender, present);
    }

    /**
     * Keeps the parts of {@code spec} whose fields are all in {@code present}.
     *
     * @throws UserError when nothing is left to block or compare on
     */
    public static Fitted fit(IdentitySpec spec, Set<String> present) {
        List<String> dropped = new ArrayList<>();
        List<BlockingRule> blocking = keepRules(spec.blocking(), present, dropped, "blocking");
        List<Comparison> comparisons = new ArrayList<>();
        Set<String> kept = new java.util.HashSet<>();
        for (Comparison comparison : spec.comparisons()) {
            if (present.contains(comparison.field())) {
                // A cover by a comparison that was dropped goes with it.
                List<CoveredBy> covers = comparison.coveredBy().stream()
                        .filter(cover -> kept.contains(cover.comparison())).toList();
                comparisons.add(new Comparison(comparison.name(), comparison.field(), comparison.levels(),
                        comparison.termFrequency(), covers, comparison.reviewIfDifferent()));
                kept.add(comparison.name());
            } else {
                dropped.add("comparison '" + comparison.name() + "'");
            }
        }
        List<DeterministicRule> deterministic = new ArrayList<>();
        for (DeterministicRule rule : spec.deterministicRules()) {
            if (present.containsAll(rule.fields())) {
                deterministic.add(rule);
            } else {
                dropped.add("deterministic rule '" + rule.name() + "'");
            }
        }
        List<BlockingRule> trainingRules = keepRules(spec.training().rules(), present, dropped, "training rule");
        if (comparisons.isEmpty() || blocking.isEmpty() && deterministic.isEmpty()) {
            throw new UserError("the inputs hold nothing to match people on (fields found: "
                    + (present.isEmpty() ? "none" : String.join(", ", new TreeSet<>(present)))
                    + "); resolve needs names, email, phone, birth date, address or a national id");
        }
        Training old = spec.training();
        Training training = new Training(trainingRules, old.randomPairs(), old.seed(), old.maxIterations(),
                old.convergence(), old.deterministicRecall());
        return new Fitted(new IdentitySpec(blocking, comparisons, deterministic, spec.thresholds(), training,
                spec.guards()), dropped);
    }

    private static List<BlockingRule> keepRules(List<BlockingRule> rules, Set<String> present, List<String> dropped,
                                                String kind) {
        List<BlockingRule> kept = new ArrayList<>();
        for (BlockingRule rule : rules) {
            if (present.containsAll(rule.fields())) {
                kept.add(rule);
            } else {
                dropped.add(kind + " '" + rule.name() + "'");
            }
        }
        return kept;
    }
}
