package io.lakefront.domain.prep;

/**
 * The outcome of normalizing one value: the canonical value, a reason to quarantine the raw value
 * (the record is kept with the field empty), or nothing because the value was missing.
 */
public sealed interface Normalized permits Normalized.Valid, Normalized.Invalid, Normalized.Missing {
    record Valid(String value) implements Normalized {
    }

    /** @param reason why the value cannot be used, in the user's words ({@code "no @ in the address"}) */
    record Invalid(String raw, String reason) implements Normalized {
    }

    record Missing() implements Normalized {
    }

    static Normalized valid(String value) {
        return new Valid(value);
    }

    static Normalized invalid(String raw, String reason) {
        return new Invalid(raw, reason);
    }

    static Normalized missing() {
        return new Missing();
    }

    /** The canonical value, or {@code null} when missing or invalid. */
    default String valueOrNull() {
        return this instanceof Valid valid ? valid.value() : null;
    }
}
