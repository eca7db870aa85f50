package io.lakefront.persistence;

import io.lakefront.domain.source.SchemaDrift;
import io.lakefront.domain.source.SyncHistory;
import io.lakefront.domain.source.SyncMode;
import io.lakefront.domain.source.SyncRun;
import io.lakefront.domain.source.SyncStatus;
import io.lakefront.domain.source.ValueType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;

/** Append-only history of syncs, newest first, each with its counts and the schema drift it found. */
public final class JdbiSyncHistory implements SyncHistory {
    private static final String COLUMNS = "source, started_at, finished_at, status, rows_read, rows_staged, "
            + "rows_quarantined, message, mode, rows_inserted, rows_updated, rows_unchanged, rows_skipped";

    private final Jdbi jdbi;

    JdbiSyncHistory(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void record(SyncRun run) {
        jdbi.useTransaction(handle -> {
            long id = handle.createUpdate("INSERT INTO sync_runs (" + COLUMNS + ") VALUES (:source, :startedAt, "
                            + ":finishedAt, :status, :rowsRead, :rowsStaged, :rowsQuarantined, :message, :mode, "
                            + ":rowsInserted, :rowsUpdated, :rowsUnchanged, :rowsSkipped)")
                    .bind("source", run.source())
                    .bind("startedAt", run.startedAt())
                    .bind("finishedAt", run.finishedAt())
                    .bind("status", run.status().name())
                    .bind("rowsRead", run.rowsRead())
                    .bind("rowsStaged", run.rowsStaged())
                    .bind("rowsQuarantined", run.rowsQuarantined())
                    .bind("message", run.message())
                    .bind("mode", run.mode().name())
                    .bind("rowsInserted", run.rowsInserted())
                    .bind("rowsUpdated", run.rowsUpdated())
                    .bind("rowsUnchanged", run.rowsUnchanged())
                    .bind("rowsSkipped", run.rowsSkipped())
                    .executeAndReturnGeneratedKeys("id")
                    .mapTo(Long.class)
                    .one();
            if (!run.drift().isEmpty()) {
                PreparedBatch batch = handle.prepareBatch("INSERT INTO sync_drift (run_id, position, change_kind, "
                        + "column_name, type_before, type_after) VALUES (?, ?, ?, ?, ?, ?)");
                for (int i = 0; i < run.drift().size(); i++) {
                    SchemaDrift drift = run.drift().get(i);
                    batch.add(id, i, drift.change().name(), drift.column(), name(drift.before()), name(drift.after()));
                }
                batch.execute();
            }
        });
    }

    @Override
    public List<SyncRun> forSource(String sourceName, int limit) {
        return jdbi.withHandle(handle -> read(handle, handle.createQuery("SELECT id, " + COLUMNS
                        + " FROM sync_runs WHERE source = :source ORDER BY started_at DESC, id DESC LIMIT :limit")
                .bind("source", sourceName)
                .bind("limit", checked(limit))));
    }

    @Override
    public List<SyncRun> recent(int limit) {
        return jdbi.withHandle(handle -> read(handle, handle.createQuery("SELECT id, " + COLUMNS + " FROM sync_runs "
                        + "ORDER BY started_at DESC, id DESC LIMIT :limit")
                .bind("limit", checked(limit))));
    }

    /** The runs, then their drift in one more query (most runs have none). */
    private static List<SyncRun> read(Handle handle, Query runs) {
        List<Row> rows = runs.map((rs, ctx) -> new Row(rs.getLong("id"), new SyncRun(rs.getString("source"),
                Columns.instant(rs, "started_at"), Columns.instant(rs, "finished_at"),
                SyncStatus.valueOf(rs.getString("status")), rs.getLong("rows_read"), rs.getLong("rows_staged"),
                rs.getLong("rows_quarantined"), rs.getString("message"), SyncMode.valueOf(rs.getString("mode")),
                rs.getLong("rows_inserted"), rs.getLong("rows_updated"), rs.getLong("rows_unchanged"),
                rs.getLong("rows_skipped"), List.of()))).list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<SchemaDrift>> drift = new HashMap<>();
        handle.createQuery("SELECT run_id, change_kind, column_name, type_before, type_after FROM sync_drift "
                        + "WHERE run_id IN (<ids>) ORDER BY run_id, position")
                .bindList("ids", rows.stream().map(Row::id).toList())
                .map((rs, ctx) -> Map.entry(rs.getLong(1), new SchemaDrift(SchemaDrift.Change.valueOf(rs.getString(2)),
                        rs.getString(3), type(rs.getString(4)), type(rs.getString(5)))))
                .forEach(e -> drift.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        List<SyncRun> result = new ArrayList<>(rows.size());
        for (Row row : rows) {
            SyncRun r = row.run();
            result.add(new SyncRun(r.source(), r.startedAt(), r.finishedAt(), r.status(), r.rowsRead(), r.rowsStaged(),
                    r.rowsQuarantined(), r.message(), r.mode(), r.rowsInserted(), r.rowsUpdated(), r.rowsUnchanged(),
                    r.rowsSkipped(), drift.getOrDefault(row.id(), List.of())));
        }
        return result;
    }

    private static String name(ValueType type) {
        return type == null ? null : type.name();
    }

    private static ValueType type(String name) {
        return name == null ? null : ValueType.valueOf(name);
    }

    static int checked(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be 0 or more, was " + limit);
        }
        return limit;
    }

    private record Row(long id, SyncRun run) {
    }
}
