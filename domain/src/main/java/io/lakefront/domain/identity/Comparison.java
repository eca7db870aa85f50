package io.lakefront.domain.identity;

import java.util.List;
import java.util.Objects;

/**
 * How two records are compared on one field: ordered levels of agreement. Besides the listed
 * levels every comparison has a "missing" level (either value absent; weight 0) and an "else"
 * level (no listed level applies). With {@code termFrequency} on, an exact match on a common
 * value (Smith) weighs less than one on a rare value (Zabrowski).
 */
public record Comparison(String name, String field, List<ComparisonLevel> levels, boolean termFrequency) {
    public static final String MISSING = "missing";
    public static final String ELSE = "else";

    public Comparison {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(field, "field");
        levels = List.copyOf(levels);
        if (levels.isEmpty()) {
            throw new IllegalArgumentException("comparison '" + name + "' has no levels");
        }
    }

    public static Comparison of(String field, boolean termFrequency, ComparisonLevel... levels) {
        return new Comparison(field, field, List.of(levels), termFrequency);
    }

    /** Levels as the engine numbers them: 0 missing, 1..n the listed levels, n+1 else. */
    public int levelCount() {
        return levels.size() + 2;
    }

    public int elseLevel() {
        return levels.size() + 1;
    }

    public String levelLabel(int level) {
        if (level == 0) {
            return MISSING;
        }
        return level <= levels.size() ? levels.get(level - 1).label() : ELSE;
    }

    /** The level index of the first {@link ComparisonLevel.Exact} level, or -1. */
    public int exactLevel() {
        for (int i = 0; i < levels.size(); i++) {
            if (levels.get(i) instanceof ComparisonLevel.Exact) {
                return i + 1;
            }
        }
        return -1;
    }
}
