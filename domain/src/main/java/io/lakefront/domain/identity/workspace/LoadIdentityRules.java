package io.lakefront.domain.identity.workspace;

import io.lakefront.domain.UserError;
import io.lakefront.domain.governance.Actor;
import io.lakefront.domain.governance.Permission;
import io.lakefront.domain.identity.IdentitySpec;
import io.lakefront.domain.identity.mapping.SpecForFields;

/**
 * The workspace's rules for the rules editor: the text of {@code identity.yaml} as written, or — before
 * the first run wrote it — the zero-configuration rules for the person fields the prepared sources'
 * tags give, not yet saved. A file someone broke by hand still loads, with its problem, so that it can
 * be fixed in the editor.
 */
public final class LoadIdentityRules {
    /**
     * The rules as text and, when the text reads, as data.
     *
     * @param spec    the rules, or {@code null} when the text has a problem
     * @param saved   false for rules proposed but not in the file yet
     * @param problem what is wrong with the text (file, line, column), or {@code null}
     */
    public record RulesText(String text, IdentitySpec spec, boolean saved, String location, String problem) {
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
                .map(text -> {
                    try {
                        return new RulesText(text, rules.parse(text), true, rules.describe(), null);
                    } catch (UserError problem) {
                        return new RulesText(text, null, true, rules.describe(), problem.getMessage());
                    }
                })
                .orElseGet(() -> {
                    IdentitySpec proposed = SpecForFields.zeroConfig(PersonFieldsOfTags.present(sources)).spec();
                    return new RulesText(rules.text(proposed), proposed, false, rules.describe(), null);
                });
    }
}
