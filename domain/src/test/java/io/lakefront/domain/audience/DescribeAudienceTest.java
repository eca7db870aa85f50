package io.lakefront.domain.audience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lakefront.domain.governance.Actor;
import io.lakefront.domain.governance.PermissionDenied;
import io.lakefront.domain.time.WorkspaceClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DescribeAudienceTest {
    private static final Filter TEXAS = Filter.compare("region", "=", "TX");
    private static final Filter OPEN_TICKET = Filter.compare("open_tickets", ">", "0");
    private static final Filter RECENT = Filter.compare("days_since_last_order", "<", "7");

    private final List<Filter> asked = new ArrayList<>();
    private final AudienceQuery query = new AudienceQuery() {
        @Override public long count(Filter filter, Instant now) {
            asked.add(filter);
            return 42;
        }

        @Override public List<String> ids(Filter filter, Instant now) {
            asked.add(filter);
            return List.of("C1");
        }
    };

    @Test
    void enabled_suppression_rules_take_customers_out_as_live_conditions() {
        DescribeAudience describe = describe(interpretation(Optional.empty()));

        DescribeAudience.Described described = describe.describe(Actor.of("mia", io.lakefront.domain.governance.Role.MARKETER),
                InterpretRequest.of("in Texas"), true);

        assertThat(described.suppression()).extracting(SuppressionRule::name).containsExactly("open ticket");
        assertThat(described.audience()).isEqualTo(Filter.and(TEXAS, Filter.not(OPEN_TICKET)));
        assertThat(describe.count(described)).isEqualTo(42);
        assertThat(asked).containsExactly(Filter.and(TEXAS, Filter.not(OPEN_TICKET)));
        describe.suppressedCount(described);
        assertThat(asked).last().isEqualTo(Filter.and(TEXAS, OPEN_TICKET));

        DescribeAudience.Described unsuppressed = describe.describe(Actor.workspaceOwner("o"), InterpretRequest.of("in Texas"), false);
        assertThat(unsuppressed.audience()).isEqualTo(TEXAS);
    }

    @Test
    void several_rules_suppress_whoever_any_of_them_holds_for() {
        List<SuppressionRule> rules = List.of(new SuppressionRule("a", "", OPEN_TICKET, true),
                new SuppressionRule("b", "", RECENT, true), new SuppressionRule("c", "", TEXAS, false));

        assertThat(Suppression.apply(TEXAS, rules))
                .isEqualTo(Filter.and(TEXAS, Filter.not(Filter.or(OPEN_TICKET, RECENT))));
    }

    @Test
    void an_ambiguous_description_is_not_counted_until_answered() {
        DescribeAudience describe = describe(interpretation(Optional.of(new Interpretation.Question("CA",
                "Does “CA” mean California or Canada?", List.of(new Interpretation.Choice("region:CA", "California"))))));
        DescribeAudience.Described described = describe.describe(Actor.workspaceOwner("o"), InterpretRequest.of("CA"), true);

        assertThatThrownBy(() -> describe.count(described)).hasMessageContaining("California or Canada");
        assertThat(asked).isEmpty();
    }

    @Test
    void describing_needs_the_right_to_view_the_workspace() {
        DescribeAudience describe = describe(interpretation(Optional.empty()));
        assertThatThrownBy(() -> describe.describe(new Actor("nobody", java.util.Set.of()), InterpretRequest.of("x"), true))
                .isInstanceOf(PermissionDenied.class);
    }

    private Interpretation interpretation(Optional<Interpretation.Question> question) {
        return new Interpretation("in Texas", TEXAS, List.of(new Interpretation.InterpretedCondition("in Texas", 0, 8,
                TEXAS, "region is TX")), List.of(), question, "offline");
    }

    private DescribeAudience describe(Interpretation interpretation) {
        AudienceStore store = new AudienceStore() {
            @Override public List<SavedAudience> list() { return List.of(); }
            @Override public Optional<SavedAudience> find(String name) { return Optional.empty(); }
            @Override public void save(SavedAudience audience) { }
            @Override public boolean delete(String name) { return false; }
            @Override public List<SuppressionRule> suppressionRules() {
                return List.of(new SuppressionRule("open ticket", "", OPEN_TICKET, true),
                        new SuppressionRule("recent buyer", "", RECENT, false));
            }
            @Override public void saveSuppressionRules(List<SuppressionRule> rules) { }
            @Override public List<GlossaryTerm> glossary() { return List.of(); }
            @Override public void saveGlossary(List<GlossaryTerm> terms) { }
        };
        return new DescribeAudience(request -> interpretation, store, query,
                WorkspaceClock.fixedAt(Instant.parse("2026-10-20T00:00:00Z")));
    }
}
