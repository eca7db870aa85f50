package io.lakefront.persistence;

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
import io.lakefront.domain.identity.workspace.SourceUse;
import io.lakefront.domain.identity.workspace.StoredPair;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

/**
 * The workspace's resolution results in H2 (migration V5): committed runs with their details,
 * {@code cluster_assignments} and {@code scored_pairs} as the latest run left them. Runs write
 * through a {@link JdbiResolutionSession}; everything here reads committed data only.
 */
public final class JdbiResolutionStore implements ResolutionStore {
    static final String RUN_COLUMNS = "id, started_at, finished_at, actor, spec_origin, spec_fingerprint, records, "
            + "clusters, largest_cluster, clusters_kept, clusters_new, clusters_retired, candidate_pairs, match_pairs, review_pairs, "
            + "non_match_pairs, deterministic_pairs, pairs_kept, edges_cut, review_items_added, customers, purchases, "
            + "support_tickets, engagement_events, events_unkeyed, millis";
    private static final String PAIR_COLUMNS = "source_a, record_a, source_b, record_b, match_weight, match_probability, "
            + "band, deterministic_rule, cluster_a, cluster_b";
    private static final String PAIR_ORDER = " ORDER BY match_weight DESC, source_a, record_a, source_b, record_b";

    private final Jdbi jdbi;

    JdbiResolutionStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public ResolutionSession begin() {
        return JdbiResolutionSession.open(jdbi);
    }

    @Override
    public Optional<ResolutionRun> latestRun() {
        return jdbi.withHandle(handle -> {
            List<ResolutionRun> runs = runs(handle, handle.createQuery("SELECT " + RUN_COLUMNS + " FROM resolution_runs "
                    + "WHERE id = (SELECT latest_run FROM resolution_state WHERE id = 1)"));
            return runs.stream().findFirst();
        });
    }

    @Override
    public List<ResolutionRun> recentRuns(int limit) {
        return jdbi.withHandle(handle -> runs(handle, handle.createQuery("SELECT " + RUN_COLUMNS
                        + " FROM resolution_runs ORDER BY id DESC LIMIT :limit")
                .bind("limit", JdbiSyncHistory.checked(limit))));
    }

    private static List<ResolutionRun> runs(Handle handle, Query query) {
        List<ResolutionRun> bare = query.map((rs, ctx) -> run(rs)).list();
        List<ResolutionRun> runs = new ArrayList<>(bare.size());
        for (ResolutionRun run : bare) {
            runs.add(withDetails(handle, run));
        }
        return runs;
    }

