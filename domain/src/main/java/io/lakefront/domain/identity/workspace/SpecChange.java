package io.lakefront.domain.identity.workspace;

import io.lakefront.domain.UserError;
import io.lakefront.domain.identity.BlockingKey;
import io.lakefront.domain.identity.BlockingRule;
import io.lakefront.domain.identity.Comparison;
import io.lakefront.domain.identity.ComparisonLevel;
import io.lakefront.domain.identity.DeterministicRule;
import io.lakefront.domain.identity.Guards;
import io.lakefront.domain.identity.IdentitySpec;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One edit of {@code identity.yaml} a recommendation proposes, as data: it can be shown, edited,
 * previewed (applied to a copy of the rules for a trial run) and, once accepted, applied for real.
 */
public sealed interface SpecChange {
    /** The rules with this change; a clear error when the rules already have it. */
    IdentitySpec applyTo(IdentitySpec spec);

    /** In words, for lists and the audit: {@code deterministic rule 'same loyalty id' (loyalty_id)}. */
    String describe();

    /** Adds a deterministic rule after the existing ones. */
    record AddDeterministicRule(DeterministicRule rule) implements SpecChange {
        public AddDeterministicRule {
            Objects.requireNonNull(rule, "rule");
        }

        @Override
        public IdentitySpec applyTo(IdentitySpec spec) {
            for (DeterministicRule existing : spec.deterministicRules()) {
                if (Set.copyOf(existing.fields()).equals(Set.copyOf(rule.fields()))) {
                    throw new UserError("the rules already settle pairs on " + String.join(" + ", rule.fields())
                            + " (rule '" + existing.name() + "')");
                }
                if (existing.name().equals(rule.name())) {
                    throw new UserError("a deterministic rule named '" + rule.name() + "' is already in the rules");
                }
            }
            List<DeterministicRule> rules = new ArrayList<>(spec.deterministicRules());
            rules.add(rule);
            return spec.withDeterministicRules(rules);
        }

        @Override
        public String describe() {
            return "deterministic rule '" + rule.name() + "' (" + String.join(" + ", rule.fields()) + ")";
        }
    }

    /** Adds a blocking rule after the existing ones. */
    record AddBlockingRule(BlockingRule rule) implements SpecChange {
        public AddBlockingRule {
            Objects.requireNonNull(rule, "rule");
        }

        @Override
        public IdentitySpec applyTo(IdentitySpec spec) {
            for (BlockingRule existing : spec.blocking()) {
                if (existing.keys().equals(rule.keys())) {
                    throw new UserError("the rules already block on " + keys(rule) + " (rule '" + existing.name() + "')");
                }
                if (existing.name().equals(rule.name())) {
                    throw new UserError("a blocking rule named '" + rule.name() + "' is already in the rules");
                }
            }
            List<BlockingRule> blocking = new ArrayList<>(spec.blocking());
            blocking.add(rule);
            return new IdentitySpec(blocking, spec.comparisons(), spec.deterministicRules(), spec.thresholds(),
                    spec.training(), spec.guards());
        }

        @Override
        public String describe() {
            return "blocking rule '" + rule.name() + "' (" + keys(rule) + ")";
        }

        private static String keys(BlockingRule rule) {
            return rule.keys().stream().map(BlockingKey::label).collect(Collectors.joining(" + "));
        }
    }

    /** Adds a comparison after the existing ones (it may be covered only by comparisons before it). */
    record AddComparison(Comparison comparison) implements SpecChange {
        public AddComparison {
            Objects.requireNonNull(comparison, "comparison");
        }

        @Override
        public IdentitySpec applyTo(IdentitySpec spec) {
            for (Comparison existing : spec.comparisons()) {
                if (existing.field().equals(comparison.field()) || existing.name().equals(comparison.name())) {
                    throw new UserError("the rules already compare " + comparison.field() + " (comparison '"
                            + existing.name() + "')");
                }
            }
            List<Comparison> comparisons = new ArrayList<>(spec.comparisons());
            comparisons.add(comparison);
            try {
                return new IdentitySpec(spec.blocking(), comparisons, spec.deterministicRules(), spec.thresholds(),
                        spec.training(), spec.guards());
            } catch (IllegalArgumentException invalid) {
                throw new UserError("cannot add comparison '" + comparison.name() + "': " + invalid.getMessage());
            }
        }

        @Override
        public String describe() {
            return "comparison of " + comparison.field() + " ("
                    + comparison.levels().stream().map(ComparisonLevel::label).collect(Collectors.joining(", ")) + ")";
        }
    }

    /**
     * Adds values to the generic values (the exclusion list): the engine treats them as missing
     * everywhere, as it does test@test.com.
     *
     * @param values the values as the engine compares them (lower case; a phone's digits)
     */
    record ExcludeValues(String field, List<String> values) implements SpecChange {
        public ExcludeValues {
            Objects.requireNonNull(field, "field");
            values = values.stream().map(v -> v.strip().toLowerCase(Locale.ROOT)).filter(v -> !v.isEmpty()).toList();
            if (values.isEmpty()) {
                throw new UserError("an exclusion of " + field + " values needs at least one value");
            }
        }

        @Override
        public IdentitySpec applyTo(IdentitySpec spec) {
            Guards guards = spec.guards();
            Set<String> generic = new LinkedHashSet<>(guards.genericValues());
            if (generic.containsAll(values)) {
                throw new UserError("the generic values already hold " + String.join(", ", values));
            }
            generic.addAll(values);
            return spec.withGuards(new Guards(guards.maxBlockSize(), guards.maxClusterSize(), guards.maxSharedValue(),
                    generic));
        }

        @Override
        public String describe() {
            return "generic values (ignored): " + String.join(", ", values);
        }
    }
}
