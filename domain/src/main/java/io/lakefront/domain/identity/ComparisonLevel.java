package io.lakefront.domain.identity;

import java.util.Objects;

/**
 * One level of agreement of a {@link Comparison}, tested in order: a pair takes the first level
 * its two values satisfy. Levels are data; the engine compiles them into fast tests.
 */
public sealed interface ComparisonLevel {
    String label();

    record Exact() implements ComparisonLevel {
        @Override public String label() { return "exact"; }
    }

    record JaroWinklerAtLeast(double threshold) implements ComparisonLevel {
        public JaroWinklerAtLeast {
            if (threshold <= 0 || threshold > 1) {
                throw new IllegalArgumentException("Jaro-Winkler threshold must be in (0, 1], was " + threshold);
            }
        }
        @Override public String label() { return "Jaro-Winkler >= " + threshold; }
    }

    record LevenshteinAtMost(int distance) implements ComparisonLevel {
        public LevenshteinAtMost {
            if (distance < 1) {
                throw new IllegalArgumentException("Levenshtein distance must be at least 1, was " + distance);
            }
        }
        @Override public String label() { return "Levenshtein <= " + distance; }
    }

    /** Both values sound alike: equal Double Metaphone codes. */
    record PhoneticEqual() implements ComparisonLevel {
        @Override public String label() { return "sounds alike"; }
    }

    /** Two ISO dates at most {@code days} apart, or equal once day and month are swapped. */
    record DateWithin(int days, boolean orDayMonthSwapped) implements ComparisonLevel {
        public DateWithin {
            if (days < 0) {
                throw new IllegalArgumentException("date tolerance must not be negative, was " + days);
            }
        }
        @Override public String label() {
            return "within " + days + " days" + (orDayMonthSwapped ? " or day/month swapped" : "");
        }
    }

    /** Two numbers at most {@code maxDifference} apart. */
    record NumericWithin(double maxDifference) implements ComparisonLevel {
        public NumericWithin {
            if (maxDifference < 0) {
                throw new IllegalArgumentException("numeric tolerance must not be negative, was " + maxDifference);
            }
        }
        @Override public String label() { return "within " + maxDifference; }
    }

    /** Two given names that the table knows as forms of one name (Bob, Robert). */
    record NicknameMatch(NicknameTable table) implements ComparisonLevel {
        public NicknameMatch { Objects.requireNonNull(table, "table"); }
        @Override public String label() { return "nickname"; }
    }
}
