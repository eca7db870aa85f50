package io.lakefront.domain.campaign.brief;

import io.lakefront.domain.UserError;
import java.util.Objects;

/** One arm of a touchpoint's A/B test: a name, what differs, and the percentage of sends it gets. */
public record Variant(String name, String description, int weight) {
    public Variant {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new UserError("a variant needs a name");
        }
        description = description == null ? "" : description;
        if (weight < 0 || weight > 100) {
            throw new UserError("variant " + name + ": weight " + weight + " is not a percentage between 0 and 100");
        }
    }
}
