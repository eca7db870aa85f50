package io.lakefront.domain.gold.profile;

import io.lakefront.domain.identity.MatchBand;
import io.lakefront.domain.identity.RecordKey;
import io.lakefront.domain.identity.workspace.ClusterPage;
import io.lakefront.domain.identity.workspace.ClusterQuery;
import io.lakefront.domain.identity.workspace.ClusterSummary;
import io.lakefront.domain.identity.workspace.PairQuery;
import io.lakefront.domain.identity.workspace.RecordAssignment;
import io.lakefront.domain.identity.workspace.ResolutionRun;
import io.lakefront.domain.identity.workspace.ResolutionSession;
import io.lakefront.domain.identity.workspace.ResolutionStore;
import io.lakefront.domain.identity.workspace.StoredPair;
import java.util.List;
import java.util.Optional;

/** A resolution store that knows one cluster: enough for a split. */
final class OneCluster implements ResolutionStore {
    private final long clusterId;
    private final List<RecordKey> members;

    OneCluster(long clusterId, List<RecordKey> members) {
        this.clusterId = clusterId;
        this.members = members;
    }

    @Override public Optional<ClusterSummary> cluster(long id) {
        return id == clusterId ? Optional.of(new ClusterSummary(clusterId, members)) : Optional.empty();
    }

    @Override public Optional<RecordAssignment> assignment(RecordKey key) {
        int at = members.indexOf(key);
        return at < 0 ? Optional.empty() : Optional.of(new RecordAssignment(key, at + 1, clusterId));
    }

    @Override public List<RecordAssignment> members(long id) {
        return id != clusterId ? List.of()
                : members.stream().map(k -> new RecordAssignment(k, members.indexOf(k) + 1, clusterId)).toList();
    }

    @Override public ResolutionSession begin() { throw new UnsupportedOperationException(); }
    @Override public Optional<ResolutionRun> latestRun() { return Optional.empty(); }
    @Override public List<ResolutionRun> recentRuns(int limit) { return List.of(); }
    @Override public ClusterPage clusters(ClusterQuery query) { throw new UnsupportedOperationException(); }
    @Override public List<RecordAssignment> assignments() { return members(clusterId); }
    @Override public List<StoredPair> pairs(PairQuery query) { return List.of(); }
    @Override public long countPairs(MatchBand band) { return 0; }
    @Override public List<StoredPair> pairsWithin(long id) { return List.of(); }
    @Override public Optional<StoredPair> pair(RecordKey x, RecordKey y) { return Optional.empty(); }
    @Override public long singletons() { return 0; }
}
