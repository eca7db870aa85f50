package io.lakefront.domain.campaign.brief;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The answers of the brief conversation: a goal and an audience are required; every other answer may
 * be {@code null} (or empty) for the default the generator draws from the data.
 *
 * @param messages    0 for the goal's usual number
 * @param end         the last day; {@code null} with {@code alwaysOn} false means the goal's usual duration
 * @param target      the success metric's target share, {@code null} for baseline plus the goal's usual lift
 * @param overallCap  messages a customer may get per {@code capWindowDays}, {@code null} for what the sequence needs (at least 2 a week)
 */
public record BriefAnswers(String name, CampaignGoal goal, BriefAudience audience, List<Channel> channels, int messages,
                           LocalDate start, LocalDate end, boolean alwaysOn, Double target, Integer overallCap,
                           Integer capWindowDays, Integer quietStart, Integer quietEnd, Boolean suppressOpenTickets,
                           Integer suppressConvertersDays) {
    public BriefAnswers {
        Objects.requireNonNull(goal, "goal");
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(start, "start");
        channels = channels == null ? List.of() : List.copyOf(channels);
    }

    /** Only the goal, the audience and the start: every other answer the default. */
    public static BriefAnswers defaults(CampaignGoal goal, BriefAudience audience, LocalDate start) {
        return new BriefAnswers(null, goal, audience, List.of(), 0, start, null, goal.defaultAlwaysOn(), null, null,
                null, null, null, null, null);
    }

    public BriefAnswers withName(String value) {
        return new BriefAnswers(value, goal, audience, channels, messages, start, end, alwaysOn, target, overallCap,
                capWindowDays, quietStart, quietEnd, suppressOpenTickets, suppressConvertersDays);
    }

    public BriefAnswers withChannels(List<Channel> value) {
        return new BriefAnswers(name, goal, audience, value, messages, start, end, alwaysOn, target, overallCap,
                capWindowDays, quietStart, quietEnd, suppressOpenTickets, suppressConvertersDays);
    }

    public BriefAnswers withMessages(int value) {
        return new BriefAnswers(name, goal, audience, channels, value, start, end, alwaysOn, target, overallCap,
                capWindowDays, quietStart, quietEnd, suppressOpenTickets, suppressConvertersDays);
    }

    public BriefAnswers withEnd(LocalDate value, boolean alwaysOnValue) {
        return new BriefAnswers(name, goal, audience, channels, messages, start, value, alwaysOnValue, target, overallCap,
                capWindowDays, quietStart, quietEnd, suppressOpenTickets, suppressConvertersDays);
    }

    public BriefAnswers withTarget(Double value) {
        return new BriefAnswers(name, goal, audience, channels, messages, start, end, alwaysOn, value, overallCap,
                capWindowDays, quietStart, quietEnd, suppressOpenTickets, suppressConvertersDays);
    }

    public BriefAnswers withConstraints(Integer cap, Integer windowDays, Integer quietStartValue, Integer quietEndValue,
                                        Boolean openTickets, Integer convertersDays) {
        return new BriefAnswers(name, goal, audience, channels, messages, start, end, alwaysOn, target, cap,
                windowDays, quietStartValue, quietEndValue, openTickets, convertersDays);
    }
}
