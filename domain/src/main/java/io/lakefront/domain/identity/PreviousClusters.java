package io.lakefront.domain.identity;

import java.util.Map;

/**
 * The previous run's cluster ids, so that a re-run keeps them: each record's cluster id, and the
 * next id never handed out yet (ids are never reused).
 */
public record PreviousClusters(Map<RecordKey, Long> assignments, long nextId) {
    public PreviousClusters {
        assignments = Map.copyOf(assignments);
        for (long id : assignments.values()) {
            if (id >= nextId) {
                throw new IllegalArgumentException("cluster id " + id + " is not below the next id " + nextId);
            }
        }
    }

    public static PreviousClusters none() {
        return new PreviousClusters(Map.of(), 1);
    }
}
