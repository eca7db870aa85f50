package io.lakefront.domain.identity.workspace;

import io.lakefront.domain.identity.LinkConstraint;
import io.lakefront.domain.identity.RecordKey;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A person's decision about two records, as the append-only history keeps it: must-link,
 * cannot-link, or withdrawn (which lifts the pair's earlier decision). The latest decision of a
 * pair is in force. {@code a} sorts before {@code b} (source, then record id).
 *
 * @param reviewItem the review queue item the decision settled, or {@code null}
 */
public record LinkDecision(RecordKey a, RecordKey b, Kind kind, String decidedBy, Instant decidedAt, String reason,
                           Long reviewItem) {
    public enum Kind { MUST_LINK, CANNOT_LINK, WITHDRAWN }

    /** {@code decidedBy} of a language model's verdict: {@code model:<provider>/<model>}. */
    public static final String MODEL_PREFIX = "model:";

    public LinkDecision {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(decidedBy, "decidedBy");
        Objects.requireNonNull(decidedAt, "decidedAt");
        reason = reason == null ? "" : reason;
        if (a.equals(b)) {
            throw new IllegalArgumentException("a link decision needs two different records, got " + a + " twice");
        }
        RecordKey[] ordered = StoredPair.ordered(a, b);
        a = ordered[0];
        b = ordered[1];
    }

    /** The constraint the engine respects, or empty for a withdrawal. */
    public Optional<LinkConstraint> constraint() {
        double weight = decidedBy.startsWith(MODEL_PREFIX) ? LinkConstraint.MODEL_LABEL_WEIGHT : 1.0;
        return switch (kind) {
            case MUST_LINK -> Optional.of(LinkConstraint.mustLink(a, b).withLabelWeight(weight));
            case CANNOT_LINK -> Optional.of(LinkConstraint.cannotLink(a, b).withLabelWeight(weight));
            case WITHDRAWN -> Optional.empty();
        };
    }
}
