package io.lakefront.domain.identity.mapping;

import java.util.List;
import java.util.Map;

/** One row in the engine's fields (normalized, missing values absent) and the values that were rejected. */
public record MappedRow(Map<String, String> fields, List<InvalidValue> invalid) {
    public MappedRow {
        fields = Map.copyOf(fields);
        invalid = List.copyOf(invalid);
    }
}
