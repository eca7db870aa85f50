package io.lakefront.persistence;

import io.lakefront.domain.workspace.WorkspaceStats;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalDouble;
import org.jdbi.v3.core.Jdbi;

/** Counts over the workspace's tables for the Home screen and the command line. */
public final class JdbiWorkspaceStats implements WorkspaceStats {
    private final Jdbi jdbi;

    JdbiWorkspaceStats(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Rows of the last committed sync of every source. */
    @Override
    public long stagedRecords() {
        return count("SELECT COALESCE(SUM(row_count), 0) FROM staged_sources");
    }

    @Override
    public long profiles() {
        return count("SELECT COUNT(*) FROM gold_customer");
    }

    /**
     * Source records that belong to a customer made of more than one record, over all source
     * records in the gold table; empty while the gold table is empty.
     */
    @Override
    public OptionalDouble matchRate() {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT SUM(source_record_count) AS total, "
                        + "SUM(CASE WHEN source_record_count > 1 THEN source_record_count ELSE 0 END) AS merged "
                        + "FROM gold_customer")
                .map((rs, ctx) -> {
                    long total = rs.getLong("total");
                    return total == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) rs.getLong("merged") / total);
                })
                .one());
    }

    @Override
    public long openReviewItems() {
        return count("SELECT COUNT(*) FROM review_items WHERE status = 'open'");
    }

    /** When the newest sync finished, whatever its outcome. */
    @Override
    public Optional<Instant> lastSync() {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT MAX(finished_at) AS finished FROM sync_runs")
                .map((rs, ctx) -> Optional.ofNullable(Columns.instant(rs, "finished")))
                .one());
    }

    private long count(String sql) {
        return jdbi.withHandle(handle -> handle.createQuery(sql).mapTo(Long.class).one());
    }
}
