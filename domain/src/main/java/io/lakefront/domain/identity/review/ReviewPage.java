package io.lakefront.domain.identity.review;

import java.util.List;

/** A page of the open queue in value order, and how many open items match the query in all. */
public record ReviewPage(List<QueueEntry> entries, int total) {
    public ReviewPage {
        entries = List.copyOf(entries);
    }
}
