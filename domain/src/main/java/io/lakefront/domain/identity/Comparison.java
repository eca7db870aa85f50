package io.lakefront.domain.identity;

import java.util.List;
import java.util.Objects;

/**
 * How two records are compared on one field: ordered levels of agreement. Besides the listed
 * levels every comparison has a "missing" level (either value absent; weight 0) and an "else"
 * level (no listed level applies). With {@code termFrequency} on, an exact match on a common
 * value (Smith) weighs less than one on a rare value (Zabrowski). A comparison {@link CoveredBy
 * covered by} another weighs nothing for pairs on which that one already agrees.
 *
 * <p>With {@code reviewIfDifferent} on, a pair that lands on this comparison's "else" level is never
 * merged automatically, whatever its weight or deterministic rule: it goes to review at most. Other
 * fields' agreement cannot tell twins, or a couple sharing a phone and an address, from one person;
 * their given names can.
 */
public record Comparison(String name, String field, List<ComparisonLevel> levels, boolean termFrequency,
                         List<CoveredBy> coveredBy, boolean reviewIfDifferent) {
    public static final String MISSING = "missing";
    public static final String ELSE = "else";

    public Comparison {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(field, "field");
        levels = List.copyOf(levels);
        coveredBy = List.copyOf(coveredBy);
        if (levels.isEmpty()) {
            throw new IllegalArgumentException("comparison '" + name + "' has no levels");
        }
        for (CoveredBy cover : coveredBy) {
            if (cover.comparison().equals(name)) {
                throw new IllegalArgumentException("comparison '" + name + "' cannot be covered by itself");
            }
        }
    }

    public Comparison(String name, String field, List<ComparisonLevel> levels, boolean termFrequency) {
        this(name, field, levels, termFrequency, List.of(), false);
    }

    /** This comparison, weighing nothing where any of {@code covers} agrees. */
    public Comparison coveredBy(CoveredBy... covers) {
        return new Comparison(name, field, levels, termFrequency, List.of(covers), reviewIfDifferent);
    }

    /** This comparison, holding a pair for review when it lands on "else". */
    public Comparison withReviewIfDifferent() {
        return new Comparison(name, field, levels, termFrequency, coveredBy, true);
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
