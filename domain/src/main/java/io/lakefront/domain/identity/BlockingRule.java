package io.lakefront.domain.identity;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Records that agree on every key of the rule are compared. A specification's rules are a union:
 * a pair is compared when any rule brings it together.
 */
public record BlockingRule(String name, List<BlockingKey> keys) {
    public BlockingRule {
        Objects.requireNonNull(name, "name");
        keys = List.copyOf(keys);
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("blocking rule '" + name + "' has no keys");
        }
    }

    public static BlockingRule of(String name, BlockingKey... keys) {
        return new BlockingRule(name, List.of(keys));
    }

    /** The fields the rule reads; training on its pairs leaves the comparisons of these fields out. */
    public Set<String> fields() {
        return keys.stream().map(BlockingKey::field).collect(Collectors.toUnmodifiableSet());
    }
}
