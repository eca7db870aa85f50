package io.lakefront.domain.identity.workspace;

import io.lakefront.domain.UserError;
import io.lakefront.domain.governance.Actor;
import io.lakefront.domain.governance.Permission;
import io.lakefront.domain.identity.RecordKey;
import io.lakefront.domain.prep.ColumnTag;
import io.lakefront.domain.prep.PreparedColumn;
import java.util.ArrayList;
import java.util.Collections;
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
            Optional<List<String>> row = sources.row(member.key().source(), member.rowNo());
            boolean current = row.isPresent() && sameRecord(columns, row.get(), member);
            members.add(new ClusterDetail.Member(member.key(), current ? values(columns, row.get()) : Map.of(), current));
        }
        List<RecordKey> keys = cluster.members();
        List<LinkDecision> about = decisions.about(keys).stream()
                .filter(decision -> keys.contains(decision.a()) && keys.contains(decision.b()))
                .toList();
        return new ClusterDetail(cluster, members, store.pairsWithin(clusterId), about);
    }

    /** The prepared row still holds the record: its id column says so (or ids are row numbers). */
    private static boolean sameRecord(List<PreparedColumn> columns, List<String> row, RecordAssignment member) {
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).tag() == ColumnTag.RECORD_ID) {
                String id = c < row.size() ? row.get(c) : null;
                return id != null && id.strip().equals(member.key().recordId())
                        || member.key().recordId().equals(Long.toString(member.rowNo()));
            }
        }
        return member.key().recordId().equals(Long.toString(member.rowNo()));
    }

    private static Map<String, String> values(List<PreparedColumn> columns, List<String> row) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int c = 0; c < columns.size(); c++) {
            String name = columns.get(c).name();
            values.putIfAbsent(name.isEmpty() ? "column " + (c + 1) : name, c < row.size() ? row.get(c) : null);
        }
        return Collections.unmodifiableMap(values);
    }
}
