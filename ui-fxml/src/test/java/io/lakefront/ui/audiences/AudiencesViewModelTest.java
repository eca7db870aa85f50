package io.lakefront.ui.audiences;

import static org.assertj.core.api.Assertions.assertThat;

import io.lakefront.domain.audience.Filter;
import io.lakefront.domain.audience.Interpretation;
import io.lakefront.domain.audience.SavedAudience;
import io.lakefront.domain.task.DirectTaskExecutor;
import io.lakefront.ui.fakes.InMemoryAudienceDesk;
import io.lakefront.ui.fakes.ManualTaskExecutor;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class AudiencesViewModelTest {
    private final InMemoryAudienceDesk desk = InMemoryAudienceDesk.withCustomers();

    private AudiencesViewModel model() {
        AudiencesViewModel model = new AudiencesViewModel(desk, new DirectTaskExecutor(), Duration.ZERO);
        model.shown();
        return model;
    }

    @Test
    void withoutCustomersTheScreenShowsItsEmptyState() {
        AudiencesViewModel model = new AudiencesViewModel(InMemoryAudienceDesk.empty(), new DirectTaskExecutor(), Duration.ZERO);
        model.shown();
        assertThat(model.loadedProperty().get()).isTrue();
        assertThat(model.noCustomersProperty().get()).isTrue();
        assertThat(model.emptyState().title()).isEqualTo("No audiences yet");
    }

    @Test
    void whenTheCustomersCannotBeCountedTheEmptyStateShowsWithTheProblem() {
        AudiencesViewModel model = new AudiencesViewModel(InMemoryAudienceDesk.withCustomers().failingWith(
                "Table \"GOLD_CUSTOMER\" not found"), new DirectTaskExecutor(), Duration.ZERO);
        model.shown();
        assertThat(model.noCustomersProperty().get()).isTrue();
        assertThat(model.problemProperty().get()).isEqualTo("Could not load audiences: Table \"GOLD_CUSTOMER\" not found");
    }

    @Test
    void typingGivesChipsBesideTheirWordsAndALiveCountWithTheSuppressedApart() {
        AudiencesViewModel model = model();
        assertThat(model.rules()).extracting(AudienceRows.RuleRow::name, AudienceRows.RuleRow::enabled).containsExactly(
                org.assertj.core.groups.Tuple.tuple("open support ticket", true),
                org.assertj.core.groups.Tuple.tuple("bought in the last 7 days", false),
                org.assertj.core.groups.Tuple.tuple("globally unsubscribed", true));

        model.descriptionProperty().set("VIPs in Texas");
        assertThat(model.chips()).extracting(AudienceRows.Chip::words, AudienceRows.Chip::description).containsExactly(
                org.assertj.core.groups.Tuple.tuple("in Texas", "region is TX (Texas)"),
                org.assertj.core.groups.Tuple.tuple("VIPs", "VIP: lifetime spend ≥ 1000"));
        // C1 and C2 are Texan VIPs; C2 has an open ticket.
        assertThat(model.countTextProperty().get()).isEqualTo("1 customer · 8% of 12");
        assertThat(model.suppressedTextProperty().get()).isEqualTo("1 suppressed by the rules");
        assertThat(model.rules()).extracting(AudienceRows.RuleRow::suppressed)
                .containsExactly("1 suppressed", "off", "0 suppressed");
        assertThat(model.notUnderstoodProperty().get()).isEmpty();
        assertThat(model.interpreterProperty().get()).startsWith("Offline interpreter");

        assertThat(model.hasInsightsProperty().get()).isTrue();
        assertThat(model.trend()).hasSize(12);
        assertThat(model.trend().get(11)).isEqualTo(new AudienceRows.TrendPoint("Oct 26", 1));
        assertThat(model.averageSpendProperty().get()).isEqualTo("$1,500.00");
        assertThat(model.categories()).extracting(AudienceRows.InsightRow::label, AudienceRows.InsightRow::note)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Shoes", "affinity 300"));
        assertThat(model.reachability()).extracting(AudienceRows.InsightRow::label, AudienceRows.InsightRow::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("email", "1"),
                        org.assertj.core.groups.Tuple.tuple("sms", "1"), org.assertj.core.groups.Tuple.tuple("push", "0"));
        assertThat(model.churnRisk()).extracting(AudienceRows.InsightRow::value).containsExactly("1", "0", "0", "0", "0");
    }

    @Test
    void typingAsksForTheQuickReadingAndOnlyApplyingAsksTheModel() {
        InMemoryAudienceDesk desk = InMemoryAudienceDesk.withCustomers();
        AudiencesViewModel model = new AudiencesViewModel(desk, new DirectTaskExecutor(), Duration.ZERO);
        model.shown();

        model.descriptionProperty().set("VIPs");
        model.descriptionProperty().set("VIPs in Texas");
        assertThat(desk.drafts).hasValue(2);
        assertThat(desk.applied).hasValue(0);

        model.apply();
        assertThat(desk.applied).hasValue(1);
        assertThat(model.chips()).hasSize(2);
    }

    @Test
    void wordsNotUnderstoodAreShown() {
        AudiencesViewModel model = model();
        model.descriptionProperty().set("VIPs who love kayaks");
        assertThat(model.notUnderstoodProperty().get()).isEqualTo("Not understood: “love”, “kayaks” — these words became no condition.");
        assertThat(model.chips()).hasSize(1);
    }

    @Test
    void anAmbiguousWordIsAskedAboutAndTheAnswerCounts() {
        AudiencesViewModel model = model();
        model.descriptionProperty().set("customers in CA");
        assertThat(model.questionProperty().get()).isEqualTo("Does “CA” mean California or Canada?");
        assertThat(model.choices()).extracting(Interpretation.Choice::label)
                .containsExactly("California (state)", "Canada (country)");
        assertThat(model.countTextProperty().get()).endsWith("(before your answer)");
        model.save("cal");
        assertThat(model.problemProperty().get()).startsWith("Answer the question first");

        model.answer(model.choices().get(1));
        assertThat(model.questionProperty().get()).isEmpty();
        assertThat(model.chips()).extracting(AudienceRows.Chip::description).containsExactly("country is CA (Canada)");
        assertThat(model.countTextProperty().get()).startsWith("1 customer ");

        model.answer(new Interpretation.Choice("state", "California"));
        assertThat(model.chips()).extracting(AudienceRows.Chip::description).containsExactly("country is CA (Canada)")
                .as("no question is open any more, so an answer changes nothing");
    }

    @Test
    void refineWordsOrTheToggleChangeTheAudienceAppliedLast() {
        AudiencesViewModel model = model();
        model.descriptionProperty().set("VIPs");
        assertThat(model.refiningProperty().get()).isFalse();
        model.apply();
        assertThat(model.countTextProperty().get()).startsWith("5 customers");

        model.descriptionProperty().set("only those in Texas");
        assertThat(model.refiningProperty().get()).isTrue();
        assertThat(model.refiningTextProperty().get()).startsWith("Refining the current audience (1 condition)");
        assertThat(model.chips()).extracting(AudienceRows.Chip::words).containsExactly("", "in Texas");
        assertThat(model.countTextProperty().get()).startsWith("1 customer ");
        model.apply();
        assertThat(model.descriptionProperty().get()).as("cleared for the next refinement").isEmpty();
        assertThat(model.chips()).hasSize(2);

        model.descriptionProperty().set("in New York");
        assertThat(model.refiningProperty().get()).isFalse();
        assertThat(model.chips()).extracting(AudienceRows.Chip::description).containsExactly("region is NY (New York)");
        model.refineModeProperty().set(true);
        assertThat(model.refiningProperty().get()).isTrue();
        model.apply();
        assertThat(model.chips()).extracting(AudienceRows.Chip::description).containsExactly(
                "VIP: lifetime spend ≥ 1000", "region is TX (Texas)", "region is NY (New York)");
        assertThat(model.countTextProperty().get()).startsWith("0 customers");
        model.save("nobody");
        assertThat(desk.saved()).singleElement().satisfies(a ->
                assertThat(a.description()).isEqualTo("VIPs, only those in Texas, in New York"));
    }

    @Test
    void chipsAreRemovedAndTheirValuesEdited() {
        AudiencesViewModel model = model();
        model.descriptionProperty().set("VIPs in Texas");
        assertThat(model.chips().get(1).value()).isEqualTo("1000");

        model.editChip(1, "100");
        assertThat(model.chips().get(1).description()).isEqualTo("lifetime spend is at least 100");
        assertThat(model.countTextProperty().get()).startsWith("2 customers");

        model.editChip(1, "lots");
        assertThat(model.problemProperty().get()).isEqualTo(
                "Could not change “lifetime spend is at least 100”: 'lots' is not a number for lifetime_spend");
        model.editChip(0, "TX, NY");
        assertThat(model.chips().get(0).description()).isEqualTo("region is TX (Texas) or NY (New York)");
        assertThat(model.problemProperty().get()).isEmpty();

        model.removeChip(1);
        assertThat(model.chips()).extracting(AudienceRows.Chip::description).containsExactly("region is TX (Texas) or NY (New York)");
        // Texas and New York: 7, less C2 (open ticket), C4 and C12 (unsubscribed from everything).
        assertThat(model.countTextProperty().get()).startsWith("4 customers");
    }

    @Test
    void anAnswerToOlderWordsNeverOverwritesNewerOnes() {
        ManualTaskExecutor tasks = new ManualTaskExecutor();
        AudiencesViewModel model = new AudiencesViewModel(desk, tasks, Duration.ZERO);
        model.shown();
        tasks.runAll();
        model.descriptionProperty().set("in Texas");
        model.descriptionProperty().set("in New York");
        assertThat(model.countingProperty().get()).isTrue();
        tasks.runAll();
        assertThat(model.countingProperty().get()).isFalse();
        assertThat(model.chips()).extracting(AudienceRows.Chip::description).containsExactly("region is NY (New York)");
        assertThat(desk.interpretations.get()).as("the older words were dropped before being understood").isEqualTo(1);
        assertThat(model.problemProperty().get()).isEmpty();
    }

    @Test
    void switchingARuleOffCountsAgain() {
        AudiencesViewModel model = model();
        model.descriptionProperty().set("VIPs in Texas");
        model.enableRule("open support ticket", false);
        assertThat(model.countTextProperty().get()).startsWith("2 customers");
        assertThat(model.suppressedTextProperty().get()).isEqualTo("No one suppressed");
        assertThat(model.rules().get(0).suppressed()).isEqualTo("off");
        assertThat(model.noticeProperty().get()).isEqualTo("“open support ticket” is off.");
    }

    @Test
    void savedAudiencesAreSavedOpenedDuplicatedComparedAndDeleted() {
        AudiencesViewModel model = model();
        model.save("texas");
        assertThat(model.problemProperty().get()).isEqualTo("Describe an audience first, then save it.");
        model.descriptionProperty().set("VIPs in Texas");
        model.save("Texas VIPs");
        assertThat(model.problemProperty().get()).contains("use lower-case letters");
        model.save("texas-vips");
        assertThat(model.saved()).extracting(AudienceRows.SavedRow::name, AudienceRows.SavedRow::description)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("texas-vips", "VIPs in Texas"));
        assertThat(model.openNameProperty().get()).isEqualTo("texas-vips");

        model.clear();
        assertThat(model.chips()).isEmpty();
        assertThat(model.countTextProperty().get()).isEmpty();
        assertThat(model.openNameProperty().get()).isEmpty();

        model.open("texas-vips");
        assertThat(model.descriptionProperty().get()).isEqualTo("VIPs in Texas");
        assertThat(model.chips()).extracting(AudienceRows.Chip::words, AudienceRows.Chip::description).containsExactly(
                org.assertj.core.groups.Tuple.tuple("", "region is TX (Texas)"),
                org.assertj.core.groups.Tuple.tuple("", "lifetime spend is at least 1000"));
        assertThat(model.countTextProperty().get()).startsWith("1 customer ");
        assertThat(desk.interpretations.get()).as("opening shows the saved filter, not a new reading of the words").isEqualTo(1);

        model.duplicate("texas-vips");
        assertThat(model.saved()).extracting(AudienceRows.SavedRow::name).containsExactly("texas-vips", "texas-vips-copy");
        assertThat(model.compareChoices()).containsExactly(AudiencesViewModel.THIS_AUDIENCE, "texas-vips", "texas-vips-copy");

        desk.withSaved(new SavedAudience("emailable", "with email", Filter.compare("email_opt_in", "=", "true")));
        model.refresh();
        model.compare("texas-vips", "emailable");
        assertThat(model.comparisonTitleProperty().get()).isEqualTo("texas-vips and emailable: 1 in both");
        assertThat(model.comparison()).filteredOn(r -> r.label().equals("Customers")).singleElement()
                .isEqualTo(new AudienceRows.CompareRow("Customers", "1", "6"));
        assertThat(model.comparison()).filteredOn(r -> r.label().equals("Top category")).singleElement()
                .isEqualTo(new AudienceRows.CompareRow("Top category", "Shoes (100%)", "Shoes (67%)"));

        model.delete("texas-vips-copy");
        assertThat(model.saved()).extracting(AudienceRows.SavedRow::name).containsExactly("emailable", "texas-vips");
        assertThat(model.noticeProperty().get()).isEqualTo("Deleted “texas-vips-copy”.");
    }

    @Test
    void aUserWhoMayNotEditSeesTheProblemAndChangesNothing() {
        InMemoryAudienceDesk readOnly = InMemoryAudienceDesk.withCustomers().readOnly();
        AudiencesViewModel model = new AudiencesViewModel(readOnly, new DirectTaskExecutor(), Duration.ZERO);
        model.shown();
        assertThat(model.mayEditProperty().get()).isFalse();
        model.descriptionProperty().set("VIPs");
        model.save("vips");
        assertThat(model.problemProperty().get()).contains("may not edit");
        assertThat(readOnly.saved()).isEmpty();
    }
}
