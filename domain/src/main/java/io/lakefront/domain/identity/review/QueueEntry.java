package io.lakefront.domain.identity.review;

/** One line of the review queue as listed: the item, its records' clusters and sizes, and its value. */
public record QueueEntry(QueuedPair pair, ReviewValue value) {
    public ReviewItem item() {
        return pair.item();
    }

    /** Why the item is where it is, for a list line. */
    public String why() {
        return value.why(pair.sameCluster());
    }
}
