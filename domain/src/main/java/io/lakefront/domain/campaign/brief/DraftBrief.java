package io.lakefront.domain.campaign.brief;

import io.lakefront.domain.campaign.CampaignStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The offline generator: turns the conversation's answers and the audience's {@link AudienceFacts}
 * into a full brief from the goal's templates. Every default it takes from the data (channels by
 * consent, the send hour, the baseline) is written down as an assumption, so the approver sees what
 * the plan rests on. Pure and deterministic: the same answers and facts give the same brief.
 */
public final class DraftBrief {
    /** From this many members the first message is split into two variants. */
    static final long TEST_SIZE = 1000;
    /** A channel is offered by default when at least this share of the members consented to it. */
    static final double DEFAULT_REACH = 0.20;
    static final int DEFAULT_SEND_HOUR = 10;

    private DraftBrief() {
    }

    public static CampaignBrief draft(BriefAnswers answers, AudienceFacts facts) {
        CampaignGoal goal = answers.goal();
        List<String> assumptions = new ArrayList<>();
        List<Channel> channels = answers.channels().isEmpty() ? defaultChannels(facts) : answers.channels();
        if (answers.channels().isEmpty()) {
            assumptions.add("Channels: " + reachWords(facts, channels) + " of the audience consented to them.");
        }
        int messages = answers.messages() > 0 ? Math.min(answers.messages(), goal.templates().size()) : goal.defaultMessages();
        List<String> available = facts.size() > 0 ? facts.availableSignals() : AudienceFacts.SIGNALS;
        List<Touchpoint> touchpoints = new ArrayList<>();
        List<Channel> ranked = facts.channelsByReach().stream().filter(channels::contains).toList();
        for (int i = 0; i < messages; i++) {
            CampaignGoal.Template template = goal.templates().get(i);
            Channel channel = channels.contains(template.channel()) ? template.channel()
                    : ranked.isEmpty() ? channels.get(i % channels.size()) : ranked.get(i % ranked.size());
            List<String> signals = template.signals().stream().filter(available::contains).toList();
            touchpoints.add(new Touchpoint(channel, new Trigger(template.trigger(), template.delayDays()), template.theme(),
                    signals, template.rationale(), List.of()));
        }
        if (!touchpoints.isEmpty() && facts.size() >= TEST_SIZE) {
            touchpoints.set(0, touchpoints.get(0).withVariants(List.of(
                    new Variant("A", "subject line with the customer's name", 50),
                    new Variant("B", "subject line with the offer", 50))));
            assumptions.add("The audience (" + facts.size() + " customers) is large enough to test the first message's"
                    + " subject line in two halves.");
        }

        SuccessMetric metric = metric(goal, facts, answers.target(), assumptions);

        int window = answers.capWindowDays() != null ? answers.capWindowDays() : 7;
        int needed = BriefValidator.mostInWindow(BriefValidator.sendDays(touchpoints), window);
        int cap = answers.overallCap() != null ? answers.overallCap() : Math.max(2, needed);
        Guardrails defaults = Guardrails.defaults();
        Guardrails guardrails = new Guardrails(cap, window, Map.of(),
                answers.quietStart() != null ? answers.quietStart() : defaults.quietStart(),
                answers.quietEnd() != null ? answers.quietEnd() : defaults.quietEnd(),
                answers.suppressOpenTickets() != null ? answers.suppressOpenTickets() : defaults.suppressOpenTickets(),
                answers.suppressConvertersDays() != null ? answers.suppressConvertersDays()
                        : goal == CampaignGoal.WELCOME ? 0 : defaults.suppressConvertersDays());
        if (facts.openTickets() > 0 && guardrails.suppressOpenTickets()) {
            assumptions.add(facts.openTickets() + " members have an open support ticket now and are left out until it is closed.");
        }

        int hour = sendHour(facts, guardrails, assumptions);
        LocalDate end = answers.alwaysOn() ? null
                : answers.end() != null ? answers.end() : answers.start().plusDays(goal.defaultDurationDays());
        assumptions.add("Customers enter when they first match the audience and leave when they stop matching it,"
                + " or once they convert.");
        assumptions.add("Opt-outs are checked at send time, not taken from this brief.");
        String name = answers.name() != null && !answers.name().isBlank() ? answers.name()
                : defaultName(goal, answers.start());
        return new CampaignBrief(name, goal, answers.audience(), channels, new Schedule(answers.start(), end, hour), metric,
                touchpoints, guardrails, available, assumptions, 0, CampaignStatus.DRAFT, null, null);
    }

