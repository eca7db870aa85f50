package io.lakefront.domain.identity.mapping;

import io.lakefront.domain.identity.StandardFields;
import io.lakefront.domain.prep.ColumnTag;
import java.util.ArrayList;
import java.util.List;

/**
 * The fields a {@link io.lakefront.domain.identity.PersonRecord} built from a tagged file carries: the
 * engine's {@link StandardFields} plus gender, and which column tag fills which field.
 */
public final class PersonFields {
    public static final String GENDER = "gender";

    /** Every field a mapped record may carry, in the order the rules file lists them. */
    public static final List<String> ALL;

    static {
        List<String> all = new ArrayList<>(StandardFields.ALL);
        all.add(GENDER);
        ALL = List.copyOf(all);
    }

    private PersonFields() {
    }

    /**
     * The field an {@code other_id} column fills: its header in snake case, ending in {@code _id}
     * ("Loyalty Number" → {@code loyalty_number_id}, {@code loyalty_id} stays). Two sources' id columns
     * with the same header fill the same field, so a rule "same loyalty id" can join their records.
     */
    public static String idFieldOf(String column) {
        String snake = column.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "_")
                .replaceAll("^_+|_+$", "");
        if (snake.isEmpty() || !Character.isLetter(snake.charAt(0))) {
            snake = "column_" + snake;
        }
        return snake.endsWith("_id") ? snake : snake + "_id";
    }

    /** True for a field filled by an {@code other_id} column (see {@link #idFieldOf}), not a standard one. */
    public static boolean isIdField(String field) {
        return field != null && field.matches("[a-z][a-z0-9_]*_id") && !ALL.contains(field);
    }

    /** The field a column of this tag fills directly, or {@code null} (full names and street numbers are combined). */
    static String fieldOf(ColumnTag tag) {
        return switch (tag) {
            case GIVEN_NAME -> StandardFields.GIVEN_NAME;
            case FAMILY_NAME -> StandardFields.FAMILY_NAME;
            case EMAIL -> StandardFields.EMAIL;
            case PHONE -> StandardFields.PHONE;
            case BIRTH_DATE -> StandardFields.BIRTH_DATE;
            case STREET -> StandardFields.STREET;
            case CITY -> StandardFields.CITY;
            case POSTCODE -> StandardFields.POSTCODE;
            case REGION -> StandardFields.REGION;
            case COUNTRY -> StandardFields.COUNTRY;
            case NATIONAL_ID -> StandardFields.NATIONAL_ID;
            case GENDER -> GENDER;
            default -> null;
        };
    }
}
