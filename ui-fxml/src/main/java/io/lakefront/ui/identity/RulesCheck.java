package io.lakefront.ui.identity;

import io.lakefront.domain.identity.IdentitySpec;
import java.util.List;
import java.util.Optional;

/** The outcome of reading rules text: the specification it describes, or what is wrong with it. */
public record RulesCheck(Optional<IdentitySpec> spec, List<RulesProblem> problems) {
    public RulesCheck {
        problems = List.copyOf(problems);
        if (spec.isPresent() == !problems.isEmpty()) {
            throw new IllegalArgumentException("a check has a specification or problems, not both or neither");
        }
    }

    public static RulesCheck valid(IdentitySpec spec) {
        return new RulesCheck(Optional.of(spec), List.of());
    }

    public static RulesCheck invalid(RulesProblem problem) {
        return new RulesCheck(Optional.empty(), List.of(problem));
    }

    public boolean ok() {
        return spec.isPresent();
    }
}
