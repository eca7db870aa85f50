package io.lakefront.domain.identity.workspace;

import io.lakefront.domain.identity.LinkConstraint;
import io.lakefront.domain.identity.RecordKey;
import java.util.Collection;
import java.util.List;

/** Port: people's must-link / cannot-link decisions, append-only; every resolution run respects those in force. */
public interface LinkDecisionLog {
    void append(LinkDecision decision);

    /** The newest decisions first. */
    List<LinkDecision> history(int limit);

    /** Every decision, withdrawn or not, that names one of these records, oldest first. */
    List<LinkDecision> about(Collection<RecordKey> records);

    /** Each pair's latest decision, unless that was a withdrawal, oldest first. */
    List<LinkConstraint> inForce();

    /** A snapshot of the decisions in force: the constraints and the newest decision's id (0 when none). */
    record InForce(List<LinkConstraint> constraints, long through) {
        public InForce {
            constraints = List.copyOf(constraints);
        }
    }

    /** The decisions in force now, with the id they run through. */
    default InForce snapshot() {
        return new InForce(inForce(), Long.MAX_VALUE);
    }

    /** The decisions that were in force when the decision {@code through} was the newest. */
    default List<LinkConstraint> inForceThrough(long through) {
        return inForce();
    }
}
