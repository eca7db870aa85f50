package io.lakefront.domain.audience;

import io.lakefront.domain.UserError;
import io.lakefront.domain.governance.Actor;
import io.lakefront.domain.governance.AuditEntry;
import io.lakefront.domain.governance.AuditLog;
import io.lakefront.domain.governance.Permission;
import io.lakefront.domain.time.WorkspaceClock;
import java.util.ArrayList;
import java.util.List;

/**
 * Saving, deleting and duplicating audiences and switching suppression rules on and off: the changes
 * to {@code audiences/} a marketer makes, each allowed by {@link Permission#EDIT_CAMPAIGNS} and audited.
 */
public final class ManageAudiences {
    private final AudienceStore store;
    private final AuditLog audit;
    private final WorkspaceClock clock;

    public ManageAudiences(AudienceStore store, AuditLog audit, WorkspaceClock clock) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    /** Saves (or replaces) an audience under its name. */
    public SavedAudience save(Actor actor, SavedAudience audience) {
        actor.require(Permission.EDIT_CAMPAIGNS);
        boolean replaced = store.find(audience.name()).isPresent();
        store.save(audience);
        audit.append(new AuditEntry(clock.now(), actor.name(), replaced ? "audience.replaced" : "audience.saved",
                audience.name(), audience.description()));
        return audience;
    }

    /** Saves a copy of {@code name} under the first free {@code name-copy}, {@code name-copy-2}, … */
    public SavedAudience duplicate(Actor actor, String name) {
        SavedAudience original = store.find(name).orElseThrow(() -> new UserError("no saved audience named '" + name + "'"));
        String base = (name.length() > 58 ? name.substring(0, 58) : name) + "-copy";
        String copy = base;
        for (int n = 2; store.find(copy).isPresent(); n++) {
            copy = base + "-" + n;
        }
        return save(actor, new SavedAudience(copy, original.description(), original.filter()));
    }

    /** Deletes an audience; false when there was none of that name (nothing audited then). */
    public boolean delete(Actor actor, String name) {
        actor.require(Permission.EDIT_CAMPAIGNS);
        boolean deleted = store.delete(name);
        if (deleted) {
            audit.append(new AuditEntry(clock.now(), actor.name(), "audience.deleted", name, ""));
        }
        return deleted;
    }

    /** Switches one suppression rule on or off; the rules as they are now. */
    public List<SuppressionRule> enableRule(Actor actor, String rule, boolean enabled) {
        actor.require(Permission.EDIT_CAMPAIGNS);
        List<SuppressionRule> rules = new ArrayList<>(store.suppressionRules());
        boolean found = false;
        for (int i = 0; i < rules.size(); i++) {
            SuppressionRule r = rules.get(i);
            if (r.name().equals(rule)) {
                found = true;
                if (r.enabled() == enabled) {
                    return List.copyOf(rules);
                }
                rules.set(i, new SuppressionRule(r.name(), r.description(), r.filter(), enabled));
            }
        }
        if (!found) {
            throw new UserError("no suppression rule named '" + rule + "'");
        }
        store.saveSuppressionRules(rules);
        audit.append(new AuditEntry(clock.now(), actor.name(), enabled ? "audience.suppression_enabled"
                : "audience.suppression_disabled", rule, ""));
        return List.copyOf(rules);
    }
}
