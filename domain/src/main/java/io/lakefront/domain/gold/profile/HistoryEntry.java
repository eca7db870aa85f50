package io.lakefront.domain.gold.profile;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of a customer's merge/split history: a person's link decision about its records (the
 * cannot-links of one split grouped into one line) or an audit entry about its cluster.
 */
public record HistoryEntry(Instant at, String actor, String what, String reason) {
    public HistoryEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(what, "what");
        reason = reason == null ? "" : reason;
    }
}
