package io.lakefront.ui.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.lakefront.domain.identity.MatchBand;
import io.lakefront.domain.task.DirectTaskExecutor;
import io.lakefront.domain.time.WorkspaceClock;
import io.lakefront.ui.fakes.InMemoryIdentityWorkbench;
import io.lakefront.ui.fakes.ManualTaskExecutor;
import io.lakefront.ui.fakes.TestWorkspace;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IdentityViewModelTest {
    private final WorkspaceClock clock = WorkspaceClock.fixedAt(TestWorkspace.AS_OF);
    private final InMemoryIdentityWorkbench workbench = InMemoryIdentityWorkbench.withPeople(TestWorkspace.AS_OF);
    private final IdentityViewModel viewModel = new IdentityViewModel(workbench, new DirectTaskExecutor(), Runnable::run,
            clock);

    @Test
    void before_the_first_run_the_screen_is_empty_and_invites_one() {
        viewModel.shown();

        assertThat(viewModel.emptyProperty().get()).isTrue();
        assertThat(viewModel.runProperty().get()).isNull();
        assertThat(viewModel.emptyState().title()).isEqualTo("No identity run yet");
        assertThat(viewModel.offlineNote()).contains("No language model is involved");
        assertThat(viewModel.recordsTextProperty().get()).isEqualTo("—");
    }

    @Test
    void a_run_shows_records_people_match_rate_and_pairs() {
        viewModel.shown();
        viewModel.runResolution();

        IdentityRun run = viewModel.runProperty().get();
        assertThat(viewModel.emptyProperty().get()).isFalse();
        assertThat(viewModel.recordsTextProperty().get()).isEqualTo("16");
        assertThat(viewModel.peopleTextProperty().get()).isEqualTo(String.valueOf(run.clusters()));
        assertThat(run.clusters()).isBetween(7, 12);
        assertThat(viewModel.matchRateTextProperty().get()).isEqualTo(
                String.format(java.util.Locale.ROOT, "%.1f%%", 100.0 * run.linkedRecords() / 16));
        assertThat(viewModel.pairsTextProperty().get()).isEqualTo(String.valueOf(run.pairs().size()));
        assertThat(viewModel.sourcesTextProperty().get()).isEqualTo("crm 8 · webshop 8");
        assertThat(viewModel.noticeProperty().get()).startsWith("Resolved 16 records into " + run.clusters() + " people");
        assertThat(viewModel.lastRunProperty().get()).startsWith("Last run 2026-10-2");
    }

    @Test
    void the_histogram_counts_every_record_once() {
        viewModel.runResolution();

        IdentityRun run = viewModel.runProperty().get();
        assertThat(viewModel.histogram().stream().mapToLong(HistogramBar::records).sum()).isEqualTo(16);
        assertThat(viewModel.histogram().stream().mapToLong(HistogramBar::clusters).sum()).isEqualTo(run.clusters());
        assertThat(viewModel.histogram().get(0).label()).isEqualTo("1");
    }

    @Test
    void the_bands_at_the_run_thresholds_are_the_run_bands() {
        viewModel.runResolution();

        IdentityRun run = viewModel.runProperty().get();
        BandCounts counts = viewModel.countsProperty().get();
        assertThat(counts).isEqualTo(new BandCounts(run.pairs().count(MatchBand.MATCH),
                run.pairs().count(MatchBand.REVIEW), run.pairs().count(MatchBand.NON_MATCH)));
        assertThat(viewModel.thresholdsMovedProperty().get()).isFalse();
        assertThat(viewModel.bandsChangeProperty().get()).isEqualTo("The bands as this run decided them.");
    }

    @Test
    void moving_a_slider_recounts_the_bands_without_running_again() {
        viewModel.runResolution();
        BandCounts before = viewModel.countsProperty().get();

        viewModel.autoMatchProperty().set(viewModel.sliderMaxProperty().get());

        BandCounts after = viewModel.countsProperty().get();
        assertThat(workbench.runs()).isEqualTo(1);
        assertThat(after.match()).isEqualTo(viewModel.runProperty().get().weights().deterministic());
        assertThat(after.total()).isEqualTo(before.total());
        assertThat(after.review()).isGreaterThanOrEqualTo(before.review());
        assertThat(viewModel.thresholdsMovedProperty().get()).isTrue();
        assertThat(viewModel.bandsChangeProperty().get()).startsWith("Compared with the run: ");
        assertThat(viewModel.matchCountProperty().get()).isEqualTo(String.valueOf(after.match()));
    }

    @Test
    void the_review_cut_off_cannot_pass_the_auto_match_cut_off() {
        viewModel.runResolution();
        viewModel.autoMatchProperty().set(4.0);

        viewModel.reviewProperty().set(9.0);

        assertThat(viewModel.reviewProperty().get()).isEqualTo(9.0);
        assertThat(viewModel.autoMatchProperty().get()).isEqualTo(9.0);
        viewModel.autoMatchProperty().set(-3.26);
        assertThat(viewModel.autoMatchProperty().get()).isEqualTo(-3.3);
        assertThat(viewModel.reviewProperty().get()).isEqualTo(-3.3);
    }

    @Test
    void applied_thresholds_are_saved_in_the_rules_and_the_next_run_bands_as_the_sliders_said() {
        viewModel.shown();
        viewModel.runResolution();
        viewModel.autoMatchProperty().set(12.0);
        viewModel.reviewProperty().set(-4.0);
        BandCounts predicted = viewModel.countsProperty().get();

        viewModel.applyThresholds();

        assertThat(workbench.savedRules()).contains("auto_match: 12.0", "review: -4.0");
        assertThat(viewModel.noticeProperty().get()).startsWith("Thresholds saved: auto-match 12.0, review -4.0.");
        assertThat(viewModel.rules().yamlProperty().get()).isEqualTo(workbench.savedRules());
        viewModel.runResolution();
        IdentityRun rerun = viewModel.runProperty().get();
        assertThat(new BandCounts(rerun.pairs().count(MatchBand.MATCH), rerun.pairs().count(MatchBand.REVIEW),
                rerun.pairs().count(MatchBand.NON_MATCH))).isEqualTo(predicted);
        assertThat(viewModel.thresholdsMovedProperty().get()).isFalse();
    }

    @Test
    void reset_puts_the_sliders_back_where_the_run_had_them() {
        viewModel.runResolution();
        double auto = viewModel.autoMatchProperty().get();
        viewModel.autoMatchProperty().set(auto + 3);

        viewModel.resetThresholds();

        assertThat(viewModel.autoMatchProperty().get()).isEqualTo(auto);
        assertThat(viewModel.thresholdsMovedProperty().get()).isFalse();
    }

    @Test
    void progress_and_messages_of_the_run_show_on_the_screen() {
        List<Runnable> onUiThread = new ArrayList<>();
        IdentityViewModel model = new IdentityViewModel(workbench, new DirectTaskExecutor(), onUiThread::add, clock);

        model.runResolution();

        assertThat(onUiThread).isNotEmpty();
        assertThat(model.progressProperty().get()).isEqualTo(-1.0); // nothing applied until the UI thread runs it
        onUiThread.forEach(Runnable::run);
        assertThat(model.progressProperty().get()).isEqualTo(1.0);
        assertThat(model.progressTextProperty().get()).isEqualTo("Clustering");
    }

    @Test
    void a_cancelled_run_keeps_the_previous_run() {
        ManualTaskExecutor tasks = new ManualTaskExecutor();
        IdentityViewModel model = new IdentityViewModel(workbench, tasks, Runnable::run, clock);
        model.runResolution();
        tasks.runAll();
        IdentityRun first = model.runProperty().get();
        workbench.holdRunsUntilCancelled();

        model.runResolution();
        assertThat(model.runningProperty().get()).isTrue();
        model.cancelRun();
        tasks.runAll();

        assertThat(model.runningProperty().get()).isFalse();
        assertThat(model.runProperty().get()).isSameAs(first);
        assertThat(model.noticeProperty().get()).isEqualTo("Resolution cancelled; the previous run stays as it was.");
        assertThat(model.problemProperty().get()).isEmpty();
    }

    @Test
    void a_failed_run_says_why() {
        InMemoryIdentityWorkbench nobody = new InMemoryIdentityWorkbench(TestWorkspace.AS_OF);
        IdentityViewModel model = new IdentityViewModel(nobody, new DirectTaskExecutor(), Runnable::run, clock);
        model.shown();

        model.runResolution();

        assertThat(model.problemProperty().get())
                .isEqualTo("Resolution failed: no person records to resolve: add and prepare a source with names");
        assertThat(model.emptyProperty().get()).isTrue();
    }

    @Test
    void blocking_diagnostics_list_every_rule_by_its_comparisons_and_the_largest_blocks() {
        viewModel.runResolution();

        IdentityRun run = viewModel.runProperty().get();
        assertThat(viewModel.blockingRules()).extracting(BlockingRuleRow::rule)
                .containsExactlyInAnyOrderElementsOf(run.diagnostics().pairsPerRule().keySet());
        assertThat(viewModel.blockingRules()).isSortedAccordingTo((x, y) -> Long.compare(y.pairs(), x.pairs()));
        assertThat(viewModel.blockingRules().get(0).share()).endsWith("%");
        assertThat(viewModel.blockingRules()).allSatisfy(row -> assertThat(row.largest()).isEqualTo(
                run.largestBlockOfRule().containsKey(row.rule())
                        ? String.valueOf(run.largestBlockOfRule().get(row.rule()).records()) : "—"));
        assertThat(viewModel.blockingRules()).filteredOn(row -> row.rule().equals("full name")).singleElement()
                .satisfies(row -> assertThat(row.largest()).isEqualTo("3")); // John Smith, twice in crm and once in webshop
        assertThat(viewModel.largestBlocks()).isNotEmpty()
                .isSortedAccordingTo((x, y) -> Integer.compare(y.records(), x.records()));
        assertThat(viewModel.blockingFactsProperty().get())
                .startsWith(run.diagnostics().candidatePairs() + " candidate pairs compared");
        assertThat(viewModel.runFactsProperty().get()).contains("time per phase: prepare ");
    }

    @Test
    void a_run_made_elsewhere_shows_when_the_screen_opens() throws Exception {
        workbench.run(io.lakefront.domain.task.TaskContext.silent());

        viewModel.shown();

        assertThat(viewModel.runProperty().get()).isNotNull();
        assertThat(viewModel.emptyProperty().get()).isFalse();
    }
}