    /** The channels at least {@link #DEFAULT_REACH} of the members consented to, most reach first; else the best one. */
    public static List<Channel> defaultChannels(AudienceFacts facts) {
        List<Channel> ranked = facts.channelsByReach();
        List<Channel> chosen = ranked.stream().filter(c -> facts.reachShare(c) >= DEFAULT_REACH).toList();
        return chosen.isEmpty() ? List.of(ranked.get(0)) : chosen;
    }

    /** The baseline of the goal's metric in this audience, as the data gives it. */
    public static double baseline(CampaignGoal goal, AudienceFacts facts) {
        if (goal.metric() == MetricKind.CLICK_RATE) {
            return facts.clickShare();
        }
        return facts.buyerShare() > 0 ? facts.buyerShare() : facts.populationBuyerShare();
    }

    /** Baseline plus the goal's usual lift, at least one point more, rounded to a tenth of a percent. */
    public static double defaultTarget(CampaignGoal goal, double baseline) {
        double target = Math.max(baseline * (1 + goal.lift()), baseline + 0.01);
        return Math.min(1.0, Math.round(target * 1000) / 1000.0);
    }

    public static String defaultName(CampaignGoal goal, LocalDate start) {
        String label = goal.label();
        return Character.toUpperCase(label.charAt(0)) + label.substring(1) + " " + start.toString().substring(0, 7);
    }

    private static SuccessMetric metric(CampaignGoal goal, AudienceFacts facts, Double target, List<String> assumptions) {
        double baseline = round(baseline(goal, facts));
        if (goal.metric() == MetricKind.CLICK_RATE) {
            assumptions.add("Baseline: " + SuccessMetric.percent(baseline) + " of the audience clicked an email in the last 30 days.");
        } else if (facts.buyerShare() > 0) {
            assumptions.add("Baseline: " + SuccessMetric.percent(baseline) + " of the audience bought in the last "
                    + AudienceFacts.RECENT_DAYS + " days.");
        } else {
            assumptions.add("Baseline: nobody in the audience bought in the last " + AudienceFacts.RECENT_DAYS
                    + " days, so it is the share of all customers who did (" + SuccessMetric.percent(baseline) + ").");
        }
        double aim = target != null ? target : defaultTarget(goal, baseline);
        if (target == null) {
            assumptions.add(String.format(Locale.ROOT, "Target: %.0f%% better than the baseline, usual for %s campaigns.",
                    goal.lift() * 100, goal.label()));
        }
        return new SuccessMetric(goal.metric(), baseline, aim, goal.metricWindowDays());
    }

    private static int sendHour(AudienceFacts facts, Guardrails guardrails, List<String> assumptions) {
        int hour = facts.preferredHour() != null ? facts.preferredHour() : DEFAULT_SEND_HOUR;
        if (facts.preferredHour() != null) {
            assumptions.add(String.format(Locale.ROOT, "Send hour %02d:00: the median hour the members engage.", hour));
        } else {
            assumptions.add(String.format(Locale.ROOT, "Send hour %02d:00: no member has a preferred hour yet.", hour));
        }
        if (guardrails.quiet(hour)) {
            int moved = guardrails.quietEnd();
            assumptions.add(String.format(Locale.ROOT, "%02d:00 is inside the quiet hours, so messages go at %02d:00.", hour, moved));
            hour = moved;
        }
        return hour;
    }

    private static String reachWords(AudienceFacts facts, List<Channel> channels) {
        List<String> words = new ArrayList<>();
        for (Channel channel : channels) {
            words.add(channel.code() + " " + SuccessMetric.percent(facts.reachShare(channel)));
        }
        return String.join(", ", words);
    }

    private static double round(double share) {
        return Math.round(share * 10000) / 10000.0;
    }
}
