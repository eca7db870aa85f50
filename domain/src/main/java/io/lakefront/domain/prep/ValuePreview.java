package io.lakefront.domain.prep;

/**
 * One staged value before and after its column's rule.
 *
 * @param after  the canonical value, or {@code null} when the value is missing or refused
 * @param reason why the value would be quarantined, or {@code null} when it is not
 */
public record ValuePreview(String before, String after, String reason) {
    static ValuePreview of(String raw, Normalized result) {
        if (result instanceof Normalized.Invalid invalid) {
            return new ValuePreview(raw, null, invalid.reason());
        }
        return new ValuePreview(raw, result.valueOrNull(), null);
    }

    /** The rule refuses the value: prepare would quarantine it and leave the field empty. */
    public boolean invalid() {
        return reason != null;
    }

    /** The rule rewrote the value (case, spacing, format): before and after differ. */
    public boolean changed() {
        return !invalid() && after != null && !after.equals(before);
    }
}
