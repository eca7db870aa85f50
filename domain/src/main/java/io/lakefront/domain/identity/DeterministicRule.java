package io.lakefront.domain.identity;

import java.util.List;
import java.util.Objects;

/**
 * Two records that agree exactly on every field of the rule (after normalization, with generic
 * values excluded) are the same person, whatever the model says. Their share of all pairs also
 * gives the model its prior probability that two random records match.
 */
public record DeterministicRule(String name, List<String> fields) {
    public DeterministicRule {
        Objects.requireNonNull(name, "name");
        fields = List.copyOf(fields);
        if (fields.isEmpty()) {
            throw new IllegalArgumentException("deterministic rule '" + name + "' has no fields");
        }
    }

    public static DeterministicRule of(String name, String... fields) {
        return new DeterministicRule(name, List.of(fields));
    }
}
