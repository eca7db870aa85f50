package io.lakefront.domain.identity.workspace;

import io.lakefront.domain.identity.RecordKey;
import java.util.List;
import java.util.Map;

/**
 * One resolved person in full: each member record's prepared values (column name to value, in column
 * order; empty when its source was prepared again since the run and the row is not the same record
 * any more), the stored pairs inside the cluster (the match edges that hold it together and the
 * weaker pairs), and the must-link decisions that join members.
 */
public record ClusterDetail(ClusterSummary cluster, List<Member> members, List<StoredPair> pairs,
                            List<LinkDecision> decisions) {
    /** A member record and its values; {@code current} is false when its prepared row changed since the run. */
    public record Member(RecordKey key, Map<String, String> values, boolean current) {
    }

    public ClusterDetail {
        members = List.copyOf(members);
        pairs = List.copyOf(pairs);
        decisions = List.copyOf(decisions);
    }
}
