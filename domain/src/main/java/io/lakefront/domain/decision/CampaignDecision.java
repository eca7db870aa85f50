package io.lakefront.domain.decision;

import io.lakefront.domain.campaign.brief.Channel;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;

/**
 * The decision for one customer and one campaign, with every reason behind it.
 *
 * @param step      the touchpoint's index in the sequence (from 0), -1 when no touchpoint is next
 * @param message   the touchpoint's theme, empty when there is none
 * @param channel   the channel the message would go on, {@code null} when none
 * @param variant   the variant's name, {@code null} without an A/B test
 * @param sendAt    when it goes out (send) or may next be tried (defer), in the customer's zone; {@code null} otherwise
 * @param priority  {@code null} when the campaign never became a candidate (suppressed, skipped before ranking)
 * @param preemptedBy the campaign that took the slot, when deferred for it
 * @param competing the other candidates for this customer, highest priority first
 */
public record CampaignDecision(String campaign, Outcome outcome, int step, String message, Channel channel,
                               String variant, ZonedDateTime sendAt, Priority priority, String preemptedBy,
                               List<Reason> reasons, List<Competitor> competing) {
    public CampaignDecision {
        Objects.requireNonNull(campaign, "campaign");
        Objects.requireNonNull(outcome, "outcome");
        message = message == null ? "" : message;
        reasons = List.copyOf(reasons);
        competing = List.copyOf(competing);
    }

    /** The decisive reason as a sentence (the engine puts it first): what a results table shows in one line. */
    public String headline() {
        return reasons.isEmpty() ? outcome.code() : reasons.get(0).text();
    }
}
