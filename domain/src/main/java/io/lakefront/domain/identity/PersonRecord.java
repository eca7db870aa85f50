package io.lakefront.domain.identity;

import java.util.Map;
import java.util.Objects;

/**
 * One source record about a person, in a table-agnostic form: its source, its id in that source,
 * and its values keyed by the standard field names of {@link StandardFields}. Missing values are
 * simply absent (or blank).
 */
public record PersonRecord(String source, String recordId, Map<String, String> fields) {
    public PersonRecord {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(recordId, "recordId");
        fields = Map.copyOf(fields);
    }

    public RecordKey key() {
        return new RecordKey(source, recordId);
    }

    /** The raw value of a field, or {@code null} when the record has none. */
    public String field(String name) {
        return fields.get(name);
    }
}
