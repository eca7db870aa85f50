package io.lakefront.domain.campaign.brief;

import io.lakefront.domain.audience.AudienceField;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a brief and explains every problem in the marketer's terms: a channel nobody in the audience
 * consented to, a cap lower than the sequence needs, a sequence that outlasts the end date, variants
 * whose weights do not add up, a target that is no improvement, a send hour inside the quiet hours.
 * Without facts (no data yet) the checks that need the audience's data are left out.
 */
public final class BriefValidator {
    /** Below this share of consenting members a channel gets a warning. */
    static final double THIN_REACH = 0.10;

    private BriefValidator() {
    }

    public static List<BriefProblem> validate(CampaignBrief brief, Optional<AudienceFacts> facts) {
        List<BriefProblem> problems = new ArrayList<>();
        audience(brief, facts, problems);
        channels(brief, facts, problems);
        schedule(brief, problems);
        metric(brief, problems);
        touchpoints(brief, facts, problems);
        caps(brief, problems);
        return List.copyOf(problems);
    }

    /** True when none of the problems is an error. */
    public static boolean approvable(List<BriefProblem> problems) {
        return problems.stream().noneMatch(BriefProblem::error);
    }

    private static void audience(CampaignBrief brief, Optional<AudienceFacts> facts, List<BriefProblem> out) {
        if (brief.audience().description().isBlank()) {
            out.add(warning("audience", "describe the audience in words, for whoever reads the brief"));
        }
        facts.ifPresent(f -> {
            if (f.size() == 0) {
                out.add(error("audience", "the audience selects no customers now"));
            }
        });
    }

    private static void channels(CampaignBrief brief, Optional<AudienceFacts> facts, List<BriefProblem> out) {
        if (brief.channels().isEmpty()) {
            out.add(error("channels", "choose at least one channel"));
            return;
        }
        facts.filter(f -> f.size() > 0).ifPresent(f -> {
            for (Channel channel : brief.channels()) {
                long reach = f.reach(channel);
                if (reach == 0) {
                    out.add(error("channels", "no one in the audience consented to " + channel.code()
                            + " (0 of " + f.size() + "): drop it or choose another audience"));
                } else if (f.reachShare(channel) < THIN_REACH) {
                    out.add(warning("channels", String.format(Locale.ROOT,
                            "only %d of %d members (%s) consented to %s", reach, f.size(),
                            SuccessMetric.percent(f.reachShare(channel)), channel.code())));
                }
            }
        });
    }

    private static void schedule(CampaignBrief brief, List<BriefProblem> out) {
        Schedule schedule = brief.schedule();
        if (brief.guardrails().quiet(schedule.sendHour())) {
            out.add(error("schedule", String.format(Locale.ROOT, "the send hour %02d:00 is inside the quiet hours %02d:00-%02d:00",
                    schedule.sendHour(), brief.guardrails().quietStart(), brief.guardrails().quietEnd())));
        }
        if (schedule.end() != null) {
            LocalDate lastSend = schedule.start().plusDays(sequenceDays(brief.touchpoints()));
            if (lastSend.isAfter(schedule.end())) {
                out.add(warning("schedule", "the sequence takes " + sequenceDays(brief.touchpoints())
                        + " days: customers who enter on the start date get their last message on " + lastSend
                        + ", after the end " + schedule.end()));
            }
        }
    }

    private static void metric(CampaignBrief brief, List<BriefProblem> out) {
        SuccessMetric metric = brief.metric();
        if (metric.target() <= metric.baseline()) {
            out.add(error("metric", "the target " + SuccessMetric.percent(metric.target())
                    + " is no improvement on the baseline " + SuccessMetric.percent(metric.baseline())));
        }
    }

