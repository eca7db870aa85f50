package io.lakefront.domain.gold;

import java.util.Locale;
import java.util.Optional;

/** The text and date columns of {@code gold_customer} that survivorship picks one value for. */
public enum GoldField {
    FIRST_NAME, LAST_NAME, EMAIL, PHONE, BIRTH_DATE, GENDER, STREET, CITY, POSTCODE, REGION, COUNTRY, LOYALTY_TIER;

    /** The column's name in gold_customer, gold.yaml and the lineage table ({@code first_name}). */
    public String columnName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<GoldField> byColumnName(String name) {
        for (GoldField field : values()) {
            if (field.columnName().equals(name)) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }
}
