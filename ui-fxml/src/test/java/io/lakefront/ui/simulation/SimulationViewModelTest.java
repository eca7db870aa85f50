package io.lakefront.ui.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.lakefront.domain.decision.Outcome;
import io.lakefront.domain.task.DirectTaskExecutor;
import io.lakefront.ui.fakes.InMemorySimulationDesk;
import io.lakefront.ui.fakes.ManualTaskExecutor;
import io.lakefront.ui.fakes.TestWorkspace;
import io.lakefront.ui.simulation.SimulationRows.Bar;
import io.lakefront.ui.simulation.SimulationRows.CompetitorRow;
import io.lakefront.ui.simulation.SimulationRows.Fact;
import io.lakefront.ui.simulation.SimulationRows.FunnelStep;
import io.lakefront.ui.simulation.SimulationRows.OtherDecision;
import io.lakefront.ui.simulation.SimulationRows.OutcomeFilter;
import io.lakefront.ui.simulation.SimulationRows.ReasonGroup;
import io.lakefront.ui.simulation.SimulationRows.ResultRow;
import org.junit.jupiter.api.Test;

class SimulationViewModelTest {
    private final TestWorkspace workspace = TestWorkspace.withData();
    private final InMemorySimulationDesk desk = workspace.simulation;

    private SimulationViewModel model() {
        SimulationViewModel model = new SimulationViewModel(desk, new DirectTaskExecutor(), Runnable::run);
        model.shown();
        return model;
    }

    @Test
    void withoutCampaignsTheScreenShowsItsEmptyState() {
        SimulationViewModel model = new SimulationViewModel(TestWorkspace.empty().simulation, new DirectTaskExecutor(),
                Runnable::run);
        model.shown();
        assertThat(model.loadedProperty().get()).isTrue();
        assertThat(model.noCampaignsProperty().get()).isTrue();
        assertThat(model.noCampaignsState().title()).isEqualTo("No campaigns to simulate");
        model.simulate();
        assertThat(model.runningProperty().get()).isFalse();
        assertThat(model.resultProperty().get()).isNull();
    }

    @Test
    void theFirstLiveCampaignIsChosenAndADraftSaysItIsSimulatedAsIfApproved() {
        SimulationViewModel model = model();
        assertThat(model.campaigns()).extracting(SimulationCampaign::name, SimulationCampaign::live).containsExactly(
                tuple("VIP early access", true), tuple("Welcome series", true), tuple("Win-back", false));
        assertThat(model.campaignProperty().get().name()).isEqualTo("VIP early access");
        assertThat(model.draftNoteProperty().get()).isEmpty();
        assertThat(model.sampleSizeProperty().get()).isEqualTo(1_000);
        assertThat(model.placeholderProperty().get().title()).isEqualTo("Nothing simulated yet");

        model.choose("Win-back");
        assertThat(SimulationViewModel.campaignLabel(model.campaignProperty().get()))
                .isEqualTo("Win-back · draft — simulated as if approved");
        assertThat(SimulationViewModel.campaignLabel(model.campaigns().get(0))).isEqualTo("VIP early access · active");
        assertThat(model.draftNoteProperty().get())
                .isEqualTo("'Win-back' is a draft: it is simulated as if approved, competing with the live campaigns.");
    }

    @Test
    void aCampaignChosenBeforeTheListLoadsIsChosenWhenItArrives() {
        ManualTaskExecutor tasks = new ManualTaskExecutor();
        SimulationViewModel model = new SimulationViewModel(desk, tasks, Runnable::run);
        model.shown();
        model.choose("Welcome series");
        assertThat(model.campaignProperty().get()).isNull();
        tasks.runAll();
        assertThat(model.campaignProperty().get().name()).isEqualTo("Welcome series");
        // A reload keeps it.
        model.shown();
        tasks.runAll();
        assertThat(model.campaignProperty().get().name()).isEqualTo("Welcome series");
    }

