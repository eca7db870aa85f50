package io.lakefront.ui.home;

import static org.assertj.core.api.Assertions.assertThat;

import io.lakefront.domain.governance.Actor;
import io.lakefront.domain.task.DirectTaskExecutor;
import io.lakefront.ui.fakes.TestWorkspace;
import org.junit.jupiter.api.Test;

class HomeViewModelTest {

    @Test
    void an_empty_workspace_shows_zeroes_a_dash_for_the_match_rate_and_the_getting_started_card() {
        TestWorkspace w = TestWorkspace.empty();
        HomeViewModel home = new HomeViewModel(w.overview, w.actor, new DirectTaskExecutor(), w.clock);

        home.refresh();

        assertThat(home.emptyProperty().get()).isTrue();
        assertThat(home.sourcesProperty().get()).isEqualTo("0");
        assertThat(home.matchRateProperty().get()).isEqualTo("—");
        assertThat(home.profilesProperty().get()).isEqualTo("—");
        assertThat(home.lastSyncProperty().get()).isEqualTo("never");
        assertThat(home.campaignsHintProperty().get()).isEqualTo("No campaigns yet");
        assertThat(home.busyProperty().get()).isFalse();
    }

    @Test
    void a_workspace_with_data_shows_its_counts_and_hides_getting_started() {
        TestWorkspace w = TestWorkspace.withData();
        HomeViewModel home = new HomeViewModel(w.overview, w.actor, new DirectTaskExecutor(), w.clock);

        home.refresh();

        assertThat(home.emptyProperty().get()).isFalse();
        assertThat(home.sourcesProperty().get()).isEqualTo("3");
        assertThat(home.stagedRecordsProperty().get()).isEqualTo("5");
        assertThat(home.activeCampaignsProperty().get()).isEqualTo("2");
        assertThat(home.campaignsHintProperty().get()).isEqualTo("2 of 3 campaigns running");
        assertThat(home.lastSyncProperty().get()).isEqualTo("2026-10-20 23:59");
        assertThat(home.problemProperty().get()).isEmpty();
    }

    @Test
    void a_refused_load_says_why_instead_of_showing_numbers() {
        TestWorkspace w = TestWorkspace.withData();
        HomeViewModel home = new HomeViewModel(w.overview, Actor.of("guest"), new DirectTaskExecutor(), w.clock);

        home.refresh();

        assertThat(home.problemProperty().get()).contains("guest").contains("may not view workspace");
        assertThat(home.sourcesProperty().get()).isEqualTo("—");
    }
}
