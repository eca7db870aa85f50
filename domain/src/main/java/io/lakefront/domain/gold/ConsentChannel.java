package io.lakefront.domain.gold;

/** The channels {@code gold_customer} keeps a consent for. */
public enum ConsentChannel {
    EMAIL, SMS, PUSH
}
