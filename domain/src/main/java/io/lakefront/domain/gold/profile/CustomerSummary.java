package io.lakefront.domain.gold.profile;

import java.util.Objects;

/** A customer as a search result lists them: name, contact, place and how many records they are made of. */
public record CustomerSummary(String customerId, String firstName, String lastName, String email, String phone,
                              String city, String country, int sourceRecordCount) {
    public CustomerSummary {
        Objects.requireNonNull(customerId, "customerId");
    }

    /** First and last name, or the id when the customer has neither. */
    public String displayName() {
        String name = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).strip();
        return name.isEmpty() ? customerId : name;
    }

    /** The same customer with email and phone masked for someone who may not see personal data. */
    public CustomerSummary masked() {
        return new CustomerSummary(customerId, firstName, lastName, PersonalData.maskEmail(email),
                PersonalData.maskPhone(phone), city, country, sourceRecordCount);
    }
}
