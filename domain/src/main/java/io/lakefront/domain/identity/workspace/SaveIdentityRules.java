package io.lakefront.domain.identity.workspace;

import io.lakefront.domain.governance.Actor;
import io.lakefront.domain.governance.AuditEntry;
import io.lakefront.domain.governance.AuditLog;
import io.lakefront.domain.governance.Permission;
import io.lakefront.domain.identity.IdentitySpec;
import io.lakefront.domain.time.WorkspaceClock;

/**
 * Saves edited rules to {@code identity.yaml} (the rules editor's Save, form or YAML). The text is
 * checked first: a mistake is a {@link io.lakefront.domain.UserError} naming line and column, and the
 * file stays as it was. The next run uses the saved rules.
 */
public final class SaveIdentityRules {
    private final IdentityRules rules;
    private final AuditLog audit;
    private final WorkspaceClock clock;

    public SaveIdentityRules(IdentityRules rules, AuditLog audit, WorkspaceClock clock) {
        this.rules = rules;
        this.audit = audit;
        this.clock = clock;
    }

    /** Saves the text as written (comments kept). */
    public IdentitySpec saveText(Actor actor, String text) {
        actor.require(Permission.RESOLVE_IDENTITIES);
        IdentitySpec spec = rules.saveText(text);
        record(actor, spec);
        return spec;
    }

    /** Saves rules edited as data (the form), in the canonical text form. */
    public IdentitySpec save(Actor actor, IdentitySpec spec) {
        actor.require(Permission.RESOLVE_IDENTITIES);
        rules.save(spec);
        record(actor, spec);
        return spec;
    }

    private void record(Actor actor, IdentitySpec spec) {
        audit.append(new AuditEntry(clock.now(), actor.name(), "identity.rules_saved", rules.describe(),
                "rules=" + Fingerprint.of(rules.text(spec)).substring(0, 12) + " blocking=" + spec.blocking().size()
                        + " comparisons=" + spec.comparisons().size() + " auto_match=" + spec.thresholds().autoMatch()
                        + " review=" + spec.thresholds().review()));
    }
}
