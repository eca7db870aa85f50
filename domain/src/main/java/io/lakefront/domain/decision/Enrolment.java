package io.lakefront.domain.decision;

import java.time.Instant;
import java.util.Objects;

/**
 * A customer's place in one campaign: when they entered its audience, and when they converted (bought,
 * or clicked for a click-rate campaign), which ends their eligibility at once.
 *
 * @param convertedAt {@code null} while not converted
 */
public record Enrolment(String campaign, Instant enteredAt, Instant convertedAt) {
    public Enrolment {
        Objects.requireNonNull(campaign, "campaign");
        Objects.requireNonNull(enteredAt, "enteredAt");
    }

    public boolean converted() {
        return convertedAt != null;
    }
}
