package io.lakefront.domain.identity;

import java.util.Objects;

/** Identifies a record across runs: the source it came from and its id there. */
public record RecordKey(String source, String recordId) {
    public RecordKey {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(recordId, "recordId");
    }

    @Override
    public String toString() {
        return source + "/" + recordId;
    }
}
