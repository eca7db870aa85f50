package io.lakefront.domain.prep;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How one column of a source is prepared, as saved in {@code sources/<name>.yaml}: its tag, how sure
 * the tagger was, the normalization rule in words and the rule's parameters.
 *
 * @param detected   the tag Lakefront suggested when it last wrote the file ({@code null} if unknown)
 * @param edited     whether the user pinned this column; see {@link #userEdited()}
 * @param rule       the rule in words ({@code "read as dd.MM.yyyy, written YYYY-MM-DD"}), for reading only
 * @param parameters the rule's settings: {@link #DATE_FORMAT}, {@link #DEFAULT_REGION}
 */
public record ColumnPreparation(String column, ColumnTag tag, double confidence, boolean edited, ColumnTag detected,
                                String rule, Map<String, String> parameters) {
    /** The format dates of the column are read in, as the user writes it ({@code dd.MM.yyyy}; see {@link DateFormats}). */
    public static final String DATE_FORMAT = "date_format";
    /** The country (ISO alpha-2) for phone numbers written without a country code when the row names none. */
    public static final String DEFAULT_REGION = "default_region";

    public ColumnPreparation {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(tag, "tag");
        rule = rule == null ? "" : rule;
        parameters = parameters == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /**
     * The user's choice wins over the tagger's: a column is theirs when they marked it
     * {@code edited: true}, or changed its tag away from the one Lakefront {@link #detected}.
     */
    public boolean userEdited() {
        return edited || (detected != null && detected != tag);
    }

    public String parameter(String name) {
        return parameters.get(name);
    }
}
