package io.lakefront.domain.identity.review;

import java.time.Instant;
import java.util.List;

/** Port: the open items of the review band, as the model stage reads and settles them. */
public interface ReviewBand {
    /**
     * Open items that the latest resolution run queued or refreshed, the most uncertain (match weight
     * nearest 0) first; empty when the workspace was never resolved.
     */
    List<OpenReviewItem> open(int limit);

    /** Closes an open item as decided; false when it was no longer open. */
    boolean settle(long itemId, String decidedBy, Instant at);
}
