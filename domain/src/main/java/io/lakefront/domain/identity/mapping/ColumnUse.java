package io.lakefront.domain.identity.mapping;

import io.lakefront.domain.prep.ColumnTag;
import io.lakefront.domain.prep.Normalizer;
import java.util.Objects;

/**
 * How one column of a file feeds person records: straight into a field, split as a full name, as the
 * house number in front of the street, or not at all.
 *
 * @param field      the field filled ({@code null} unless {@link Role#FIELD})
 * @param normalizer the rule its values go through ({@code null} when ignored)
 */
public record ColumnUse(int position, String column, ColumnTag tag, Role role, String field, Normalizer normalizer) {
    public enum Role { FIELD, FULL_NAME, STREET_NUMBER, IGNORED }

    public ColumnUse {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(role, "role");
        if (role == Role.FIELD && field == null) {
            throw new IllegalArgumentException("column '" + column + "' fills a field but names none");
        }
        if (role != Role.IGNORED && normalizer == null) {
            throw new IllegalArgumentException("column '" + column + "' is used but has no normalizer");
        }
    }

    /** In words, for the summary: {@code "Mailing Zip" → postcode}. */
    public String describe() {
        String target = switch (role) {
            case FIELD -> field;
            case FULL_NAME -> "given_name + family_name";
            case STREET_NUMBER -> "street (house number)";
            case IGNORED -> "not used";
        };
        return "\"" + column + "\" (" + tag.code() + ") -> " + target;
    }
}
