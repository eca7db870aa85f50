package io.lakefront.ui.audiences;

/** The rows the Audiences screen shows, as plain text ready to display (the view model formats, the view lays out). */
public final class AudienceRows {
    private AudienceRows() {
    }

    /**
     * One condition as a chip beside the words it came from.
     *
     * @param words the words as typed; empty for a condition kept from an earlier description or a saved audience
     * @param value the value the chip lets a person edit; empty when the condition is changed by describing it again
     */
    public record Chip(int index, String words, String description, String value) {
        public boolean editable() {
            return !value.isEmpty();
        }
    }

    /** The audience's size at the end of one month. */
    public record TrendPoint(String month, long size) { }

    /** One line of an insight: a label, its value, a share of the audience (0..1, for a small bar) and a note. */
    public record InsightRow(String label, String value, double share, String note) { }

    /** A suppression rule and how many of the current audience it takes out. */
    public record RuleRow(String name, String description, boolean enabled, String suppressed) { }

    /** A saved audience in the list. */
    public record SavedRow(String name, String description) { }

    /** One line of a comparison of two audiences. */
    public record CompareRow(String label, String a, String b) { }
}
