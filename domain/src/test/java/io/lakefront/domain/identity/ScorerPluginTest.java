package io.lakefront.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lakefront.domain.task.TaskContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** A plugin's weight is added to or replaces the model's, shows in the waterfall, and reads its own fields. */
class ScorerPluginTest {
    private static final String LOYALTY = "loyalty_card";

    /** Adds strong evidence when both records carry the same loyalty card (a field the spec does not compare). */
    private static final class SameLoyaltyCard implements ScorerPlugin {
        @Override public String name() { return "loyalty card"; }
        @Override public Mode mode() { return Mode.ADD; }
        @Override public Set<String> fields() { return Set.of(LOYALTY); }

        @Override
        public double weight(ComparedPair pair) {
            String a = pair.valueA(LOYALTY);
            return a != null && a.equals(pair.valueB(LOYALTY)) ? 40 : 0;
        }
    }

    private static List<PersonRecord> records() {
        List<PersonRecord> records = new ArrayList<>(People.generate(120, 5).records());
        // Same person after a move and a name change: only the loyalty card ties the records (their given
        // name and city bring them together to be compared).
        records.add(People.record("card-1", Map.of(StandardFields.GIVEN_NAME, "margaret", StandardFields.FAMILY_NAME,
                "okonkwo", StandardFields.CITY, "ballarat", StandardFields.POSTCODE, "3350", LOYALTY, "LC-77-1234")));
        records.add(People.record("card-2", Map.of(StandardFields.GIVEN_NAME, "margaret", StandardFields.FAMILY_NAME,
                "lindqvist", StandardFields.CITY, "ballarat", StandardFields.POSTCODE, "4870", LOYALTY, "lc 77 1234")));
        return records;
    }

    private static Resolution resolve(List<ScorerPlugin> plugins) {
        return new IdentityEngine(new PlainStringMetrics(), plugins)
                .resolve(ResolutionRequest.of(records(), IdentitySpec.defaults()), TaskContext.silent());
    }

    @Test
    void anAddingPluginJoinsRecordsTheModelAloneKeepsApartAndItsStepShowsInTheWaterfall() {
        RecordKey a = new RecordKey("test", "card-1");
        RecordKey b = new RecordKey("test", "card-2");
        Resolution plain = resolve(List.of());
        Resolution withPlugin = resolve(List.of(new SameLoyaltyCard()));

        assertThat(plain.clusterOf(a)).isNotEqualTo(plain.clusterOf(b));
        assertThat(withPlugin.clusterOf(a)).isEqualTo(withPlugin.clusterOf(b));
        Waterfall waterfall = withPlugin.explain(a, b);
        assertThat(waterfall.steps()).last().satisfies(step -> {
            assertThat(step.comparison()).isEqualTo("plugin: loyalty card");
            assertThat(step.weight()).isEqualTo(40.0);
        });
        assertThat(waterfall.steps().stream().mapToDouble(WaterfallStep::total).sum())
                .isCloseTo(waterfall.matchWeight(), Offset.offset(1e-9));
        assertThat(waterfall.matchWeight()).isCloseTo(plain.explain(a, b).matchWeight() + 40, Offset.offset(1e-9));
    }

    @Test
    void aReplacingPluginDecidesAloneExceptWhereADeterministicRuleSettlesThePair() {
        ScorerPlugin never = new ScorerPlugin() {
            @Override public String name() { return "never"; }
            @Override public Mode mode() { return Mode.REPLACE; }
            @Override public double weight(ComparedPair pair) { return -100; }
        };
        Resolution resolution = resolve(List.of(never));

        for (int i = 0; i < resolution.pairs().size(); i++) {
            assertThat(resolution.pairs().matchWeight(i)).isEqualTo(-100.0);
            if (resolution.pairs().deterministicRule(i) == null) {
                assertThat(resolution.pairs().band(i)).isEqualTo(MatchBand.NON_MATCH);
            } else {
                assertThat(resolution.pairs().band(i)).isEqualTo(MatchBand.MATCH);
            }
        }
    }

    @Test
    void aPluginThatGivesNoNumberIsNamedInTheError() {
        ScorerPlugin broken = new ScorerPlugin() {
            @Override public String name() { return "broken"; }
            @Override public Mode mode() { return Mode.ADD; }
            @Override public double weight(ComparedPair pair) { return Double.NaN; }
        };
        assertThatThrownBy(() -> resolve(List.of(broken))).hasMessageContaining("scorer plugin 'broken' gave NaN");
    }
}