    @Test
    void aSimulationFillsTheSummaryTheTableAndTheReasoningOfTheFirstCustomer() {
        SimulationViewModel model = model();
        model.simulate();

        assertThat(model.placeholderProperty().get()).isNull();
        assertThat(model.resultTitleProperty().get()).isEqualTo("'VIP early access' · 8 of 1,200 qualified customers "
                + "sampled · decided as of 2026-10-20 23:59 UTC · competing with 'Welcome series'");
        assertThat(model.funnel()).extracting(FunnelStep::label, FunnelStep::sample, FunnelStep::estimated).containsExactly(
                tuple("Qualified", "8 sampled", "of 1,200"), tuple("Suppressed", "2", "≈ 300"),
                tuple("Skipped", "1", "≈ 150"), tuple("Deferred", "2", "≈ 300"), tuple("Sent", "3", "≈ 450"));
        assertThat(model.funnel().get(4).share()).isEqualTo(3 / 8.0);
        assertThat(model.byMessage()).extracting(Bar::label, Bar::count).containsExactly(tuple("Early access opens", 3));
        assertThat(model.byChannel()).extracting(Bar::label, Bar::count, Bar::share)
                .containsExactly(tuple("Email", 2, 1.0), tuple("Push", 1, 0.5));
        assertThat(model.byHour()).hasSize(24);
        assertThat(model.byHour()).filteredOn(b -> b.count() > 0).extracting(Bar::label, Bar::count)
                .containsExactly(tuple("09", 1), tuple("18", 1), tuple("19", 1));
        assertThat(model.topReasons()).extracting(Bar::label).containsExactly("A higher-priority campaign took the slot",
                "Opted out of every channel", "A suppression rule", "Already converted", "Frequency cap reached");
        assertThat(model.filters()).extracting(OutcomeFilter::label)
                .containsExactly("All 8", "Send 3", "Defer 2", "Suppress 2", "Skip 1");

        assertThat(model.rows()).hasSize(8);
        ResultRow maria = model.rows().get(0);
        assertThat(maria).extracting(ResultRow::customerId, ResultRow::name, ResultRow::outcome, ResultRow::message,
                ResultRow::channel, ResultRow::sendTime, ResultRow::headline).containsExactly("C-1001", "Maria",
                Outcome.SEND, "Early access opens", "Email", "Thu 22 Oct 18:00 (America/Chicago)",
                "Message 1 of 2: Early access opens (on launch day).");
        assertThat(model.rows().get(1).sendTime()).isEqualTo("next try Thu 29 Oct 18:00 (America/New_York)");
        assertThat(model.rows().get(2).sendTime()).isEmpty();

        assertThat(model.selectedProperty().get()).isSameAs(maria);
        assertThat(model.reasoningTitleProperty().get()).isEqualTo("Maria · C-1001");
        assertThat(model.reasoningHeadlineProperty().get())
                .isEqualTo("Send · Thu 22 Oct 18:00 (America/Chicago) · Early access opens by Email");
        assertThat(model.who()).extracting(Fact::caption, Fact::value).contains(
                tuple("Time zone", "America/Chicago"), tuple("Consent", "Email, SMS"),
                tuple("Preferred hour", "18:00 local, from 12 interactions"),
                tuple("Sampled from", "gold · email · stands for 150 customers"));
        // Grouped under the engine's steps, in their order, whatever order the engine listed them in.
        assertThat(model.reasonGroups()).extracting(ReasonGroup::heading).containsExactly("Rules checked", "Eligibility",
                "Why this campaign", "Capacity", "Why this message", "Why this time");
        assertThat(model.reasonGroups().get(0).sentences())
                .containsExactly("Maria accepts email.", "No suppression rule applies to Maria now.");
        assertThat(model.reasonGroups().get(5).sentences()).containsExactly("At 18:00 Maria's time: 12 opens and clicks.",
                "Maria lives in America/Chicago; it is Tue 20 Oct 18:59 there now.");
        assertThat(model.competitors()).extracting(CompetitorRow::campaign, CompetitorRow::priority, CompetitorRow::simulated)
                .containsExactly(tuple("VIP early access", "0.17", true), tuple("Welcome series", "0.09", false));
        assertThat(model.others()).extracting(OtherDecision::campaign, OtherDecision::outcome, OtherDecision::headline)
                .containsExactly(tuple("Welcome series", Outcome.SKIP, "Maria is not in the audience of 'Welcome series' now."));
    }

    @Test
    void aDeferredCustomerShowsWhoTookTheSlotAndRanksTheWinnerFirst() {
        SimulationViewModel model = model();
        model.simulate();
        model.selectedProperty().set(model.rows().get(1));
        assertThat(model.reasonGroups()).extracting(ReasonGroup::heading)
                .containsExactly("Rules checked", "Eligibility", "Why this campaign", "Capacity");
        assertThat(model.reasonGroups().get(3).sentences()).containsExactly(
                "Deferred to Thursday 29 October: 'Welcome series' has higher priority and takes the last slot within a week; the weekly cap is 2.");
        assertThat(model.competitors()).extracting(CompetitorRow::campaign)
                .containsExactly("Welcome series", "VIP early access");

        model.selectedProperty().set(model.rows().get(5));
        assertThat(model.reasoningTitleProperty().get()).isEqualTo("Customer · C-1006");
        assertThat(model.who()).extracting(Fact::value).contains("Not shown: none on file, or your role does not see personal data", "Unknown: no interactions yet");
        assertThat(model.competitors()).isEmpty();
    }

