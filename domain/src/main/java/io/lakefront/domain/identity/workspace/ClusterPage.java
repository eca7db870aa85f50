package io.lakefront.domain.identity.workspace;

import java.util.List;

/** One page of clusters, largest first, and how many clusters match the query in all. */
public record ClusterPage(long total, List<ClusterSummary> clusters) {
    public ClusterPage {
        clusters = List.copyOf(clusters);
    }
}
