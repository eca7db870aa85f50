package io.lakefront.domain.campaign.brief;

import io.lakefront.domain.UserError;
import io.lakefront.domain.campaign.Campaign;
import io.lakefront.domain.campaign.CampaignStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The typed plan of a campaign, from goal to guardrails, as a marketer edits and an approver signs it
 * off: whom it is for, on which channels, when, how success is measured, the sequence of touchpoints
 * and the rules that bound it, the personalization signals the data offers and the assumptions it
 * rests on. Kept in {@code campaigns/NAME.yaml}; every save is a new {@code version}.
 *
 * @param approvedBy who approved it, {@code null} unless {@code status} is approved or later
 */
public record CampaignBrief(String name, CampaignGoal goal, BriefAudience audience, List<Channel> channels,
                            Schedule schedule, SuccessMetric metric, List<Touchpoint> touchpoints,
                            Guardrails guardrails, List<String> signals, List<String> assumptions, int version,
                            CampaignStatus status, String approvedBy, Instant approvedAt) {
    public CampaignBrief {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new UserError("a campaign needs a name");
        }
        name = name.strip();
        Objects.requireNonNull(goal, "goal");
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(guardrails, "guardrails");
        Objects.requireNonNull(status, "status");
        channels = List.copyOf(channels.stream().distinct().toList());
        touchpoints = List.copyOf(touchpoints);
        signals = List.copyOf(signals);
        assumptions = List.copyOf(assumptions);
        if (version < 0) {
            throw new UserError("version " + version + " is negative");
        }
        approvedBy = approvedBy == null || approvedBy.isBlank() ? null : approvedBy;
    }

    /** True once approved (approved, active, paused or ended). */
    public boolean approved() {
        return status != CampaignStatus.DRAFT;
    }

    public CampaignBrief withName(String value) {
        return new CampaignBrief(value, goal, audience, channels, schedule, metric, touchpoints, guardrails, signals,
                assumptions, version, status, approvedBy, approvedAt);
    }

    public CampaignBrief withGoal(CampaignGoal value) {
        return new CampaignBrief(name, value, audience, channels, schedule, metric, touchpoints, guardrails, signals,
                assumptions, version, status, approvedBy, approvedAt);
    }

    public CampaignBrief withAudience(BriefAudience value) {
        return new CampaignBrief(name, goal, value, channels, schedule, metric, touchpoints, guardrails, signals,
                assumptions, version, status, approvedBy, approvedAt);
    }

    public CampaignBrief withChannels(List<Channel> value) {
        return new CampaignBrief(name, goal, audience, value, schedule, metric, touchpoints, guardrails, signals,
                assumptions, version, status, approvedBy, approvedAt);
    }

    public CampaignBrief withSchedule(Schedule value) {
        return new CampaignBrief(name, goal, audience, channels, value, metric, touchpoints, guardrails, signals,
                assumptions, version, status, approvedBy, approvedAt);
    }

    public CampaignBrief withMetric(SuccessMetric value) {
        return new CampaignBrief(name, goal, audience, channels, schedule, value, touchpoints, guardrails, signals,
                assumptions, version, status, approvedBy, approvedAt);
    }

    public CampaignBrief withTouchpoints(List<Touchpoint> value) {
        return new CampaignBrief(name, goal, audience, channels, schedule, metric, value, guardrails, signals,
                assumptions, version, status, approvedBy, approvedAt);
    }

    public CampaignBrief withGuardrails(Guardrails value) {
        return new CampaignBrief(name, goal, audience, channels, schedule, metric, touchpoints, value, signals,
                assumptions, version, status, approvedBy, approvedAt);
    }

    public CampaignBrief withSignals(List<String> value) {
        return new CampaignBrief(name, goal, audience, channels, schedule, metric, touchpoints, guardrails, value,
                assumptions, version, status, approvedBy, approvedAt);
    }

    public CampaignBrief withAssumptions(List<String> value) {
        return new CampaignBrief(name, goal, audience, channels, schedule, metric, touchpoints, guardrails, signals,
                value, version, status, approvedBy, approvedAt);
    }

    public CampaignBrief withVersion(int value) {
        return new CampaignBrief(name, goal, audience, channels, schedule, metric, touchpoints, guardrails, signals,
                assumptions, value, status, approvedBy, approvedAt);
    }

    /** This brief approved by {@code by} at {@code at}. */
    public CampaignBrief approvedBy(String by, Instant at) {
        return new CampaignBrief(name, goal, audience, channels, schedule, metric, touchpoints, guardrails, signals,
                assumptions, version, CampaignStatus.APPROVED, by, at);
    }

    /** This brief back to a draft, its approval cleared (an edit needs approval again). */
    public CampaignBrief asDraft() {
        return new CampaignBrief(name, goal, audience, channels, schedule, metric, touchpoints, guardrails, signals,
                assumptions, version, CampaignStatus.DRAFT, null, null);
    }

    /** The same plan, whatever its version, status and approval: what an edit changes. */
    public boolean samePlan(CampaignBrief other) {
        return asDraft().withVersion(0).equals(other.asDraft().withVersion(0));
    }

    /** One paragraph: the sequence and its guardrails in words, for lists and {@code summary:} in the file. */
    public String summary() {
        List<String> steps = new ArrayList<>();
        for (Touchpoint t : touchpoints) {
            steps.add(t.channel().code() + " " + t.trigger().sentence() + " (" + t.theme() + ")");
        }
        String sequence = steps.isEmpty() ? "No messages yet." : touchpoints.size() + " message"
                + (touchpoints.size() == 1 ? "" : "s") + ": " + String.join("; ", steps) + ".";
        return sequence + String.format(Locale.ROOT, " Aim: %s. At most %d messages in %d days, none between %02d:00 and %02d:00%s%s.",
                metric.sentence(), guardrails.overallCap(), guardrails.capWindowDays(), guardrails.quietStart(),
                guardrails.quietEnd(), guardrails.suppressOpenTickets() ? ", open tickets suppressed" : "",
                guardrails.suppressConvertersDays() > 0
                        ? ", buyers of the last " + guardrails.suppressConvertersDays() + " days suppressed" : "");
    }

    /** The brief as the workspace lists campaigns. */
    public Campaign toCampaign() {
        return new Campaign(name, goal.label(), status, audience.description(),
                channels.stream().map(Channel::code).toList(), summary(), schedule.start(), schedule.end());
    }
}
