package io.lakefront.persistence;

import io.lakefront.domain.identity.RecordKey;
import io.lakefront.domain.identity.review.OpenReviewItem;
import io.lakefront.domain.identity.review.ReviewBand;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * The open items of {@code review_items} that the latest committed run queued or refreshed, for the
 * model stage; settling one marks it {@code decided} with who decided and when (the decision itself
 * goes to {@code link_decisions}).
 */
public final class JdbiReviewBand implements ReviewBand {
    static final String DECIDED = "decided";

    private final Jdbi jdbi;

    JdbiReviewBand(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public List<OpenReviewItem> open(int limit) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT item_id, source_a, record_a, source_b, record_b, "
                        + "COALESCE(match_weight, 0) AS weight, score FROM review_items "
                        + "WHERE status = 'open' AND run_id = (SELECT latest_run FROM resolution_state WHERE id = 1) "
                        + "ORDER BY ABS(COALESCE(match_weight, 0)), item_id LIMIT :limit")
                .bind("limit", JdbiSyncHistory.checked(limit))
                .map((rs, ctx) -> new OpenReviewItem(rs.getLong("item_id"),
                        new RecordKey(rs.getString("source_a"), rs.getString("record_a")),
                        new RecordKey(rs.getString("source_b"), rs.getString("record_b")),
                        rs.getDouble("weight"), rs.getDouble("score")))
                .list());
    }

    @Override
    public boolean settle(long itemId, String decidedBy, Instant at) {
        return jdbi.withHandle(handle -> handle.createUpdate("UPDATE review_items SET status = '" + DECIDED + "', "
                        + "decided_at = :at, decided_by = :by WHERE item_id = :item AND status = 'open'")
                .bind("at", at)
                .bind("by", decidedBy)
                .bind("item", itemId)
                .execute()) == 1;
    }
}
