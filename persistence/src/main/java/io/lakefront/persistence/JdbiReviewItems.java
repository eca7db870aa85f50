package io.lakefront.persistence;

import io.lakefront.domain.identity.RecordKey;
import io.lakefront.domain.identity.review.QueuedPair;
import io.lakefront.domain.identity.review.ReviewAnswer;
import io.lakefront.domain.identity.review.ReviewItem;
import io.lakefront.domain.identity.review.ReviewItems;
import io.lakefront.domain.identity.review.ReviewStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * The review queue in {@code review_items} (migrations V2, V5, V6). Runs write items through their
 * session; this adapter lists open items with their records' clusters and closes and re-opens items
 * for people. Closing only ever touches an open item, so two stewards cannot answer one item twice.
 */
public final class JdbiReviewItems implements ReviewItems {
    private static final String COLUMNS = "r.item_id, r.source_a, r.record_a, r.source_b, r.record_b, r.score, "
            + "r.match_weight, r.status, r.created_at, r.run_id, r.answer, r.decided_by, r.decided_at, r.decision_batch";

    private final Jdbi jdbi;

    JdbiReviewItems(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public List<QueuedPair> open() {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS + ", "
                        + "COALESCE(ca.cluster_id, 0) AS cluster_a, COALESCE(cb.cluster_id, 0) AS cluster_b, "
                        + "(SELECT COUNT(*) FROM cluster_assignments x WHERE x.cluster_id = ca.cluster_id) AS size_a, "
                        + "(SELECT COUNT(*) FROM cluster_assignments y WHERE y.cluster_id = cb.cluster_id) AS size_b "
                        + "FROM review_items r "
                        + "LEFT JOIN cluster_assignments ca ON ca.source = r.source_a AND ca.record_id = r.record_a "
                        + "LEFT JOIN cluster_assignments cb ON cb.source = r.source_b AND cb.record_id = r.record_b "
                        + "WHERE r.status = :open ORDER BY r.item_id")
                .bind("open", ReviewStatus.OPEN.column())
                .map((rs, ctx) -> new QueuedPair(item(rs), rs.getLong("cluster_a"), rs.getLong("size_a"),
                        rs.getLong("cluster_b"), rs.getLong("size_b")))
                .list());
    }

    @Override
    public Optional<ReviewItem> item(long id) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM review_items r WHERE r.item_id = :id")
                .bind("id", id)
                .map((rs, ctx) -> item(rs))
                .findOne());
    }

    @Override
    public long nextBatch() {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT NEXT VALUE FOR review_decision_batch")
                .mapTo(Long.class)
                .one());
    }

    @Override
    public boolean close(long id, ReviewAnswer answer, String decidedBy, Instant decidedAt, long batch) {
        ReviewStatus status = answer == ReviewAnswer.SKIP ? ReviewStatus.SKIPPED : ReviewStatus.DECIDED;
        return jdbi.withHandle(handle -> handle.createUpdate("UPDATE review_items SET status = :status, answer = :answer, "
                        + "decided_by = :by, decided_at = :at, decision_batch = :batch WHERE item_id = :id AND status = :open")
                .bind("status", status.column())
                .bind("answer", column(answer))
                .bind("by", decidedBy)
                .bind("at", decidedAt)
                .bind("batch", batch)
                .bind("id", id)
                .bind("open", ReviewStatus.OPEN.column())
                .execute()) == 1;
    }

    @Override
    public List<ReviewItem> lastBatch(String decidedBy) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM review_items r "
                        + "WHERE r.decision_batch = (SELECT MAX(decision_batch) FROM review_items "
                        + "WHERE decided_by = :by AND status IN (:decided, :skipped)) "
                        + "AND r.decided_by = :by AND r.status IN (:decided, :skipped) ORDER BY r.item_id")
                .bind("by", decidedBy)
                .bind("decided", ReviewStatus.DECIDED.column())
                .bind("skipped", ReviewStatus.SKIPPED.column())
                .map((rs, ctx) -> item(rs))
                .list());
    }

    @Override
    public void reopen(long id) {
        jdbi.useHandle(handle -> handle.createUpdate("UPDATE review_items SET status = :open, answer = NULL, "
                        + "decided_by = NULL, decided_at = NULL, decision_batch = NULL "
                        + "WHERE item_id = :id AND status IN (:decided, :skipped)")
                .bind("open", ReviewStatus.OPEN.column())
                .bind("id", id)
                .bind("decided", ReviewStatus.DECIDED.column())
                .bind("skipped", ReviewStatus.SKIPPED.column())
                .execute());
    }

    @Override
    public List<ReviewItem> answered(int limit) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM review_items r "
                        + "WHERE r.status IN (:decided, :skipped) ORDER BY r.decision_batch DESC, r.item_id DESC LIMIT :limit")
                .bind("decided", ReviewStatus.DECIDED.column())
                .bind("skipped", ReviewStatus.SKIPPED.column())
                .bind("limit", JdbiSyncHistory.checked(limit))
                .map((rs, ctx) -> item(rs))
                .list());
    }

    private static String column(ReviewAnswer answer) {
        return answer.name().toLowerCase(Locale.ROOT);
    }

    private static ReviewItem item(ResultSet rs) throws SQLException {
        double weight = rs.getDouble("match_weight");
        if (rs.wasNull()) {
            weight = Double.NaN;
        }
        long run = rs.getLong("run_id");
        Long runId = rs.wasNull() ? null : run;
        long batch = rs.getLong("decision_batch");
        Long batchId = rs.wasNull() ? null : batch;
        String answer = rs.getString("answer");
        return new ReviewItem(rs.getLong("item_id"), new RecordKey(rs.getString("source_a"), rs.getString("record_a")),
                new RecordKey(rs.getString("source_b"), rs.getString("record_b")), weight, rs.getDouble("score"),
                ReviewStatus.ofColumn(rs.getString("status")), Columns.instant(rs, "created_at"), runId,
                answer == null ? null : ReviewAnswer.valueOf(answer.toUpperCase(Locale.ROOT)),
                rs.getString("decided_by"), Columns.instant(rs, "decided_at"), batchId);
    }
}
