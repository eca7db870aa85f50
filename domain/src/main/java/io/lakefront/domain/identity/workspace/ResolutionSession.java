package io.lakefront.domain.identity.workspace;

import io.lakefront.domain.gold.GoldSink;
import io.lakefront.domain.identity.PreviousClusters;
import java.time.Instant;
import java.util.List;

/**
 * Port: one resolution run's hold on the workspace. It holds the workspace's resolution lock from
 * {@link ResolutionStore#begin()} on, so no other run (in this process or another) can interleave;
 * everything written through it becomes visible at once on {@link #commit}, and nothing of it
 * if the session is closed without a commit (a failed or cancelled run changes nothing).
 */
public interface ResolutionSession extends AutoCloseable {
    /** The id this run will have once committed. */
    long runId();

    /** Each record's cluster id as the last committed run left it, and the next id never handed out. */
    PreviousClusters previous();

    /** Replaces every record's cluster. */
    void replaceAssignments(List<RecordAssignment> assignments);

    /** Replaces the stored scored pairs. */
    void replacePairs(List<StoredPair> pairs);

    /**
     * Queues the review band: a pair with an open item keeps it (score refreshed), a new pair gets an
     * open item, and an open item whose pair is not in {@code reviewPairs} any more is closed as superseded.
     */
    ReviewQueueChange queueForReview(List<StoredPair> reviewPairs, Instant at);

    /** Where the gold build writes; the gold and event tables start empty for this run. */
    GoldSink gold();

    /**
     * Makes everything written visible at once, records the run and the next cluster id, and
     * releases the lock.
     */
    void commit(ResolutionRun run, long nextClusterId);

    /** Remembers, with the run at its commit, the newest link decision it respected. */
    default void decisionsThrough(long decisionId) {
    }

    /** Releases the lock; without a commit everything written is undone. */
    @Override
    void close();
}