    private static void touchpoints(CampaignBrief brief, Optional<AudienceFacts> facts, List<BriefProblem> out) {
        List<Touchpoint> touchpoints = brief.touchpoints();
        if (touchpoints.isEmpty()) {
            out.add(error("touchpoints", "the sequence has no messages"));
            return;
        }
        Set<String> available = facts.map(f -> Set.copyOf(f.availableSignals())).orElse(null);
        for (int i = 0; i < touchpoints.size(); i++) {
            Touchpoint t = touchpoints.get(i);
            String at = "touchpoints[" + (i + 1) + "]";
            if (!brief.channels().contains(t.channel())) {
                out.add(error(at, t.channel().code() + " is not one of the campaign's channels ("
                        + String.join(", ", brief.channels().stream().map(Channel::code).toList()) + ")"));
            }
            if (i > 0 && t.trigger().kind() == TriggerKind.ENTRY) {
                out.add(warning(at, "triggered on entry like the first message: it goes out together with it"));
            }
            if (i == 0 && t.trigger().kind() == TriggerKind.NO_RESPONSE) {
                out.add(error(at, "the first message has no previous message to get a response to"));
            }
            if (t.theme().isBlank()) {
                out.add(error(at, "give the message a theme"));
            }
            for (String signal : t.signals()) {
                if (AudienceField.find(signal).isEmpty()) {
                    out.add(error(at, "unknown personalization signal '" + signal + "'"));
                } else if (available != null && !available.contains(signal)) {
                    out.add(warning(at, "'" + signal + "' is missing for most of the audience: the message needs a fallback"));
                }
            }
            variants(t, at, out);
        }
    }

    private static void variants(Touchpoint t, String at, List<BriefProblem> out) {
        if (t.variants().isEmpty()) {
            return;
        }
        if (t.variants().size() == 1) {
            out.add(warning(at, "one variant is not a test: add a second or remove it"));
        }
        Set<String> names = new HashSet<>();
        int total = 0;
        for (Variant v : t.variants()) {
            if (!names.add(v.name().toLowerCase(Locale.ROOT))) {
                out.add(error(at, "two variants are called '" + v.name() + "'"));
            }
            total += v.weight();
        }
        if (total != 100) {
            out.add(error(at, "the variants' weights add up to " + total + "%, not 100%"));
        }
    }

    /**
     * A cap is too low when, with every customer getting the sequence on schedule, some window of
     * {@code capWindowDays} days holds more of its messages than the cap allows.
     */
    private static void caps(CampaignBrief brief, List<BriefProblem> out) {
        Guardrails g = brief.guardrails();
        List<Integer> days = sendDays(brief.touchpoints());
        int most = mostInWindow(days, g.capWindowDays());
        if (most > g.overallCap()) {
            out.add(error("guardrails", "the overall cap of " + g.overallCap() + " messages in " + g.capWindowDays()
                    + " days is lower than the sequence needs: " + most + " of its messages fall within "
                    + g.capWindowDays() + " days"));
        }
        for (Channel channel : brief.channels()) {
            List<Integer> onChannel = new ArrayList<>();
            for (int i = 0; i < brief.touchpoints().size(); i++) {
                if (brief.touchpoints().get(i).channel() == channel) {
                    onChannel.add(days.get(i));
                }
            }
            int needed = mostInWindow(onChannel, g.capWindowDays());
            Integer cap = g.channelCaps().get(channel);
            if (cap != null && needed > cap) {
                out.add(error("guardrails", "the " + channel.code() + " cap of " + cap + " in " + g.capWindowDays()
                        + " days is lower than the sequence needs: " + needed + " " + channel.code()
                        + " messages fall within " + g.capWindowDays() + " days"));
            }
        }
        for (Channel capped : g.channelCaps().keySet()) {
            if (!brief.channels().contains(capped)) {
                out.add(warning("guardrails", "a cap for " + capped.code() + ", which the campaign does not use"));
            }
        }
    }

    /** The day of each message after entry, when each goes out at the end of its delay. */
    static List<Integer> sendDays(List<Touchpoint> touchpoints) {
        List<Integer> days = new ArrayList<>();
        int day = 0;
        for (Touchpoint t : touchpoints) {
            day = t.trigger().kind() == TriggerKind.ENTRY ? t.trigger().delayDays() : day + t.trigger().delayDays();
            days.add(day);
        }
        return days;
    }

    /** Days from entry to the last message. */
    static int sequenceDays(List<Touchpoint> touchpoints) {
        return sendDays(touchpoints).stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    /** The most of {@code days} within any {@code windowDays} days. */
    static int mostInWindow(List<Integer> days, int windowDays) {
        List<Integer> sorted = days.stream().sorted().toList();
        int most = 0;
        for (int i = 0; i < sorted.size(); i++) {
            int j = i;
            while (j < sorted.size() && sorted.get(j) - sorted.get(i) < windowDays) {
                j++;
            }
            most = Math.max(most, j - i);
        }
        return most;
    }

    private static BriefProblem error(String section, String message) {
        return new BriefProblem(BriefProblem.Severity.ERROR, section, message);
    }

    private static BriefProblem warning(String section, String message) {
        return new BriefProblem(BriefProblem.Severity.WARNING, section, message);
    }
}
