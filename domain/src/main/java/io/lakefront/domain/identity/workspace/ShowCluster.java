package io.lakefront.domain.identity.workspace;

import io.lakefront.domain.UserError;
import io.lakefront.domain.governance.Actor;
import io.lakefront.domain.governance.Permission;
import io.lakefront.domain.identity.RecordKey;
import io.lakefront.domain.prep.PreparedColumn;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One resolved person with the values of every member record and what holds them together (the
 * cluster viewer). Shows personal data, so it needs {@link Permission#VIEW_PERSONAL_DATA}.
 */
public final class ShowCluster {
    private final ResolutionStore store;
    private final PreparedSources sources;
    private final LinkDecisionLog decisions;

    public ShowCluster(ResolutionStore store, PreparedSources sources, LinkDecisionLog decisions) {
        this.store = store;
        this.sources = sources;
        this.decisions = decisions;
    }

    public ClusterDetail show(Actor actor, long clusterId) {
        actor.require(Permission.VIEW_PERSONAL_DATA);
        ClusterSummary cluster = store.cluster(clusterId)
                .orElseThrow(() -> new UserError("no cluster " + clusterId + " in the latest resolution run"));
        List<ClusterDetail.Member> members = new ArrayList<>();
        Map<String, List<PreparedColumn>> columnsOf = new LinkedHashMap<>();
        for (RecordAssignment member : store.members(clusterId)) {
            List<PreparedColumn> columns = columnsOf.computeIfAbsent(member.key().source(), sources::columns);
            Optional<Map<String, String>> values = RecordValues.of(sources, columns, member);
            members.add(new ClusterDetail.Member(member.key(), values.orElse(Map.of()), values.isPresent()));
        }
        List<RecordKey> keys = cluster.members();
        List<LinkDecision> about = decisions.about(keys).stream()
                .filter(decision -> keys.contains(decision.a()) && keys.contains(decision.b()))
                .toList();
        return new ClusterDetail(cluster, members, store.pairsWithin(clusterId), about);
    }
}
