package io.lakefront.domain.identity.workspace;

import io.lakefront.domain.UserError;
import io.lakefront.domain.governance.Actor;
import io.lakefront.domain.governance.AuditEntry;
import io.lakefront.domain.governance.AuditLog;
import io.lakefront.domain.governance.Permission;
import io.lakefront.domain.identity.IdentitySpec;
import io.lakefront.domain.time.WorkspaceClock;

/**
 * Writes an accepted (possibly edited) recommendation for a new source into {@code identity.yaml} through
 * the rules store, as the rules form saves, and audits who accepted what on which reasoning. The next run
 * uses it. A rejected recommendation writes nothing.
 */
public final class AcceptRecommendation {
    private final LoadIdentityRules load;
    private final SaveIdentityRules save;
    private final AuditLog audit;
    private final WorkspaceClock clock;

    public AcceptRecommendation(LoadIdentityRules load, SaveIdentityRules save, AuditLog audit, WorkspaceClock clock) {
        this.load = load;
        this.save = save;
        this.audit = audit;
        this.clock = clock;
    }

    /** Applies the recommendation's changes to the rules now and saves them; returns the rules as saved. */
    public IdentitySpec accept(Actor actor, RuleRecommendation recommendation) {
        actor.require(Permission.RESOLVE_IDENTITIES);
        LoadIdentityRules.RulesText current = load.load(actor);
        if (current.spec() == null) {
            throw new UserError("cannot apply '" + recommendation.title() + "': " + current.location()
                    + " has a problem to fix first: " + current.problem());
        }
        IdentitySpec saved = save.save(actor, recommendation.applyTo(current.spec()));
        audit.append(new AuditEntry(clock.now(), actor.name(), "identity.recommendation_accepted",
                recommendation.source() + ": " + recommendation.describeChanges(), recommendation.reasoning()));
        return saved;
    }
}