    @Override
    public java.util.OptionalLong decisionsThrough(long runId) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT decisions_through FROM resolution_runs WHERE id = :id")
                .bind("id", runId)
                .map((rs, ctx) -> {
                    long through = rs.getLong(1);
                    return rs.wasNull() ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(through);
                })
                .findOne().orElse(java.util.OptionalLong.empty()));
    }

    private static ResolutionRun run(ResultSet rs) throws SQLException {
        return new ResolutionRun(rs.getLong("id"), Columns.instant(rs, "started_at"), Columns.instant(rs, "finished_at"),
                rs.getString("actor"), rs.getString("spec_origin"), rs.getString("spec_fingerprint"),
                rs.getLong("records"), rs.getLong("clusters"), rs.getLong("largest_cluster"), rs.getLong("clusters_kept"), rs.getLong("clusters_new"),
                rs.getLong("clusters_retired"), rs.getLong("candidate_pairs"), rs.getLong("match_pairs"),
                rs.getLong("review_pairs"), rs.getLong("non_match_pairs"), rs.getLong("deterministic_pairs"),
                rs.getLong("pairs_kept"), rs.getLong("edges_cut"), rs.getLong("review_items_added"),
                rs.getLong("customers"), rs.getLong("purchases"), rs.getLong("support_tickets"),
                rs.getLong("engagement_events"), rs.getLong("events_unkeyed"), rs.getLong("millis"),
                List.of(), Map.of(), Map.of(), new TreeMap<>(), List.of());
    }

    private record Detail(String kind, String name, long amount, String text) {
    }

    private static ResolutionRun withDetails(Handle handle, ResolutionRun run) {
        List<Detail> details = handle.createQuery("SELECT detail_kind, name, amount, detail FROM resolution_run_details "
                        + "WHERE run_id = :run ORDER BY detail_kind, position")
                .bind("run", run.id())
                .map((rs, ctx) -> new Detail(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4)))
                .list();
        List<SourceUse> sources = new ArrayList<>();
        Map<String, Long> pairsPerRule = new LinkedHashMap<>();
        Map<String, Long> phases = new LinkedHashMap<>();
        TreeMap<Integer, Long> histogram = new TreeMap<>();
        List<String> notes = new ArrayList<>();
        for (Detail detail : details) {
            switch (detail.kind()) {
                case "people_source", "other_source" -> sources.add(new SourceUse(detail.name(),
                        detail.kind().equals("people_source"), detail.amount(), detail.text()));
                case "blocking_rule" -> pairsPerRule.put(detail.name(), detail.amount());
                case "phase" -> phases.put(detail.name(), detail.amount());
                case "weight_bin" -> histogram.put(Integer.parseInt(detail.name()), detail.amount());
                case "note" -> notes.add(detail.text());
                default -> { }
            }
        }
        sources.sort(Comparator.comparing(SourceUse::source));
        return new ResolutionRun(run.id(), run.startedAt(), run.finishedAt(), run.actor(), run.specOrigin(),
                run.specFingerprint(), run.records(), run.clusters(), run.largestCluster(), run.clustersKept(), run.clustersNew(),
                run.clustersRetired(), run.candidatePairs(), run.matchPairs(), run.reviewPairs(), run.nonMatchPairs(),
                run.deterministicPairs(), run.pairsKept(), run.edgesCut(), run.reviewItemsAdded(), run.customers(),
                run.purchases(), run.supportTickets(), run.engagementEvents(), run.eventsUnkeyed(), run.millis(),
                sources, pairsPerRule, phases, histogram, notes);
    }

    @Override
    public ClusterPage clusters(ClusterQuery query) {
        return jdbi.withHandle(handle -> {
            long total = handle.createQuery("SELECT COUNT(*) FROM (SELECT cluster_id FROM cluster_assignments "
                            + "GROUP BY cluster_id HAVING COUNT(*) >= :min) AS big")
                    .bind("min", query.minSize())
                    .mapTo(Long.class)
                    .one();
            List<Long> ids = handle.createQuery("SELECT cluster_id FROM cluster_assignments GROUP BY cluster_id "
                            + "HAVING COUNT(*) >= :min ORDER BY COUNT(*) DESC, cluster_id LIMIT :limit OFFSET :offset")
                    .bind("min", query.minSize())
                    .bind("limit", query.limit())
                    .bind("offset", query.offset())
                    .mapTo(Long.class)
                    .list();
            Map<Long, List<RecordKey>> members = new LinkedHashMap<>();
            ids.forEach(id -> members.put(id, new ArrayList<>()));
            if (!ids.isEmpty()) {
                handle.createQuery("SELECT cluster_id, source, record_id FROM cluster_assignments "
                                + "WHERE cluster_id IN (<ids>) ORDER BY source, record_id")
                        .bindList("ids", ids)
                        .map((rs, ctx) -> {
                            members.get(rs.getLong(1)).add(new RecordKey(rs.getString(2), rs.getString(3)));
                            return null;
                        })
                        .list();
            }
            List<ClusterSummary> clusters = new ArrayList<>(members.size());
            members.forEach((id, keys) -> clusters.add(new ClusterSummary(id, keys)));
            return new ClusterPage(total, clusters);
        });
    }

    @Override
    public Optional<ClusterSummary> cluster(long clusterId) {
        List<RecordKey> members = members(clusterId).stream().map(RecordAssignment::key).toList();
        return members.isEmpty() ? Optional.empty() : Optional.of(new ClusterSummary(clusterId, members));
    }

    @Override
    public Optional<RecordAssignment> assignment(RecordKey key) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT source, record_id, row_no, cluster_id "
                        + "FROM cluster_assignments WHERE source = :source AND record_id = :record")
                .bind("source", key.source())
                .bind("record", key.recordId())
                .map((rs, ctx) -> assignment(rs))
                .findOne());
    }

    @Override
    public List<RecordAssignment> assignments() {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT source, record_id, row_no, cluster_id "
                        + "FROM cluster_assignments ORDER BY source, record_id")
                .map((rs, ctx) -> assignment(rs))
                .list());
    }

    @Override
    public List<RecordAssignment> members(long clusterId) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT source, record_id, row_no, cluster_id "
                        + "FROM cluster_assignments WHERE cluster_id = :cluster ORDER BY source, record_id")
                .bind("cluster", clusterId)
                .map((rs, ctx) -> assignment(rs))
                .list());
    }

    private static RecordAssignment assignment(ResultSet rs) throws SQLException {
        return new RecordAssignment(new RecordKey(rs.getString(1), rs.getString(2)), rs.getLong(3), rs.getLong(4));
    }

    @Override
    public List<StoredPair> pairs(PairQuery query) {
        StringBuilder sql = new StringBuilder("SELECT " + PAIR_COLUMNS + " FROM scored_pairs WHERE 1 = 1");
        if (query.band() != null) {
            sql.append(" AND band = :band");
        }
        if (Double.isFinite(query.minWeight())) {
            sql.append(" AND match_weight >= :min");
        }
        if (Double.isFinite(query.maxWeight())) {
            sql.append(" AND match_weight <= :max");
        }
        sql.append(PAIR_ORDER).append(" LIMIT :limit OFFSET :offset");
        return jdbi.withHandle(handle -> {
            Query select = handle.createQuery(sql.toString())
                    .bind("limit", query.limit())
                    .bind("offset", query.offset());
            if (query.band() != null) {
                select.bind("band", query.band().csvName());
            }
            if (Double.isFinite(query.minWeight())) {
                select.bind("min", query.minWeight());
            }
            if (Double.isFinite(query.maxWeight())) {
                select.bind("max", query.maxWeight());
            }
            return select.map((rs, ctx) -> pair(rs)).list();
        });
    }

    @Override
    public long countPairs(MatchBand band) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM scored_pairs WHERE band = :band")
                .bind("band", band.csvName())
                .mapTo(Long.class)
                .one());
    }

    @Override
    public List<StoredPair> pairsWithin(long clusterId) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT " + PAIR_COLUMNS + " FROM scored_pairs "
                        + "WHERE cluster_a = :cluster AND cluster_b = :cluster" + PAIR_ORDER)
                .bind("cluster", clusterId)
                .map((rs, ctx) -> pair(rs))
                .list());
    }

    @Override
    public Optional<StoredPair> pair(RecordKey x, RecordKey y) {
        RecordKey[] ordered = StoredPair.ordered(x, y);
        return jdbi.withHandle(handle -> handle.createQuery("SELECT " + PAIR_COLUMNS + " FROM scored_pairs "
                        + "WHERE source_a = :sa AND record_a = :ra AND source_b = :sb AND record_b = :rb")
                .bind("sa", ordered[0].source())
                .bind("ra", ordered[0].recordId())
                .bind("sb", ordered[1].source())
                .bind("rb", ordered[1].recordId())
                .map((rs, ctx) -> pair(rs))
                .findOne());
    }

    @Override
    public long singletons() {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM (SELECT cluster_id FROM "
                        + "cluster_assignments GROUP BY cluster_id HAVING COUNT(*) = 1) AS alone")
                .mapTo(Long.class)
                .one());
    }

    private static StoredPair pair(ResultSet rs) throws SQLException {
        return new StoredPair(new RecordKey(rs.getString(1), rs.getString(2)), new RecordKey(rs.getString(3), rs.getString(4)),
                rs.getDouble(5), rs.getDouble(6), MatchBand.valueOf(rs.getString(7).toUpperCase(Locale.ROOT)),
                rs.getString(8), rs.getLong(9), rs.getLong(10));
    }
}
