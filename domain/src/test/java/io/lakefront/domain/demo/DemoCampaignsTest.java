package io.lakefront.domain.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.lakefront.domain.campaign.Campaign;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemoCampaignsTest {
    private final LocalDate asOf = LocalDate.of(2026, 10, 20);
    private final List<Campaign> campaigns = DemoCampaigns.defaults(asOf);

    @Test
    void aDemoWorkspaceStartsWithWinBackWelcomeAndVipCampaigns() {
        assertThat(campaigns).extracting(Campaign::name)
                .containsExactly("Win back lapsed customers", "Welcome series", "VIP early access");
        assertThat(campaigns).extracting(Campaign::goal).containsExactly("win back", "welcome", "announce");
    }

    @Test
    void everyDemoCampaignIsRunningDescribedAndStartedBeforeToday() {
        assertThat(campaigns).allSatisfy(campaign -> {
            assertThat(campaign.active()).isTrue();
            assertThat(campaign.alwaysOn()).isTrue();
            assertThat(campaign.audience()).isNotBlank();
            assertThat(campaign.summary()).hasSizeGreaterThan(100);
            assertThat(campaign.channels()).isNotEmpty().allSatisfy(c -> assertThat(c).isIn("email", "sms", "push"));
            assertThat(campaign.startDate()).isBefore(asOf);
        });
    }
}
