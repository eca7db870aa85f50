package io.lakefront.domain.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.lakefront.domain.campaign.brief.AudienceFacts;
import io.lakefront.domain.campaign.brief.BriefProblem;
import io.lakefront.domain.campaign.brief.BriefValidator;
import io.lakefront.domain.campaign.brief.CampaignBrief;
import io.lakefront.domain.campaign.brief.CampaignGoal;
import io.lakefront.domain.campaign.brief.Channel;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DemoCampaignsTest {
    private final LocalDate asOf = LocalDate.of(2026, 10, 20);
    private final AudienceFacts facts = facts();
    private final List<CampaignBrief> briefs = DemoCampaigns.briefs(asOf, filter -> facts);

    private static AudienceFacts facts() {
        Map<String, Double> coverage = new LinkedHashMap<>();
        AudienceFacts.SIGNALS.forEach(s -> coverage.put(s, 0.7));
        return new AudienceFacts(400, 2000, Map.of(Channel.EMAIL, 300L, Channel.SMS, 150L, Channel.PUSH, 120L), 18,
                12, 300, 40, 0, coverage);
    }

    @Test
    void aDemoWorkspaceStartsWithWinBackWelcomeAndVipBriefs() {
        assertThat(briefs).extracting(CampaignBrief::name)
                .containsExactly("Win back lapsed customers", "Welcome series", "VIP early access");
        assertThat(briefs).extracting(CampaignBrief::goal)
                .containsExactly(CampaignGoal.WIN_BACK, CampaignGoal.WELCOME, CampaignGoal.ANNOUNCE);
        assertThat(briefs).extracting(b -> b.touchpoints().size()).containsExactly(2, 3, 3);
    }

    @Test
    void everyDemoBriefIsGeneratedFromTheDataAlwaysOnAndApprovable() {
        assertThat(briefs).allSatisfy(brief -> {
            assertThat(brief.schedule().alwaysOn()).isTrue();
            assertThat(brief.schedule().start()).isBefore(asOf);
            assertThat(brief.schedule().sendHour()).isEqualTo(18);
            assertThat(brief.audience().description()).isNotBlank();
            assertThat(brief.assumptions()).isNotEmpty();
            assertThat(brief.toCampaign().summary()).hasSizeGreaterThan(100);
            assertThat(BriefValidator.validate(brief, Optional.of(facts))).filteredOn(BriefProblem::error).isEmpty();
        });
    }

    @Test
    void aChannelNoMemberConsentedToIsLeftOut() {
        Map<String, Double> coverage = new LinkedHashMap<>();
        AudienceFacts.SIGNALS.forEach(s -> coverage.put(s, 0.7));
        AudienceFacts noSms = new AudienceFacts(73, 300, Map.of(Channel.EMAIL, 60L, Channel.SMS, 0L, Channel.PUSH, 20L), 18,
                2, 30, 4, 0, coverage);

        List<CampaignBrief> drafted = DemoCampaigns.briefs(asOf, filter -> noSms);

        assertThat(drafted.get(0).channels()).containsExactly(Channel.EMAIL);
        assertThat(drafted.get(2).channels()).containsExactly(Channel.EMAIL, Channel.PUSH);
        assertThat(drafted).allSatisfy(brief -> assertThat(BriefValidator.validate(brief, Optional.of(noSms)))
                .filteredOn(BriefProblem::error).isEmpty());
    }
}
