package io.lakefront.domain.identity.workspace;

import io.lakefront.domain.governance.Actor;
import io.lakefront.domain.governance.AuditEntry;
import io.lakefront.domain.governance.AuditLog;
import io.lakefront.domain.governance.Permission;
import io.lakefront.domain.identity.RecordKey;
import io.lakefront.domain.time.WorkspaceClock;
import java.util.Locale;

/**
 * Records a person's decision that two records are the same person (must-link), are not
 * (cannot-link), or withdraws an earlier decision. Every later resolution run respects the
 * decisions in force; the history stays (append-only) for the audit.
 */
public final class DecideLink {
    private final LinkDecisionLog log;
    private final AuditLog audit;
    private final WorkspaceClock clock;

    public DecideLink(LinkDecisionLog log, AuditLog audit, WorkspaceClock clock) {
        this.log = log;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * @param reviewItem the review queue item this settles, or {@code null}
     */
    public LinkDecision decide(Actor actor, RecordKey a, RecordKey b, LinkDecision.Kind kind, String reason,
                               Long reviewItem) {
        actor.require(Permission.REVIEW_MATCHES);
        LinkDecision decision = new LinkDecision(a, b, kind, actor.name(), clock.now(), reason, reviewItem);
        log.append(decision);
        audit.append(new AuditEntry(decision.decidedAt(), actor.name(), "identity.link_decided",
                decision.a() + " - " + decision.b(), kind.name().toLowerCase(Locale.ROOT)
                        + (decision.reason().isEmpty() ? "" : ": " + decision.reason())));
        return decision;
    }
}
