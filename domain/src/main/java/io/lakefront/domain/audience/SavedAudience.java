package io.lakefront.domain.audience;

import io.lakefront.domain.UserError;
import java.util.Objects;

/**
 * An audience kept under a name: the words it was described with and the filter they became (the
 * filter is what counts; the words are kept to show and to refine). Saved in {@code audiences/NAME.yaml}.
 */
public record SavedAudience(String name, String description, Filter filter) {
    public SavedAudience {
        if (name == null || !name.matches("[a-z0-9][a-z0-9_-]{0,63}")) {
            throw new UserError("audience name '" + name + "': use lower-case letters, digits, '-' and '_' (at most 64)");
        }
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(filter, "filter");
    }
}
