package io.lakefront.domain.campaign.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BriefDiffTest {
    private final CampaignBrief before = Briefs.winBack(Briefs.facts(2000, 1600, 700, 100));

    @Test
    void the_diff_lists_each_changed_value_by_its_path() {
        List<Touchpoint> touchpoints = new ArrayList<>(before.touchpoints());
        touchpoints.set(1, touchpoints.get(1).withTheme("Free shipping to come back"));
        touchpoints.remove(2);
        CampaignBrief after = before.withTouchpoints(touchpoints)
                .withGuardrails(before.guardrails().withOverallCap(3, 7)).withVersion(2);

        assertThat(BriefDiff.between(before, after)).extracting(BriefDiff.Change::toString).containsExactly(
                "~ touchpoints[2].theme: A time-limited offer to come back -> Free shipping to come back",
                "- touchpoints[3].channel: email",
                "- touchpoints[3].trigger: no_response",
                "- touchpoints[3].delay_days: 7",
                "- touchpoints[3].theme: Last call: the offer ends soon",
                "- touchpoints[3].signals: first_name",
                "- touchpoints[3].rationale: A deadline converts the undecided; after it the campaign stops rather than nag.",
                "~ guardrails.overall_cap: 2 -> 3");
    }

    @Test
    void an_approval_shows_as_status_and_approver_and_nothing_else() {
        CampaignBrief approved = before.approvedBy("ada", Instant.parse("2026-10-20T09:30:00Z")).withVersion(2);

        assertThat(BriefDiff.between(before, approved)).extracting(BriefDiff.Change::toString).containsExactly(
                "~ status: draft -> approved", "+ approved_by: ada", "+ approved_at: 2026-10-20T09:30:00Z");
        assertThat(BriefDiff.between(before, before.withVersion(7))).isEmpty();
    }
}
