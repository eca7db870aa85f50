package io.lakefront.domain.decision;

import io.lakefront.domain.campaign.CampaignStatus;
import io.lakefront.domain.campaign.brief.BriefAudience;
import io.lakefront.domain.campaign.brief.CampaignBrief;
import io.lakefront.domain.campaign.brief.CampaignGoal;
import io.lakefront.domain.campaign.brief.Channel;
import io.lakefront.domain.campaign.brief.Guardrails;
import io.lakefront.domain.campaign.brief.MetricKind;
import io.lakefront.domain.campaign.brief.Schedule;
import io.lakefront.domain.campaign.brief.SuccessMetric;
import io.lakefront.domain.campaign.brief.Touchpoint;
import io.lakefront.domain.campaign.brief.Trigger;
import io.lakefront.domain.campaign.brief.Variant;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Builders for the engine's inputs, so each test states only what it is about. */
final class Fixtures {
    static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
    static final Set<Channel> ALL = EnumSet.allOf(Channel.class);

    private Fixtures() {
    }

    /** A local time in Chicago as an instant. */
    static Instant chicago(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(CHICAGO).toInstant();
    }

    static Touchpoint touch(Channel channel, Trigger trigger, String theme, Variant... variants) {
        return new Touchpoint(channel, trigger, theme, List.of(), "", List.of(variants));
    }

    static CampaignBrief brief(String name, Guardrails guardrails, Schedule schedule, Touchpoint... touchpoints) {
        return new CampaignBrief(name, CampaignGoal.WIN_BACK,
                new BriefAudience(null, "lapsed buyers", CampaignGoal.WIN_BACK.defaultFilter()),
                List.of(Channel.EMAIL, Channel.SMS, Channel.PUSH), schedule,
                new SuccessMetric(MetricKind.REACTIVATION_RATE, 0.02, 0.03, 30), List.of(touchpoints), guardrails,
                List.of(), List.of(), 1, CampaignStatus.ACTIVE, "lead", Instant.parse("2026-11-01T00:00:00Z"));
    }

    /** A running campaign of one e-mail on entry, weekly cap 2, quiet 21–8, sent at 18:00. */
    static CampaignBrief simple(String name) {
        return brief(name, Guardrails.defaults(), new Schedule(LocalDate.of(2026, 11, 1), null, 18),
                touch(Channel.EMAIL, Trigger.onEntry(), "Hello from " + name));
    }

    static LiveCampaign live(CampaignBrief brief) {
        return new LiveCampaign(brief, CampaignEvidence.NONE);
    }

    static CustomerProfile maria() {
        return new CustomerProfile("c-maria", "Maria", CHICAGO, ALL, ALL, null, 0, null, 500, 0.2);
    }

    static CustomerProfile profile(String id, Set<Channel> consent, Set<Channel> reachable, Integer hour,
                                   int interactions, Channel preferred) {
        return new CustomerProfile(id, "Maria", CHICAGO, consent, reachable, hour, interactions, preferred, 500, 0.2);
    }

    static ContactMessage sent(String id, String campaign, int step, Channel channel, Instant at) {
        return new ContactMessage(id, campaign, step, channel, null, at, MessageStatus.SENT, null);
    }

    /** Facts of a customer in the audience of every named campaign, with no suppression. */
    static CustomerFacts facts(CustomerProfile profile, List<ContactMessage> messages, Map<String, Enrolment> enrolments,
                               String... audiences) {
        return new CustomerFacts(profile, Set.of(audiences), List.of(), new ContactHistory(messages, enrolments));
    }

    static CustomerFacts facts(CustomerProfile profile, String... audiences) {
        return facts(profile, List.of(), Map.of(), audiences);
    }

    static List<LiveCampaign> lives(CampaignBrief... briefs) {
        List<LiveCampaign> out = new ArrayList<>();
        for (CampaignBrief brief : briefs) {
            out.add(live(brief));
        }
        return out;
    }

    static List<ReasonCode> codes(CampaignDecision decision) {
        return decision.reasons().stream().map(Reason::code).toList();
    }
}
