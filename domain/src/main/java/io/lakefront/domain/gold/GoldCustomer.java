package io.lakefront.domain.gold;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One row of {@code gold_customer} (CONTRACTS.md §3): the best-known values of one resolved person.
 * Text is {@code null} when no member record had a value; consents are {@code null} when no member
 * said either way.
 */
public record GoldCustomer(String customerId, String firstName, String lastName, String email, String phone,
                           LocalDate birthDate, String gender, String street, String city, String postcode,
                           String region, String country, String loyaltyTier, Boolean emailOptIn, Boolean smsOptIn,
                           Boolean pushOptIn, Instant createdAt, Instant updatedAt, int sourceRecordCount) {
    public GoldCustomer {
        Objects.requireNonNull(customerId, "customerId");
        if (sourceRecordCount < 1) {
            throw new IllegalArgumentException("customer " + customerId + " is made of " + sourceRecordCount + " records");
        }
    }
}
