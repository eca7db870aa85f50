package io.lakefront.domain.gold.profile;

import io.lakefront.domain.identity.workspace.PreparedSources;
import io.lakefront.domain.identity.workspace.RecordAssignment;
import io.lakefront.domain.identity.workspace.RecordValues;
import io.lakefront.domain.identity.workspace.ResolutionStore;
import io.lakefront.domain.prep.ColumnTag;
import io.lakefront.domain.prep.PreparedColumn;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Member records read the way the identity screen's cluster viewer reads them: the latest run's
 * assignments and each record's prepared row by row number ({@link RecordValues}), with the columns'
 * tags kept so that personal values can be masked.
 */
public final class ClusterMemberRecords implements MemberRecords {
    private final ResolutionStore store;
    private final PreparedSources sources;

    public ClusterMemberRecords(ResolutionStore store, PreparedSources sources) {
        this.store = store;
        this.sources = sources;
    }

    @Override
    public List<ProfileMember> of(long clusterId) {
        Map<String, List<PreparedColumn>> columnsOf = new HashMap<>();
        List<ProfileMember> members = new ArrayList<>();
        for (RecordAssignment member : store.members(clusterId)) {
            List<PreparedColumn> columns = columnsOf.computeIfAbsent(member.key().source(), sources::columns);
            Optional<Map<String, String>> values = RecordValues.of(sources, columns, member);
            List<ProfileMember.Value> tagged = new ArrayList<>();
            if (values.isPresent()) {
                Map<String, ColumnTag> tags = new HashMap<>();
                for (int c = 0; c < columns.size(); c++) {
                    String name = columns.get(c).name().isEmpty() ? "column " + (c + 1) : columns.get(c).name();
                    tags.putIfAbsent(name, columns.get(c).tag());
                }
                values.get().forEach((column, value) ->
                        tagged.add(new ProfileMember.Value(column, tags.getOrDefault(column, ColumnTag.UNKNOWN), value)));
            }
            members.add(new ProfileMember(member.key(), tagged, values.isPresent()));
        }
        return members;
    }
}
