package io.lakefront.domain.source;

import java.util.Objects;

/**
 * One column that changed between the staged table and what the source delivers now.
 *
 * @param before the staged column's type ({@code null} for an added column)
 * @param after  the incoming column's type ({@code null} for a removed column)
 */
public record SchemaDrift(Change change, String column, ValueType before, ValueType after) {
    public enum Change {
        /** New in the source: the staging table gains a column, earlier rows hold nulls. */
        ADDED,
        /** Gone from the source: the staged column stays, new and updated rows hold nulls. */
        REMOVED,
        /** Still there, but its values now look like another type. */
        RETYPED
    }

    public SchemaDrift {
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(column, "column");
    }

    public static SchemaDrift added(String column, ValueType type) {
        return new SchemaDrift(Change.ADDED, column, null, type);
    }

    public static SchemaDrift removed(String column, ValueType type) {
        return new SchemaDrift(Change.REMOVED, column, type, null);
    }

    public static SchemaDrift retyped(String column, ValueType before, ValueType after) {
        return new SchemaDrift(Change.RETYPED, column, before, after);
    }

    /** {@code added 'Loyalty Tier'}, {@code retyped 'zip' number -> text}. */
    public String describe() {
        String text = change.name().toLowerCase(java.util.Locale.ROOT) + " '" + column + "'";
        return change == Change.RETYPED ? text + " " + label(before) + " -> " + label(after) : text;
    }

    private static String label(ValueType type) {
        return type == null ? "?" : type.label();
    }
}
