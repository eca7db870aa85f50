package io.lakefront.domain.identity.review;

import io.lakefront.domain.identity.RecordKey;
import io.lakefront.domain.identity.workspace.ClusterSummary;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One record of a review pair as the steward sees it: its prepared values (empty when its source was
 * prepared again and the row moved; {@code current} then false) and the cluster it is in now
 * ({@code null} when the latest run did not resolve it).
 */
public record ReviewSide(RecordKey key, Map<String, String> values, boolean current, ClusterSummary cluster) {
    public ReviewSide {
        Objects.requireNonNull(key, "key");
        // Values may be null (an empty cell), so no Map.copyOf.
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** Records in the cluster (1 when unresolved: the record alone). */
    public int clusterSize() {
        return cluster == null ? 1 : cluster.members().size();
    }
}
