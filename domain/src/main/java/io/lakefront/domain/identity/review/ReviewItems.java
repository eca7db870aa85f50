package io.lakefront.domain.identity.review;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Port: the review queue's items ({@code review_items}). Resolution runs add and supersede items
 * (through their session); people close them here with an answer and re-open them on undo.
 */
public interface ReviewItems {
    /** Every open item with its records' current clusters and their sizes, oldest item first. */
    List<QueuedPair> open();

    Optional<ReviewItem> item(long id);

    /** A fresh decision batch number, never handed out twice. */
    long nextBatch();

    /**
     * Closes an open item with a person's answer ({@code decided}, or {@code skipped} for a skip).
     *
     * @return false when the item was not open (someone else answered it, or a run superseded it)
     */
    boolean close(long id, ReviewAnswer answer, String decidedBy, Instant decidedAt, long batch);

    /** The items of this person's newest batch that are still closed with their answer; empty when none. */
    List<ReviewItem> lastBatch(String decidedBy);

    /** Opens an answered item again (undo): answer, batch, decided_at and decided_by are cleared. */
    void reopen(long id);

    /** Items people answered, newest first. */
    List<ReviewItem> answered(int limit);
}
