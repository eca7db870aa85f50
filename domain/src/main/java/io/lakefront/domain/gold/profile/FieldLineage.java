package io.lakefront.domain.gold.profile;

import java.util.Objects;

/**
 * Where one gold value came from ({@code gold_lineage}): the source and record, the survivorship rule
 * that chose it, and a plain sentence on why.
 *
 * @param value    the chosen value as text, {@code null} when no record had one
 * @param source   {@code null} when no record had a value
 * @param recordId {@code null} when no record had a value
 */
public record FieldLineage(String field, String value, String source, String recordId, String rule, String detail) {
    public FieldLineage {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(rule, "rule");
        detail = detail == null ? "" : detail;
    }

    /** {@code crm/1001}, or empty when no record had a value. */
    public String record() {
        return source == null ? "" : source + (recordId == null ? "" : "/" + recordId);
    }

    /** The same lineage with its value (and the value inside the sentence) shown as {@code masked}. */
    public FieldLineage maskedAs(String masked) {
        String sentence = value == null || value.isEmpty() ? detail : detail.replace(value, masked == null ? "" : masked);
        return new FieldLineage(field, masked, source, recordId, rule, sentence);
    }
}
