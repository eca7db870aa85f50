package io.lakefront.domain.identity;

import java.util.List;

/** One resolved person: a stable id and the records that describe them. */
public record Cluster(long id, List<RecordKey> members) {
    public Cluster {
        members = List.copyOf(members);
    }
}
