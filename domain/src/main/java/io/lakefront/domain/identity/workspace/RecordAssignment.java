package io.lakefront.domain.identity.workspace;

import io.lakefront.domain.identity.RecordKey;
import java.util.Objects;

/** A resolved record's cluster, and its row in its source's prepared table when the run read it. */
public record RecordAssignment(RecordKey key, long rowNo, long clusterId) {
    public RecordAssignment {
        Objects.requireNonNull(key, "key");
    }
}
