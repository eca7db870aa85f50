package io.lakefront.domain.audience;

import java.util.Objects;

/**
 * A live condition that takes customers out of every audience while it holds ("has an open support
 * ticket", "bought in the last 7 days"): evaluated again whenever an audience is counted and at
 * decision time, never from an earlier export. Kept in {@code audiences/suppression.yaml}.
 */
public record SuppressionRule(String name, String description, Filter filter, boolean enabled) {
    public SuppressionRule {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(filter, "filter");
    }
}
