package io.lakefront.domain.decision;

import io.lakefront.domain.campaign.brief.Channel;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * What decisioning needs to know about a customer from the gold table and the metrics: how to address
 * them, where they live (their clock), which channels they allow and can be reached on, when they
 * usually respond, and what they are worth.
 *
 * @param consent       channels with consent now: the gold opt-in, less any later unsubscribe
 * @param reachable     channels with an address: an email, a phone number, the app (push opt-in)
 * @param preferredHour 0..23 local, {@code null} when the customer never interacted
 * @param interactions  how many interactions {@code preferredHour} rests on (smoothing weight)
 * @param preferredChannel {@code null} when unknown
 */
public record CustomerProfile(String customerId, String firstName, ZoneId zone, Set<Channel> consent,
                              Set<Channel> reachable, Integer preferredHour, int interactions,
                              Channel preferredChannel, double lifetimeSpend, double churnRisk) {
    public CustomerProfile {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(zone, "zone");
        consent = consent.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(consent));
        reachable = reachable.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(reachable));
        firstName = firstName == null || firstName.isBlank() ? null : firstName.strip();
        if (preferredHour != null && (preferredHour < 0 || preferredHour > 23)) {
            throw new IllegalArgumentException("customer " + customerId + ": preferred hour " + preferredHour + " is not 0..23");
        }
        if (interactions < 0) {
            throw new IllegalArgumentException("customer " + customerId + ": interactions " + interactions + " is negative");
        }
        if (!(churnRisk >= 0 && churnRisk <= 1)) {
            throw new IllegalArgumentException("customer " + customerId + ": churn risk " + churnRisk + " is not in 0..1");
        }
        if (!(lifetimeSpend >= 0)) {
            throw new IllegalArgumentException("customer " + customerId + ": lifetime spend " + lifetimeSpend + " is negative");
        }
    }

    /** No channel allowed at all: a global opt-out. */
    public boolean globallyOptedOut() {
        return consent.isEmpty();
    }

    /** How sentences name the customer: the first name, or "this customer". */
    public String displayName() {
        return firstName == null ? "this customer" : firstName;
    }
}
