package io.lakefront.persistence;

import io.lakefront.domain.identity.LinkConstraint;
import io.lakefront.domain.identity.RecordKey;
import io.lakefront.domain.identity.workspace.LinkDecision;
import io.lakefront.domain.identity.workspace.LinkDecisionLog;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;

/**
 * People's link decisions in {@code link_decisions}: insert and read only (triggers refuse UPDATE and
 * DELETE). The decision in force for a pair is its newest row.
 */
public final class JdbiLinkDecisionLog implements LinkDecisionLog {
    private static final String COLUMNS = "id, source_a, record_a, source_b, record_b, decision, decided_by, decided_at, "
            + "reason, review_item";

    private final Jdbi jdbi;

    JdbiLinkDecisionLog(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void append(LinkDecision decision) {
        jdbi.useHandle(handle -> handle.createUpdate("INSERT INTO link_decisions (source_a, record_a, source_b, record_b, "
                        + "decision, decided_by, decided_at, reason, review_item) VALUES (:sa, :ra, :sb, :rb, :decision, "
                        + ":by, :at, :reason, :item)")
                .bind("sa", decision.a().source())
                .bind("ra", decision.a().recordId())
                .bind("sb", decision.b().source())
                .bind("rb", decision.b().recordId())
                .bind("decision", decision.kind().name().toLowerCase(Locale.ROOT))
                .bind("by", decision.decidedBy())
                .bind("at", decision.decidedAt())
                .bind("reason", decision.reason())
                .bind("item", decision.reviewItem())
                .execute());
    }

    @Override
    public List<LinkDecision> history(int limit) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM link_decisions ORDER BY id DESC "
                        + "LIMIT :limit")
                .bind("limit", JdbiSyncHistory.checked(limit))
                .map((rs, ctx) -> decision(rs))
                .list());
    }

    @Override
    public List<LinkDecision> about(Collection<RecordKey> records) {
        if (records.isEmpty()) {
            return List.of();
        }
        Set<RecordKey> wanted = Set.copyOf(records);
        List<String> sources = wanted.stream().map(RecordKey::source).distinct().toList();
        List<String> ids = wanted.stream().map(RecordKey::recordId).distinct().toList();
        // Narrow by ids in SQL, then keep the rows whose (source, record) pairs really are among the records.
        return jdbi.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM link_decisions "
                        + "WHERE (source_a IN (<sources>) AND record_a IN (<ids>)) OR (source_b IN (<sources>) AND record_b IN (<ids>)) "
                        + "ORDER BY id")
                .bindList("sources", sources)
                .bindList("ids", ids)
                .map((rs, ctx) -> decision(rs))
                .list())
                .stream()
                .filter(decision -> wanted.contains(decision.a()) || wanted.contains(decision.b()))
                .toList();
    }

    @Override
    public List<LinkConstraint> inForce() {
        return inForceThrough(Long.MAX_VALUE);
    }

    @Override
    public InForce snapshot() {
        return jdbi.inTransaction(handle -> {
            long through = handle.createQuery("SELECT COALESCE(MAX(id), 0) FROM link_decisions").mapTo(Long.class).one();
            return new InForce(inForceThrough(handle, through), through);
        });
    }

    @Override
    public List<LinkConstraint> inForceThrough(long through) {
        return jdbi.withHandle(handle -> inForceThrough(handle, through));
    }

    private static List<LinkConstraint> inForceThrough(org.jdbi.v3.core.Handle handle, long through) {
        Map<List<RecordKey>, LinkDecision> latest = new LinkedHashMap<>();
        handle.createQuery("SELECT " + COLUMNS + " FROM link_decisions WHERE id <= :through ORDER BY id")
                .bind("through", through)
                .map((rs, ctx) -> decision(rs))
                .forEach(decision -> {
                    List<RecordKey> pair = List.of(decision.a(), decision.b());
                    latest.remove(pair);
                    latest.put(pair, decision);
                });
        List<LinkConstraint> constraints = new ArrayList<>();
        for (LinkDecision decision : latest.values()) {
            decision.constraint().ifPresent(constraints::add);
        }
        return constraints;
    }

    private static LinkDecision decision(ResultSet rs) throws SQLException {
        long item = rs.getLong("review_item");
        return new LinkDecision(new RecordKey(rs.getString("source_a"), rs.getString("record_a")),
                new RecordKey(rs.getString("source_b"), rs.getString("record_b")),
                LinkDecision.Kind.valueOf(rs.getString("decision").toUpperCase(Locale.ROOT)), rs.getString("decided_by"),
                Columns.instant(rs, "decided_at"), rs.getString("reason"), rs.wasNull() ? null : item);
    }
}
