package io.lakefront.domain.decision;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * All the engine reads about one customer at one moment, gathered before it decides (so the engine
 * itself stays pure): the profile, the live campaigns whose audience selects them now, the enabled
 * suppression rules that hold now, and the contact history.
 *
 * @param audiences    names of the campaigns whose audience filter selects the customer now
 * @param suppressedBy names of the enabled suppression rules whose filter selects the customer now
 */
public record CustomerFacts(CustomerProfile profile, Set<String> audiences, List<String> suppressedBy,
                            ContactHistory history) {
    public CustomerFacts {
        Objects.requireNonNull(profile, "profile");
        audiences = Set.copyOf(audiences);
        suppressedBy = List.copyOf(suppressedBy);
        Objects.requireNonNull(history, "history");
    }

    public String customerId() {
        return profile.customerId();
    }
}
