package io.lakefront.domain.demo;

import io.lakefront.domain.audience.Filter;
import io.lakefront.domain.audience.FilterTree;
import io.lakefront.domain.campaign.brief.AudienceFacts;
import io.lakefront.domain.campaign.brief.BriefAnswers;
import io.lakefront.domain.campaign.brief.BriefAudience;
import io.lakefront.domain.campaign.brief.CampaignBrief;
import io.lakefront.domain.campaign.brief.CampaignGoal;
import io.lakefront.domain.campaign.brief.Channel;
import io.lakefront.domain.campaign.brief.DraftBrief;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The campaigns a demo workspace starts with, made the way a marketer makes them: the answers to the
 * brief conversation (goal, audience, channels, messages, always on), drafted by the offline generator
 * against the demo's own data.
 */
public final class DemoCampaigns {
    private DemoCampaigns() {
    }

    /** The conversation's answers of the three demo campaigns, started before {@code asOf}. */
    public static List<BriefAnswers> answers(LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        BriefAudience lapsed = new BriefAudience(null,
                "Customers who bought at least twice but not in the last 180 days, who accept email or text messages"
                        + " and have no open support ticket",
                filter(Map.of("all", List.of(
                        Map.of("field", "order_count", "op", ">=", "value", 2),
                        Map.of("field", "days_since_last_order", "op", ">", "value", 180),
                        Map.of("any", List.of(
                                Map.of("field", "email_opt_in", "op", "=", "value", true),
                                Map.of("field", "sms_opt_in", "op", "=", "value", true))),
                        Map.of("field", "open_tickets", "op", "=", "value", 0)))));
        BriefAudience newcomers = new BriefAudience(null,
                "Customers who signed up in the last 30 days and accept email",
                filter(Map.of("all", List.of(
                        Map.of("field", "created_at", "op", "within", "window", Map.of("last_days", 30)),
                        Map.of("field", "email_opt_in", "op", "=", "value", true)))));
        BriefAudience vips = new BriefAudience(null,
                "Gold and platinum loyalty members who bought in the last year and accept email, text messages or"
                        + " push notifications",
                filter(Map.of("all", List.of(
                        Map.of("field", "loyalty_tier", "op", "in", "values", List.of("gold", "platinum")),
                        Map.of("event", "purchases", "measure", "count", "window", Map.of("last_days", 365),
                                "op", ">=", "number", 1),
                        Map.of("any", List.of(
                                Map.of("field", "email_opt_in", "op", "=", "value", true),
                                Map.of("field", "sms_opt_in", "op", "=", "value", true),
                                Map.of("field", "push_opt_in", "op", "=", "value", true)))))));
        return List.of(
                BriefAnswers.defaults(CampaignGoal.WIN_BACK, lapsed, asOf.minusDays(45))
                        .withName("Win back lapsed customers").withChannels(List.of(Channel.EMAIL, Channel.SMS))
                        .withMessages(2).withEnd(null, true),
                BriefAnswers.defaults(CampaignGoal.WELCOME, newcomers, asOf.minusDays(120))
                        .withName("Welcome series").withChannels(List.of(Channel.EMAIL, Channel.PUSH)).withMessages(3),
                BriefAnswers.defaults(CampaignGoal.ANNOUNCE, vips, asOf.minusDays(20))
                        .withName("VIP early access").withChannels(List.of(Channel.EMAIL, Channel.SMS, Channel.PUSH))
                        .withMessages(3).withEnd(null, true));
    }

    /**
     * The demo campaigns' briefs, drafted against the facts {@code measure} reads for each audience. A
     * channel no member consented to (a demo built without some of its sources) is left out, as a
     * marketer would after reading the channel question's numbers.
     */
    public static List<CampaignBrief> briefs(LocalDate asOf, Function<Filter, AudienceFacts> measure) {
        List<CampaignBrief> briefs = new java.util.ArrayList<>();
        for (BriefAnswers answers : answers(asOf)) {
            AudienceFacts facts = measure.apply(answers.audience().filter());
            List<Channel> reachable = answers.channels().stream().filter(c -> facts.reach(c) > 0).toList();
            briefs.add(DraftBrief.draft(answers.withChannels(reachable), facts));
        }
        return List.copyOf(briefs);
    }

    private static Filter filter(Map<String, Object> tree) {
        return FilterTree.read(tree);
    }
}
