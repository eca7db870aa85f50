package io.lakefront.domain.identity.review;

import io.lakefront.domain.identity.RecordKey;
import io.lakefront.domain.identity.workspace.StoredPair;
import java.time.Instant;
import java.util.Objects;

/**
 * One row of the review queue: a pair from the review band, its match weight when the last run
 * queued it, and — once a person (or a run) closed it — who did, when, with which answer and in which
 * batch (one answer is a batch of one; a bulk decision shares one batch, so undo takes it back whole).
 * {@code a} sorts before {@code b}, as in {@link StoredPair}.
 *
 * @param answer  the person's answer, or {@code null} while open or when a run superseded the item
 * @param batch   the decision batch, or {@code null} unless a person answered
 */
public record ReviewItem(long id, RecordKey a, RecordKey b, double matchWeight, double matchProbability,
                         ReviewStatus status, Instant createdAt, Long runId, ReviewAnswer answer, String decidedBy,
                         Instant decidedAt, Long batch) {
    public ReviewItem {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(status, "status");
    }

    public boolean open() {
        return status == ReviewStatus.OPEN;
    }
}
