package io.lakefront.domain.decision;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything already decided for one customer: the messages of the ledger (pending and past, from all
 * campaigns and channels) and their place in each campaign. Empty for a customer never decided for.
 */
public record ContactHistory(List<ContactMessage> messages, Map<String, Enrolment> enrolments) {
    private static final ContactHistory EMPTY = new ContactHistory(List.of(), Map.of());

    public ContactHistory {
        messages = List.copyOf(messages);
        enrolments = Map.copyOf(enrolments);
    }

    public static ContactHistory empty() {
        return EMPTY;
    }

    public Optional<Enrolment> enrolment(String campaign) {
        return Optional.ofNullable(enrolments.get(Objects.requireNonNull(campaign, "campaign")));
    }
}
