package io.lakefront.domain.workspace;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalDouble;

/** Port: counts over the workspace's tables, for the Home screen and the command line. */
public interface WorkspaceStats {
    /** Raw records staged over all sources. */
    long stagedRecords();

    /** Rows of {@code gold_customer}. */
    long profiles();

    /** Share of source records merged with at least one other record; empty before resolution. */
    OptionalDouble matchRate();

    long openReviewItems();

    Optional<Instant> lastSync();
}
