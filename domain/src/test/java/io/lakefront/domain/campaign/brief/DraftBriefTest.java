package io.lakefront.domain.campaign.brief;

import static org.assertj.core.api.Assertions.assertThat;

import io.lakefront.domain.campaign.CampaignStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DraftBriefTest {
    @Test
    void defaults_come_from_the_audiences_data_and_are_written_down_as_assumptions() {
        CampaignBrief brief = Briefs.winBack(Briefs.facts(2000, 1600, 700, 100));

        assertThat(brief.name()).isEqualTo("Win back 2026-10");
        assertThat(brief.status()).isEqualTo(CampaignStatus.DRAFT);
        assertThat(brief.channels()).as("push reaches 5%%, under the 20%% default").containsExactly(Channel.EMAIL, Channel.SMS);
        assertThat(brief.schedule().sendHour()).isEqualTo(19);
        assertThat(brief.schedule().end()).isEqualTo(Briefs.TODAY.plusDays(45));
        assertThat(brief.metric().kind()).isEqualTo(MetricKind.REACTIVATION_RATE);
        assertThat(brief.metric().baseline()).isEqualTo(0.02);
        assertThat(brief.metric().target()).isEqualTo(0.03, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(brief.touchpoints()).extracting(Touchpoint::channel)
                .containsExactly(Channel.EMAIL, Channel.SMS, Channel.EMAIL);
        assertThat(brief.touchpoints().get(1).trigger()).isEqualTo(new Trigger(TriggerKind.NO_RESPONSE, 7));
        assertThat(brief.touchpoints().get(0).variants()).extracting(Variant::weight).containsExactly(50, 50);
        assertThat(brief.assumptions()).anyMatch(a -> a.startsWith("Baseline: 2.0% of the audience bought"))
                .anyMatch(a -> a.startsWith("Send hour 19:00"))
                .anyMatch(a -> a.startsWith("Channels: email 80.0%, sms 35.0%"));
        assertThat(BriefValidator.validate(brief, Optional.of(Briefs.facts(2000, 1600, 700, 100))))
                .filteredOn(BriefProblem::error).isEmpty();
    }

    @Test
    void without_buyers_in_the_audience_the_baseline_is_everyones_and_says_so() {
        AudienceFacts base = Briefs.facts(500, 400, 0, 0);
        AudienceFacts noBuyers = new AudienceFacts(500, 2000, base.reach(), null, 0, 300, 10, 0, base.signalCoverage());

        CampaignBrief brief = Briefs.winBack(noBuyers);

        assertThat(brief.metric().baseline()).isEqualTo(0.15);
        assertThat(brief.assumptions()).anyMatch(a -> a.contains("nobody in the audience bought") && a.contains("15.0%"));
        assertThat(brief.schedule().sendHour()).as("no preferred hour: the default").isEqualTo(10);
        assertThat(brief.channels()).containsExactly(Channel.EMAIL);
        assertThat(brief.touchpoints()).extracting(Touchpoint::channel).containsOnly(Channel.EMAIL);
        assertThat(brief.touchpoints().get(0).variants()).as("500 customers: too few for a test").isEmpty();
    }

    @Test
    void a_preferred_hour_inside_the_quiet_hours_moves_to_their_end() {
        AudienceFacts base = Briefs.facts(2000, 1600, 700, 100);
        AudienceFacts nightOwls = new AudienceFacts(2000, 8000, base.reach(), 23, 40, 400, 200, 20, base.signalCoverage());

        CampaignBrief brief = Briefs.winBack(nightOwls);

        assertThat(brief.schedule().sendHour()).isEqualTo(8);
        assertThat(brief.assumptions()).anyMatch(a -> a.startsWith("23:00 is inside the quiet hours"));
    }

    @Test
    void signals_missing_for_most_members_are_not_offered_nor_used() {
        Map<String, Double> coverage = new LinkedHashMap<>();
        AudienceFacts.SIGNALS.forEach(s -> coverage.put(s, 0.9));
        coverage.put("top_category", 0.2);
        AudienceFacts base = Briefs.facts(2000, 1600, 700, 100);
        AudienceFacts facts = new AudienceFacts(2000, 8000, base.reach(), 19, 40, 400, 200, 20, coverage);

        CampaignBrief brief = Briefs.winBack(facts);

        assertThat(brief.signals()).doesNotContain("top_category").contains("first_name");
        assertThat(brief.touchpoints()).allSatisfy(t -> assertThat(t.signals()).doesNotContain("top_category"));
    }

    @Test
    void the_cap_covers_what_the_sequence_needs_unless_the_marketer_set_one() {
        CampaignGoal goal = CampaignGoal.ANNOUNCE;
        BriefAnswers answers = BriefAnswers.defaults(goal, new BriefAudience(null, "x", goal.defaultFilter()), Briefs.TODAY)
                .withMessages(3).withChannels(List.of(Channel.EMAIL, Channel.PUSH, Channel.SMS));
        AudienceFacts facts = Briefs.facts(2000, 1600, 700, 900);

        CampaignBrief generated = DraftBrief.draft(answers, facts);
        CampaignBrief capped = DraftBrief.draft(answers.withConstraints(1, 7, null, null, null, null), facts);

        assertThat(generated.guardrails().overallCap()).as("days 0, 2 and 5 within a week").isEqualTo(3);
        assertThat(BriefValidator.validate(generated, Optional.of(facts))).filteredOn(BriefProblem::error).isEmpty();
        assertThat(capped.guardrails().overallCap()).isEqualTo(1);
        assertThat(BriefValidator.validate(capped, Optional.of(facts))).filteredOn(BriefProblem::error)
                .extracting(BriefProblem::message).singleElement().asString()
                .contains("lower than the sequence needs: 3 of its messages fall within 7 days");
    }

    @Test
    void every_goal_drafts_a_brief_without_errors_from_healthy_data() {
        AudienceFacts facts = Briefs.facts(3000, 2400, 1200, 900);
        for (CampaignGoal goal : CampaignGoal.values()) {
            CampaignBrief brief = DraftBrief.draft(BriefAnswers.defaults(goal,
                    new BriefAudience(null, goal.defaultAudience(), goal.defaultFilter()), Briefs.TODAY), facts);
            assertThat(brief.touchpoints()).as(goal.label()).hasSize(goal.defaultMessages());
            assertThat(BriefValidator.validate(brief, Optional.of(facts))).as(goal.label())
                    .filteredOn(BriefProblem::error).isEmpty();
            assertThat(brief.schedule().alwaysOn()).as(goal.label()).isEqualTo(goal.defaultAlwaysOn());
        }
    }
}
