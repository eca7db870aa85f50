package io.lakefront.domain.prep;

import java.util.Locale;

/**
 * Which quarantined values to show or export: one column, one reason, and text found in the record id,
 * the value or the reason (ignoring case). {@code null} or blank means any.
 */
public record QuarantineFilter(String column, String reason, String text) {
    public static final QuarantineFilter ALL = new QuarantineFilter(null, null, null);

    public QuarantineFilter {
        column = blankToNull(column);
        reason = blankToNull(reason);
        text = text == null || text.isBlank() ? null : text.strip().toLowerCase(Locale.ROOT);
    }

    public boolean matches(QuarantinedValue value) {
        if (column != null && !column.equals(value.column())) {
            return false;
        }
        if (reason != null && !reason.equals(value.reason())) {
            return false;
        }
        return text == null || contains(value.rawValue()) || contains(value.recordId()) || contains(value.reason());
    }

    /** True when every value matches. */
    public boolean all() {
        return column == null && reason == null && text == null;
    }

    private boolean contains(String field) {
        return field != null && field.toLowerCase(Locale.ROOT).contains(text);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
