package io.lakefront.ui.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import io.lakefront.domain.task.DirectTaskExecutor;
import io.lakefront.ui.common.Tone;
import io.lakefront.ui.fakes.TestWorkspace;
import org.junit.jupiter.api.Test;

class CampaignsViewModelTest {

    @Test
    void campaigns_are_listed_by_name_with_status_channels_and_dates_and_the_first_is_selected() {
        TestWorkspace w = TestWorkspace.withData();
        CampaignsViewModel campaigns = new CampaignsViewModel(w.listCampaigns, w.actor, new DirectTaskExecutor());

        campaigns.refresh();

        assertThat(campaigns.rows()).extracting(CampaignRow::name)
                .containsExactly("VIP early access", "Welcome series", "Win-back");
        CampaignRow vip = campaigns.rows().get(0);
        assertThat(vip.status()).isEqualTo("Active");
        assertThat(vip.tone()).isEqualTo(Tone.SUCCESS);
        assertThat(vip.channels()).containsExactly("Email", "Push");
        assertThat(vip.dates()).isEqualTo("2026-10-01 → 2026-11-15");
        assertThat(campaigns.rows().get(1).dates()).isEqualTo("from 2026-01-01 · always on");
        assertThat(campaigns.rows().get(2).dates()).isEqualTo("Not scheduled");
        assertThat(campaigns.rows().get(2).tone()).isEqualTo(Tone.NEUTRAL);
        assertThat(campaigns.rows().get(2).channels()).containsExactly("Email", "SMS");
        assertThat(campaigns.summaryProperty().get()).isEqualTo("3 campaigns, 2 active");
        assertThat(campaigns.selectedProperty().get()).isEqualTo(vip);
        assertThat(campaigns.emptyProperty().get()).isFalse();
    }

    @Test
    void a_workspace_without_campaigns_shows_the_empty_state() {
        TestWorkspace w = TestWorkspace.empty();
        CampaignsViewModel campaigns = new CampaignsViewModel(w.listCampaigns, w.actor, new DirectTaskExecutor());

        campaigns.refresh();

        assertThat(campaigns.emptyProperty().get()).isTrue();
        assertThat(campaigns.selectedProperty().get()).isNull();
    }

    @Test
    void the_selection_survives_a_refresh() {
        TestWorkspace w = TestWorkspace.withData();
        CampaignsViewModel campaigns = new CampaignsViewModel(w.listCampaigns, w.actor, new DirectTaskExecutor());
        campaigns.refresh();
        campaigns.selectedProperty().set(campaigns.rows().get(2));

        campaigns.refresh();

        assertThat(campaigns.selectedProperty().get().name()).isEqualTo("Win-back");
    }
}
