package io.lakefront.domain.identity.workspace;

import io.lakefront.domain.identity.IdentitySpec;
import io.lakefront.domain.identity.mapping.SpecForFields;
import java.util.List;
import java.util.Set;

/**
 * The rules a run uses: the ones given for this run (a {@code --config} file), else the workspace's
 * {@code identity.yaml}, else — on the first run — the zero-configuration rules fitted to the person
 * fields the sources' tags give, which the run writes to {@code identity.yaml} once it has committed,
 * for people to read and edit.
 */
record ChosenRules(IdentitySpec spec, String origin, boolean writeAfterRun, List<String> dropped) {
    static final String BUILT = "built from the sources' tags";

    ChosenRules {
        dropped = List.copyOf(dropped);
    }

    static ChosenRules choose(IdentityRules rules, IdentitySpec given, String givenOrigin, Set<String> fieldsPresent) {
        if (given != null) {
            return new ChosenRules(given, givenOrigin, false, List.of());
        }
        return rules.load()
                .map(spec -> new ChosenRules(spec, rules.describe(), false, List.of()))
                .orElseGet(() -> {
                    SpecForFields.Fitted fitted = SpecForFields.zeroConfig(fieldsPresent);
                    return new ChosenRules(fitted.spec(), BUILT + " (written to " + rules.describe() + ")", true,
                            fitted.dropped());
                });
    }
}
