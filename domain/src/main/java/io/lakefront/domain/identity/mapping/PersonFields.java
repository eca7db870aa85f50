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
