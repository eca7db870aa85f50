package io.lakefront.domain.audience.index;

import io.lakefront.domain.task.TaskContext;

/**
 * Port: streams the tables an audience reads (the gold customers with their metrics, then purchases,
 * support tickets and engagement events) into an {@link AudienceIndexBuilder}, row by row, as they are
 * at one moment. The persistence adapter reads the workspace database; tests and benchmarks feed the
 * builder directly.
 */
public interface AudienceSnapshotSource {
    /** Adds every customer, then every event, to {@code builder}; reports progress and honours cancellation. */
    void load(AudienceIndexBuilder builder, TaskContext context);
}
