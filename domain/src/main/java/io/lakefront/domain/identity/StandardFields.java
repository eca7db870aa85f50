package io.lakefront.domain.identity;

import java.util.List;

/** The field names a {@link PersonRecord} uses, whatever the columns of its source were called. */
public final class StandardFields {
    public static final String GIVEN_NAME = "given_name";
    public static final String FAMILY_NAME = "family_name";
    /** ISO {@code YYYY-MM-DD}. */
    public static final String BIRTH_DATE = "birth_date";
    public static final String EMAIL = "email";
    public static final String PHONE = "phone";
    public static final String STREET = "street";
    public static final String CITY = "city";
    public static final String POSTCODE = "postcode";
    public static final String REGION = "region";
    public static final String COUNTRY = "country";
    public static final String NATIONAL_ID = "national_id";

    public static final List<String> ALL = List.of(GIVEN_NAME, FAMILY_NAME, BIRTH_DATE, EMAIL, PHONE, STREET,
            CITY, POSTCODE, REGION, COUNTRY, NATIONAL_ID);

    private StandardFields() {
    }
}
