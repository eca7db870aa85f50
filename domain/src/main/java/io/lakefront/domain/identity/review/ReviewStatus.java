package io.lakefront.domain.identity.review;

import java.util.Locale;

/**
 * Where a review item stands: waiting in the queue, answered by a person (decided or skipped), or
 * closed by a resolution run because its pair left the review band.
 */
public enum ReviewStatus {
    OPEN, DECIDED, SKIPPED, SUPERSEDED;

    /** The value in the {@code review_items.status} column. */
    public String column() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads the column; a status another stage wrote (not one of these) reads as closed: superseded. */
    public static ReviewStatus ofColumn(String value) {
        for (ReviewStatus status : values()) {
            if (status.column().equals(value)) {
                return status;
            }
        }
        return SUPERSEDED;
    }
}
