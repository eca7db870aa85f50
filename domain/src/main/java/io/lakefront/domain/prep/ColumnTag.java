package io.lakefront.domain.prep;

import java.util.Locale;

/**
 * What a column holds, in the vocabulary of CONTRACTS.md §6. The {@link #code()} is the name written
 * to CSV output and YAML; it never changes once published.
 */
public enum ColumnTag {
    EMAIL, PHONE, GIVEN_NAME, FAMILY_NAME, FULL_NAME, NAME_PREFIX, NAME_SUFFIX,
    STREET, STREET_NUMBER, ADDRESS_LINE2, CITY, REGION, POSTCODE, COUNTRY,
    BIRTH_DATE, GENDER, RECORD_ID, NATIONAL_ID, OTHER_ID, TIMESTAMP, DATE,
    MONEY, CURRENCY, CATEGORY, PRODUCT, QUANTITY, CONSENT, TEXT, UNKNOWN;

    /** The lower-case name used in CSV output, e.g. {@code given_name}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads a code such as {@code given_name}; returns {@code null} for an unknown one. */
    public static ColumnTag fromCode(String code) {
        if (code == null) {
            return null;
        }
        try {
            return valueOf(code.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
