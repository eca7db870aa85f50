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
        return new ProfileMember(key, values.stream()
                .map(v -> new Value(v.column(), v.tag(), PersonalData.maskByTag(v.tag(), v.value()))).toList(), current);
    }

    /** The first value with the tag, or {@code null}. */
    public String valueOf(ColumnTag tag) {
        return values.stream().filter(v -> v.tag() == tag && v.value() != null && !v.value().isBlank())
                .map(Value::value).findFirst().orElse(null);
    }
}
