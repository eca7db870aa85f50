package io.lakefront.domain.identity.workspace;

import io.lakefront.domain.gold.CustomerIds;
import io.lakefront.domain.identity.RecordKey;
import java.util.List;

/** A resolved person as the latest run left them: the cluster id, the customer id it gives, and the member records. */
public record ClusterSummary(long clusterId, List<RecordKey> members) {
    public ClusterSummary {
        members = List.copyOf(members);
    }

    public String customerId() {
        return CustomerIds.of(clusterId);
    }

    public int size() {
        return members.size();
    }

    /** The sources the members come from, in member order, each once. */
    public List<String> sources() {
        return members.stream().map(RecordKey::source).distinct().toList();
    }
}
