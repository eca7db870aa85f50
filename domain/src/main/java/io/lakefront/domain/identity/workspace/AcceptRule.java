package io.lakefront.domain.identity.workspace;

import io.lakefront.domain.UserError;
import io.lakefront.domain.governance.Actor;
import io.lakefront.domain.governance.AuditEntry;
import io.lakefront.domain.governance.AuditLog;
import io.lakefront.domain.governance.Permission;
import io.lakefront.domain.identity.DeterministicRule;
import io.lakefront.domain.identity.IdentitySpec;
import io.lakefront.domain.time.WorkspaceClock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Adds an accepted rule proposal ({@link ProposeRules}) to {@code identity.yaml}, as the rules form
 * saves it, and audits who accepted what on which evidence. The next run uses it. A rejected proposal
 * is simply not accepted: nothing is written.
 */
public final class AcceptRule {
    private final LoadIdentityRules load;
    private final SaveIdentityRules save;
    private final AuditLog audit;
    private final WorkspaceClock clock;

    public AcceptRule(LoadIdentityRules load, SaveIdentityRules save, AuditLog audit, WorkspaceClock clock) {
        this.load = load;
        this.save = save;
        this.audit = audit;
        this.clock = clock;
    }

    /** Adds the rule after the existing deterministic rules and saves; returns the rules as saved. */
    public IdentitySpec accept(Actor actor, ProposeRules.Proposal proposal) {
        actor.require(Permission.RESOLVE_IDENTITIES);
        LoadIdentityRules.RulesText current = load.load(actor);
        if (current.spec() == null) {
            throw new UserError("cannot add the rule '" + proposal.rule().name() + "': " + current.location()
                    + " has a problem to fix first: " + current.problem());
        }
        IdentitySpec spec = current.spec();
        Set<String> fields = Set.copyOf(proposal.rule().fields());
        List<DeterministicRule> rules = new ArrayList<>(spec.deterministicRules());
        for (DeterministicRule existing : rules) {
            if (Set.copyOf(existing.fields()).equals(fields)) {
                throw new UserError("the rules already settle pairs on " + String.join(" + ", proposal.rule().fields())
                        + " (rule '" + existing.name() + "' in " + current.location() + ")");
            }
        }
        String name = proposal.rule().name();
        if (rules.stream().anyMatch(r -> r.name().equals(name))) {
            throw new UserError("a deterministic rule named '" + name + "' with other fields is already in "
                    + current.location());
        }
        rules.add(proposal.rule());
        IdentitySpec saved = save.save(actor, spec.withDeterministicRules(rules));
        audit.append(new AuditEntry(clock.now(), actor.name(), "identity.rule_accepted", proposal.rule().name(),
                proposal.reasoning()));
        return saved;
    }
}
