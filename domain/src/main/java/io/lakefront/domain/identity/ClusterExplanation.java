package io.lakefront.domain.identity;

import java.util.List;

/** Why records form one cluster: its members and the match edges between them, strongest first. */
public record ClusterExplanation(long clusterId, List<RecordKey> members, List<ClusterEdge> edges) {
    public ClusterExplanation {
        members = List.copyOf(members);
        edges = List.copyOf(edges);
    }
}
