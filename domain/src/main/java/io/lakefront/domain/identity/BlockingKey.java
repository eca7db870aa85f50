package io.lakefront.domain.identity;

import java.util.Objects;

/**
 * One part of a blocking rule: a function of one normalized field. Records whose keys are equal on
 * every part of a rule land in the same block and are compared.
 */
public sealed interface BlockingKey {
    /** The standard field this key reads. */
    String field();

    /** The key of a normalized, non-empty value, or {@code null} when it yields none. */
    String keyOf(String value, StringMetrics metrics);

    /** A short label for diagnostics and the rules editor, e.g. {@code soundex(family_name)}. */
    String label();

    record Exact(String field) implements BlockingKey {
        public Exact { Objects.requireNonNull(field, "field"); }
        @Override public String keyOf(String value, StringMetrics metrics) { return value; }
        @Override public String label() { return field; }
    }

    record FirstChars(String field, int length) implements BlockingKey {
        public FirstChars {
            Objects.requireNonNull(field, "field");
            if (length < 1) {
                throw new IllegalArgumentException("prefix length must be at least 1, was " + length);
            }
        }
        @Override public String keyOf(String value, StringMetrics metrics) {
            return value.length() < length ? value : value.substring(0, length);
        }
        @Override public String label() { return "first " + length + " of " + field; }
    }

    record Soundex(String field) implements BlockingKey {
        public Soundex { Objects.requireNonNull(field, "field"); }
        @Override public String keyOf(String value, StringMetrics metrics) { return emptyToNull(metrics.soundex(value)); }
        @Override public String label() { return "soundex(" + field + ")"; }
    }

    record Metaphone(String field) implements BlockingKey {
        public Metaphone { Objects.requireNonNull(field, "field"); }
        @Override public String keyOf(String value, StringMetrics metrics) {
            return emptyToNull(metrics.doubleMetaphone(value));
        }
        @Override public String label() { return "metaphone(" + field + ")"; }
    }

    /** The year of an ISO date ({@code YYYY-...}). */
    record BirthYear(String field) implements BlockingKey {
        public BirthYear { Objects.requireNonNull(field, "field"); }
        @Override public String keyOf(String value, StringMetrics metrics) {
            return value.length() >= 4 && Character.isDigit(value.charAt(0)) ? value.substring(0, 4) : null;
        }
        @Override public String label() { return "year(" + field + ")"; }
    }

    private static String emptyToNull(String code) {
        return code == null || code.isEmpty() ? null : code;
    }
}
