package io.lakefront.domain.audience;

import io.lakefront.domain.governance.Actor;
import io.lakefront.domain.governance.Permission;
import io.lakefront.domain.time.WorkspaceClock;
import java.util.List;
import java.util.Objects;

/**
 * Use case: from words to the customers they describe. The interpreter turns the words into a filter;
 * the workspace's enabled suppression rules are then applied as live conditions (evaluated now, never
 * taken from an earlier export), unless the caller asks to see the audience without them. Anyone who
 * may view the workspace may describe and count audiences.
 */
public final class DescribeAudience {
    private final AudienceInterpreter interpreter;
    private final AudienceStore store;
    private final AudienceQuery query;
    private final WorkspaceClock clock;

    public DescribeAudience(AudienceInterpreter interpreter, AudienceStore store, AudienceQuery query, WorkspaceClock clock) {
        this.interpreter = interpreter;
        this.store = store;
        this.query = query;
        this.clock = clock;
    }

    /** What the words mean and, unless they are ambiguous, who they select now. */
    public Described describe(Actor actor, InterpretRequest request, boolean applySuppression) {
        actor.require(Permission.VIEW_WORKSPACE);
        Interpretation interpretation = interpreter.interpret(request);
        List<SuppressionRule> rules = applySuppression
                ? store.suppressionRules().stream().filter(SuppressionRule::enabled).toList() : List.of();
        return new Described(interpretation, Suppression.apply(interpretation.filter(), rules), rules);
    }

    /** The customers of {@code described} now, sorted; refused while a question is open. */
    public List<String> ids(Described described) {
        requireAnswered(described);
        return query.ids(described.audience(), clock.now());
    }

    /** How many customers {@code described} selects now; refused while a question is open. */
    public long count(Described described) {
        requireAnswered(described);
        return query.count(described.audience(), clock.now());
    }

    /** How many customers the words select whom the applied suppression rules take out (0 when none applied). */
    public long suppressedCount(Described described) {
        requireAnswered(described);
        return Suppression.suppressed(described.interpretation().filter(), described.suppression())
                .map(filter -> query.count(filter, clock.now())).orElse(0L);
    }

    private static void requireAnswered(Described described) {
        if (described.interpretation().ambiguous()) {
            throw new IllegalStateException("answer the question first: "
                    + described.interpretation().question().orElseThrow().text());
        }
    }

    /**
     * The interpretation, the filter that selects the audience (the interpretation's with suppression
     * applied) and the suppression rules that were applied.
     */
    public record Described(Interpretation interpretation, Filter audience, List<SuppressionRule> suppression) {
        public Described {
            Objects.requireNonNull(interpretation, "interpretation");
            Objects.requireNonNull(audience, "audience");
            suppression = List.copyOf(suppression);
        }
    }
}