    @Test
    void theOutcomeFilterAndTheSearchNarrowTheTable() {
        SimulationViewModel model = model();
        model.simulate();
        model.outcomeFilterProperty().set(Outcome.DEFER);
        assertThat(model.rows()).extracting(ResultRow::customerId).containsExactly("C-1002", "C-1008");
        model.searchProperty().set("sof");
        assertThat(model.rows()).extracting(ResultRow::customerId).containsExactly("C-1008");
        model.outcomeFilterProperty().set(null);
        model.searchProperty().set("c-100");
        assertThat(model.rows()).hasSize(8);
        model.searchProperty().set("nobody here");
        assertThat(model.rows()).isEmpty();
    }

    @Test
    void theSampleSizeLimitsTheSample() {
        SimulationViewModel model = model();
        model.sampleSizeProperty().set(3);
        model.simulate();
        assertThat(model.rows()).hasSize(3);
        assertThat(model.funnel().get(0).sample()).isEqualTo("3 sampled");
        // The desk's progress reached the screen; the text goes once the run is over.
        assertThat(model.progressProperty().get()).isEqualTo(1.0);
        assertThat(model.progressTextProperty().get()).isEmpty();
        assertThat(model.runningProperty().get()).isFalse();
    }

    @Test
    void aSampleOutsideTheRangeIsRefusedWithoutRunning() {
        SimulationViewModel model = model();
        model.sampleSizeProperty().set(0);
        model.simulate();
        assertThat(model.problemProperty().get()).isEqualTo("sample size 0 is not between 1 and 1000000");
        model.sampleSizeProperty().set(100_001);
        model.simulate();
        assertThat(model.problemProperty().get())
                .isEqualTo("sample size 100001 is not between 1 and 100,000 here (the command line takes more)");
        assertThat(desk.runs).isZero();
    }

    @Test
    void cancellingLeavesNothingAndSaysSo() {
        ManualTaskExecutor tasks = new ManualTaskExecutor();
        SimulationViewModel model = new SimulationViewModel(desk, tasks, Runnable::run);
        model.shown();
        tasks.runAll();
        model.simulate();
        assertThat(model.runningProperty().get()).isTrue();
        model.simulate();
        assertThat(tasks.pending()).isEqualTo(1);
        model.cancel();
        assertThat(model.progressTextProperty().get()).isEqualTo("Cancelling…");
        tasks.runAll();
        assertThat(model.runningProperty().get()).isFalse();
        assertThat(model.noticeProperty().get()).isEqualTo("Simulation cancelled. Nothing was sent and nothing changed.");
        assertThat(model.resultProperty().get()).isNull();
        assertThat(desk.runs).isZero();
    }

    @Test
    void aFailureIsShownPlainly() {
        desk.failingWith("the campaign 'VIP early access' has no messages yet");
        SimulationViewModel model = model();
        model.simulate();
        assertThat(model.problemProperty().get())
                .isEqualTo("Could not simulate 'VIP early access': the campaign 'VIP early access' has no messages yet");
        assertThat(model.placeholderProperty().get().title()).isEqualTo("Nothing simulated yet");
    }

    @Test
    void anAudienceThatSelectsNobodySaysWhatToDo() {
        desk.selectingNobody();
        SimulationViewModel model = model();
        model.simulate();
        assertThat(model.placeholderProperty().get().title()).isEqualTo("The audience selects nobody now");
        assertThat(model.placeholderProperty().get().nextStep()).startsWith("Widen the audience");
        assertThat(model.rows()).isEmpty();
        assertThat(model.funnel()).isEmpty();
    }

    @Test
    void choosingAnotherCampaignPutsAwayTheResultsOfTheFirst() {
        SimulationViewModel model = model();
        model.simulate();
        assertThat(model.rows()).isNotEmpty();
        model.choose("Welcome series");
        assertThat(model.resultProperty().get()).isNull();
        assertThat(model.rows()).isEmpty();
        assertThat(model.selectedProperty().get()).isNull();
        assertThat(model.who()).isEmpty();
        assertThat(model.placeholderProperty().get().title()).isEqualTo("Nothing simulated yet");
    }
}
