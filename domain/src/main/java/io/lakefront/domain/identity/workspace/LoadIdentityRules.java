package io.lakefront.domain.identity.workspace;

import io.lakefront.domain.governance.Actor;
import io.lakefront.domain.governance.Permission;
import io.lakefront.domain.identity.IdentitySpec;
import io.lakefront.domain.identity.mapping.SpecForFields;

/**
 * The workspace's rules for the rules editor: the text of {@code identity.yaml} as written, or — before
 * the first run wrote it — the zero-configuration rules for the person fields the prepared sources'
 * tags give, not yet saved.
 */
public final class LoadIdentityRules {
    /** The rules as text and as data; {@code saved} is false for rules proposed but not in the file yet. */
    public record RulesText(String text, IdentitySpec spec, boolean saved, String location) {
    }

    private final IdentityRules rules;
    private final PreparedSources sources;

    public LoadIdentityRules(IdentityRules rules, PreparedSources sources) {
        this.rules = rules;
        this.sources = sources;
    }

    public RulesText load(Actor actor) {
        actor.require(Permission.VIEW_WORKSPACE);
        return rules.readText()
                .map(text -> new RulesText(text, rules.parse(text), true, rules.describe()))
                .orElseGet(() -> {
                    IdentitySpec proposed = SpecForFields.zeroConfig(PersonFieldsOfTags.present(sources)).spec();
                    return new RulesText(rules.text(proposed), proposed, false, rules.describe());
                });
    }
}
