package io.lakefront.domain.gold;

import io.lakefront.domain.identity.RecordKey;
import java.util.Objects;

/**
 * Where one gold value came from: the record (or, for a withdrawn consent, the unsubscribe event)
 * that supplied it, the rule that chose it, and why in one sentence. {@code from} is {@code null}
 * when no record had a value.
 */
public record GoldLineage(String field, String value, RecordKey from, String rule, String detail) {
    public GoldLineage {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(rule, "rule");
        detail = detail == null ? "" : detail;
    }
}
