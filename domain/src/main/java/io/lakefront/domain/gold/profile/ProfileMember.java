package io.lakefront.domain.gold.profile;

import io.lakefront.domain.identity.RecordKey;
import io.lakefront.domain.prep.ColumnTag;
import java.util.List;
import java.util.Objects;

/**
 * One source record of a customer with its prepared values (column, tag, value) in column order;
 * {@code current} is false when its source was prepared again since the run and the row no longer
 * holds the record (then there are no values).
 */
public record ProfileMember(RecordKey key, List<Value> values, boolean current) {
    /** One prepared value; {@code tag} says whether it is personal data. */
    public record Value(String column, ColumnTag tag, String value) {
        public Value {
            Objects.requireNonNull(column, "column");
            Objects.requireNonNull(tag, "tag");
        }
    }

    public ProfileMember {
        Objects.requireNonNull(key, "key");
        values = List.copyOf(values);
    }

    /** The same member with its personal values masked by tag. */
    public ProfileMember masked() {
        return masked(java.util.Map.of());
    }

    /**
     * The same member with its personal values masked: by tag, and — for columns tagged otherwise (a
     * birth date tagged as a plain date) — by name ({@code birth}, {@code dob}) or because the value is
     * one of the customer's personal gold values ({@code personal}: gold field to value).
     */
    public ProfileMember masked(java.util.Map<String, String> personal) {
        List<Value> shown = new java.util.ArrayList<>();
        for (Value v : values) {
            String masked = PersonalData.maskByTag(v.tag(), v.value());
            if (java.util.Objects.equals(masked, v.value()) && v.value() != null && !v.value().isBlank()) {
                String column = v.column().toLowerCase(java.util.Locale.ROOT);
                if (column.contains("birth") || column.contains("dob")) {
                    masked = PersonalData.maskBirthDate(v.value());
                }
                for (java.util.Map.Entry<String, String> field : personal.entrySet()) {
                    if (field.getValue() != null && !field.getValue().isBlank()
                            && field.getValue().equalsIgnoreCase(v.value().strip())) {
                        masked = PersonalData.maskField(field.getKey(), v.value());
                    }
                }
            }
            shown.add(new Value(v.column(), v.tag(), masked));
        }
        return new ProfileMember(key, shown, current);
    }

    /** The first value with the tag, or {@code null}. */
    public String valueOf(ColumnTag tag) {
        return values.stream().filter(v -> v.tag() == tag && v.value() != null && !v.value().isBlank())
                .map(Value::value).findFirst().orElse(null);
    }
}
