package io.lakefront.domain.campaign.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BriefValidatorTest {
    private final AudienceFacts facts = Briefs.facts(2000, 1600, 700, 100);
    private final CampaignBrief brief = Briefs.winBack(facts);

    private List<String> errors(CampaignBrief b, Optional<AudienceFacts> f) {
        return BriefValidator.validate(b, f).stream().filter(BriefProblem::error).map(BriefProblem::toString).toList();
    }

    @Test
    void a_channel_nobody_in_the_audience_consented_to_is_an_error_and_a_thin_one_a_warning() {
        AudienceFacts noSms = Briefs.facts(2000, 1600, 0, 100);
        CampaignBrief withPush = brief.withChannels(List.of(Channel.EMAIL, Channel.SMS, Channel.PUSH));

        assertThat(errors(withPush, Optional.of(noSms)))
                .containsExactly("error in channels: no one in the audience consented to sms (0 of 2000): drop it or choose another audience");
        assertThat(BriefValidator.validate(withPush, Optional.of(noSms))).filteredOn(p -> !p.error())
                .extracting(BriefProblem::message).contains("only 100 of 2000 members (5.0%) consented to push");
        assertThat(errors(withPush, Optional.empty())).as("without data the check is left out").isEmpty();
    }

    @Test
    void caps_lower_than_the_sequence_needs_are_errors_overall_and_per_channel() {
        List<Touchpoint> three = List.of(
                brief.touchpoints().get(0),
                brief.touchpoints().get(0).withTrigger(Trigger.after(1)),
                brief.touchpoints().get(0).withTrigger(Trigger.after(1)));
        CampaignBrief tight = brief.withTouchpoints(three)
                .withGuardrails(brief.guardrails().withOverallCap(2, 7).withChannelCaps(Map.of(Channel.EMAIL, 1)));

        assertThat(errors(tight, Optional.of(facts))).containsExactly(
                "error in guardrails: the overall cap of 2 messages in 7 days is lower than the sequence needs: 3 of its"
                        + " messages fall within 7 days",
                "error in guardrails: the email cap of 1 in 7 days is lower than the sequence needs: 3 email messages"
                        + " fall within 7 days");
        CampaignBrief spread = tight.withTouchpoints(List.of(three.get(0), three.get(1).withTrigger(Trigger.after(7)),
                three.get(2).withTrigger(Trigger.after(7)))).withGuardrails(brief.guardrails().withOverallCap(1, 7));
        assertThat(errors(spread, Optional.of(facts))).as("a week apart, one a week fits").isEmpty();
    }

    @Test
    void variants_weights_names_targets_and_quiet_hours_are_explained() {
        Touchpoint first = brief.touchpoints().get(0).withVariants(List.of(new Variant("A", "", 60), new Variant("a", "", 30)));
        CampaignBrief bad = brief.withTouchpoints(List.of(first, brief.touchpoints().get(1)))
                .withMetric(new SuccessMetric(MetricKind.REACTIVATION_RATE, 0.05, 0.04, 30))
                .withSchedule(new Schedule(Briefs.TODAY, null, 22));

        assertThat(errors(bad, Optional.of(facts))).containsExactly(
                "error in schedule: the send hour 22:00 is inside the quiet hours 21:00-08:00",
                "error in metric: the target 4.0% is no improvement on the baseline 5.0%",
                "error in touchpoints[1]: two variants are called 'a'",
                "error in touchpoints[1]: the variants' weights add up to 90%, not 100%");
    }

    @Test
    void sequence_problems_name_the_touchpoint() {
        Touchpoint noResponse = brief.touchpoints().get(1);
        CampaignBrief bad = brief.withChannels(List.of(Channel.EMAIL))
                .withTouchpoints(List.of(noResponse.withTheme(" ").withSignals(List.of("shoe_size"))));

        assertThat(errors(bad, Optional.of(facts))).containsExactly(
                "error in touchpoints[1]: sms is not one of the campaign's channels (email)",
                "error in touchpoints[1]: the first message has no previous message to get a response to",
                "error in touchpoints[1]: give the message a theme",
                "error in touchpoints[1]: unknown personalization signal 'shoe_size'");
        assertThat(errors(brief.withTouchpoints(List.of()), Optional.of(facts)))
                .containsExactly("error in touchpoints: the sequence has no messages");
    }

    @Test
    void a_sequence_that_outlasts_the_end_date_is_a_warning() {
        CampaignBrief shortRun = brief.withSchedule(new Schedule(Briefs.TODAY, Briefs.TODAY.plusDays(10), 19));

        assertThat(BriefValidator.validate(shortRun, Optional.of(facts))).filteredOn(p -> p.section().equals("schedule"))
                .extracting(BriefProblem::message).singleElement().asString()
                .contains("the sequence takes 14 days").contains("after the end 2026-10-30");
        assertThat(BriefValidator.approvable(BriefValidator.validate(shortRun, Optional.of(facts)))).isTrue();
    }

    @Test
    void an_empty_audience_cannot_be_approved() {
        assertThat(errors(brief, Optional.of(Briefs.facts(0, 0, 0, 0))))
                .contains("error in audience: the audience selects no customers now");
    }
}
