package io.lakefront.persistence;

import io.lakefront.domain.source.SyncHistory;
import io.lakefront.domain.source.SyncRun;
import io.lakefront.domain.source.SyncStatus;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

/** Append-only history of syncs, newest first. */
public final class JdbiSyncHistory implements SyncHistory {
    private static final String COLUMNS =
            "source, started_at, finished_at, status, rows_read, rows_staged, rows_quarantined, message";
    private static final RowMapper<SyncRun> RUN = (rs, ctx) -> new SyncRun(rs.getString("source"),
            Columns.instant(rs, "started_at"), Columns.instant(rs, "finished_at"),
            SyncStatus.valueOf(rs.getString("status")), rs.getLong("rows_read"), rs.getLong("rows_staged"),
            rs.getLong("rows_quarantined"), rs.getString("message"));

    private final Jdbi jdbi;

    JdbiSyncHistory(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void record(SyncRun run) {
        jdbi.useHandle(handle -> handle.createUpdate("INSERT INTO sync_runs (" + COLUMNS + ") VALUES "
                        + "(:source, :startedAt, :finishedAt, :status, :rowsRead, :rowsStaged, :rowsQuarantined, :message)")
                .bind("source", run.source())
                .bind("startedAt", run.startedAt())
                .bind("finishedAt", run.finishedAt())
                .bind("status", run.status().name())
                .bind("rowsRead", run.rowsRead())
                .bind("rowsStaged", run.rowsStaged())
                .bind("rowsQuarantined", run.rowsQuarantined())
                .bind("message", run.message())
                .execute());
    }

    @Override
    public List<SyncRun> forSource(String sourceName, int limit) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM sync_runs WHERE source = :source "
                        + "ORDER BY started_at DESC, id DESC LIMIT :limit")
                .bind("source", sourceName)
                .bind("limit", checked(limit))
                .map(RUN)
                .list());
    }

    @Override
    public List<SyncRun> recent(int limit) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM sync_runs "
                        + "ORDER BY started_at DESC, id DESC LIMIT :limit")
                .bind("limit", checked(limit))
                .map(RUN)
                .list());
    }

    static int checked(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be 0 or more, was " + limit);
        }
        return limit;
    }
}
