package io.lakefront.domain.identity;

import java.util.Set;

/**
 * A field's value as the engine compares it (case, accents, spacing and phone punctuation gone; generic
 * values such as n/a missing), for code outside the engine that must agree with it on "the same value":
 * the rule recommendations' overlap and shared-value counts.
 */
public final class MatchKeys {
    private final FieldNormalizer normalizer;

    public MatchKeys(Set<String> genericValues) {
        this.normalizer = new FieldNormalizer(genericValues);
    }

    /** The compared form of {@code raw} in {@code field}, or {@code null} when the engine sees it as missing. */
    public String of(String field, String raw) {
        return normalizer.normalize(field, raw);
    }
}
