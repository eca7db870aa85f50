package io.lakefront.domain.gold.profile;

import java.util.Objects;
import java.util.Optional;

/**
 * One gold value as the profile shows it: the field, its label, the value as text (masked when the
 * actor may not see it), and where it came from when the build recorded that.
 *
 * @param value   empty text when the customer has no value
 * @param custom  a field the user added in {@code gold.yaml} (kept in lineage only)
 */
public record ProfileField(String name, String label, String value, boolean masked, boolean custom,
                           Optional<FieldLineage> lineage) {
    public ProfileField {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(label, "label");
        value = value == null ? "" : value;
        Objects.requireNonNull(lineage, "lineage");
    }
}
