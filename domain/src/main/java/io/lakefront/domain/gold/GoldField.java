package io.lakefront.domain.gold;

/** The text and date columns of {@code gold_customer} that survivorship picks one value for. */
public enum GoldField {
    FIRST_NAME, LAST_NAME, EMAIL, PHONE, BIRTH_DATE, GENDER, STREET, CITY, POSTCODE, REGION, COUNTRY, LOYALTY_TIER
}
