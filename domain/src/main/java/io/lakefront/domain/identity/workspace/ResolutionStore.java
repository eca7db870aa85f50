package io.lakefront.domain.identity.workspace;

import io.lakefront.domain.identity.MatchBand;
import io.lakefront.domain.identity.RecordKey;
import java.util.List;
import java.util.Optional;

/** Port: the workspace's resolution results — runs, each record's cluster, the latest run's scored pairs. */
public interface ResolutionStore {
    /**
     * Starts a run: takes the workspace's resolution lock, or throws a
     * {@link io.lakefront.domain.UserError} when another run holds it.
     */
    ResolutionSession begin();

    Optional<ResolutionRun> latestRun();

    /** The newest link decision the run respected, when the store knows it. */
    default java.util.OptionalLong decisionsThrough(long runId) {
        return java.util.OptionalLong.empty();
    }

    /** The newest committed runs first. */
    List<ResolutionRun> recentRuns(int limit);

    ClusterPage clusters(ClusterQuery query);

    Optional<ClusterSummary> cluster(long clusterId);

    Optional<RecordAssignment> assignment(RecordKey key);

    /** Every resolved record's cluster, by source and record id. */
    List<RecordAssignment> assignments();

    /** The members of a cluster with their rows. */
    List<RecordAssignment> members(long clusterId);

    List<StoredPair> pairs(PairQuery query);

    long countPairs(MatchBand band);

    /** The stored pairs between two records of the cluster (its edges and the near misses inside it). */
    List<StoredPair> pairsWithin(long clusterId);

    Optional<StoredPair> pair(RecordKey x, RecordKey y);

    /** Records that are alone in their cluster. */
    long singletons();
}
