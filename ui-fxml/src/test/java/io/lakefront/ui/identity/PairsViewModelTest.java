package io.lakefront.ui.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.lakefront.domain.identity.MatchBand;
import io.lakefront.domain.identity.RecordKey;
import io.lakefront.domain.task.DirectTaskExecutor;
import io.lakefront.domain.time.WorkspaceClock;
import io.lakefront.ui.fakes.InMemoryIdentityWorkbench;
import io.lakefront.ui.fakes.TestWorkspace;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PairsViewModelTest {
    private final IdentityViewModel identity = new IdentityViewModel(
            InMemoryIdentityWorkbench.withPeople(TestWorkspace.AS_OF), new DirectTaskExecutor(), Runnable::run,
            WorkspaceClock.fixedAt(TestWorkspace.AS_OF));
    private final PairsViewModel pairs = identity.pairs();

    @BeforeEach
    void run() {
        identity.runResolution();
    }

    @Test
    void with_no_pair_to_review_the_matches_are_listed_strongest_first() {
        IdentityRun run = identity.runProperty().get();
        assertThat(run.pairs().count(MatchBand.REVIEW)).isZero();

        assertThat(pairs.filterProperty().get()).isEqualTo(PairFilter.MATCH);
        assertThat(pairs.rows()).hasSize((int) run.pairs().count(MatchBand.MATCH))
                .allMatch(row -> row.band() == MatchBand.MATCH)
                .isSortedAccordingTo((x, y) -> Double.compare(y.weight(), x.weight()));
        assertThat(pairs.shownProperty().get()).isEqualTo(pairs.rows().size() + " match pairs, strongest first");
    }

    @Test
    void the_first_pair_is_selected_and_its_waterfall_adds_up_to_its_weight() {
        PairRow first = pairs.rows().get(0);

        assertThat(pairs.selectedProperty().get()).isEqualTo(first);
        assertThat(pairs.waterfall().get(0).comparison()).isEqualTo("prior");
        double sum = pairs.waterfall().stream().mapToDouble(WaterfallRow::weight).sum();
        assertThat(sum).isCloseTo(first.weight(), within(1e-9));
        assertThat(pairs.waterfall().get(pairs.waterfall().size() - 1).after()).isCloseTo(first.weight(), within(1e-9));
        assertThat(pairs.waterfallTitleProperty().get()).isEqualTo(first.recordA() + "  ↔  " + first.recordB());
        assertThat(pairs.waterfallSummaryProperty().get()).startsWith("Match weight " + first.weightText());
    }

    @Test
    void the_waterfall_shows_the_values_compared() {
        pairs.explain(new RecordKey("crm", "C-3"), new RecordKey("webshop", "W-3"));

        WaterfallRow family = pairs.waterfall().stream().filter(r -> r.comparison().equals("family_name")).findFirst()
                .orElseThrow();
        assertThat(family.valueA()).isEqualTo("schmidt");
        assertThat(family.valueB()).isEqualTo("schmitt");
        assertThat(family.level()).startsWith("Jaro-Winkler");
        assertThat(pairs.waterfallSummaryProperty().get()).endsWith("settled by the rule 'same email'");
    }

    @Test
    void other_bands_and_a_search_narrow_the_list() {
        pairs.filterProperty().set(PairFilter.ALL);
        int all = pairs.rows().size();
        assertThat(all).isEqualTo(identity.runProperty().get().pairs().size());

        pairs.searchProperty().set("schmi");

        assertThat(pairs.rows()).isNotEmpty().hasSizeLessThan(all)
                .allMatch(r -> (r.recordA() + r.recordB()).toLowerCase().contains("schmi"));
        assertThat(pairs.shownProperty().get()).endsWith("pairs matching 'schmi', strongest first");
        pairs.searchProperty().set("nobody-has-this-name");
        assertThat(pairs.rows()).isEmpty();
        assertThat(pairs.shownProperty().get()).isEqualTo("No pairs matching 'nobody-has-this-name'");
    }

    @Test
    void any_two_records_can_be_explained_even_when_never_compared() {
        pairs.explainAProperty().set("crm/C-1");
        pairs.explainBProperty().set(" crm/C-6 ");

        pairs.explainTyped();

        assertThat(pairs.explainProblemProperty().get()).isEmpty();
        assertThat(pairs.waterfallTitleProperty().get()).isEqualTo("Maria Lopez · crm/C-1  ↔  Peter Meyer · crm/C-6");
        assertThat(pairs.waterfallSummaryProperty().get()).contains("Non-match");
    }

    @Test
    void explaining_an_unknown_or_badly_typed_record_says_what_is_wrong() {
        pairs.explainAProperty().set("crm/C-1");
        pairs.explainBProperty().set("crm/C-99");
        pairs.explainTyped();
        assertThat(pairs.explainProblemProperty().get()).isEqualTo("record crm/C-99 was not part of this run");

        pairs.explainBProperty().set("C-2");
        pairs.explainTyped();
        assertThat(pairs.explainProblemProperty().get()).isEqualTo("Type two records as source/record id, e.g. crm/C-1001");

        pairs.explainBProperty().set("crm/C-1");
        pairs.explainTyped();
        assertThat(pairs.explainProblemProperty().get()).isEqualTo("Choose two different records");
    }
}
