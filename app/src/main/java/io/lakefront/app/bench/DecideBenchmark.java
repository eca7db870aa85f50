package io.lakefront.app.bench;

import io.lakefront.domain.audience.FilterTree;
import io.lakefront.domain.campaign.brief.AudienceFacts;
import io.lakefront.domain.campaign.brief.BriefAnswers;
import io.lakefront.domain.campaign.brief.BriefAudience;
import io.lakefront.domain.campaign.brief.CampaignBrief;
import io.lakefront.domain.campaign.brief.CampaignGoal;
import io.lakefront.domain.campaign.brief.Channel;
import io.lakefront.domain.campaign.brief.DraftBrief;
import io.lakefront.domain.decision.CampaignDecision;
import io.lakefront.domain.decision.CampaignEvidence;
import io.lakefront.domain.decision.ContactHistory;
import io.lakefront.domain.decision.ContactMessage;
import io.lakefront.domain.decision.CustomerDecision;
import io.lakefront.domain.decision.CustomerFacts;
import io.lakefront.domain.decision.CustomerProfile;
import io.lakefront.domain.decision.DecisionEngine;
import io.lakefront.domain.decision.DecisionPolicy;
import io.lakefront.domain.decision.Enrolment;
import io.lakefront.domain.decision.LiveCampaign;
import io.lakefront.domain.decision.MessageStatus;
import io.lakefront.domain.decision.Outcome;
import io.lakefront.domain.decision.Reason;
import io.lakefront.domain.demo.DemoCampaigns;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The decision engine alone, on N synthetic customers (random consent, zones, preferred hours, spend,
 * churn risk, audiences and contact histories with pending and past messages) against the demo's three
 * campaigns plus a broad fourth one, so that most customers have several candidates competing for the
 * caps: decisions per second with full structured traces (every campaign's reasons and competitors), and
 * the same with every reason rendered as its sentence. One run decides for every customer once. Goal
 * (issue 9): at least 100,000 customer decisions a second across 3+ campaigns.
 */
final class DecideBenchmark implements Benchmark {
    static final Instant AS_OF = Instant.parse("2026-10-20T15:30:00Z");
    private static final String[] ZONES = {"America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles",
            "America/Toronto", "Europe/London", "Europe/Berlin", "Pacific/Honolulu"};
    private static final String[] NAMES = {"Maria", "James", "Aisha", "Chen", "Olga", "Liam", "Noah", "Emma", null};

    private final int customers;
    private final List<CustomerFacts> facts = new ArrayList<>();
    private List<LiveCampaign> campaigns;
    private final DecisionEngine engine = new DecisionEngine(DecisionPolicy.defaults());

    DecideBenchmark(int customers) {
        this.customers = customers;
    }

    @Override public String name() { return "decide"; }

    @Override
    public String description() {
        return "decision engine: " + customers + " synthetic customers × 4 live campaigns, full traces";
    }

    @Override
    public void setUp(Path scratch) {
        campaigns = campaigns(LocalDate.ofInstant(AS_OF, ZoneOffset.UTC));
        Random random = new Random(9);
        for (int i = 0; i < customers; i++) {
            facts.add(customer(random, i));
        }
    }

    /** The demo's campaigns and a broad newsletter, approved, as the engine sees them. */
    static List<LiveCampaign> campaigns(LocalDate today) {
        AudienceFacts wide = new AudienceFacts(100_000, 200_000, Map.of(Channel.EMAIL, 70_000L, Channel.SMS, 40_000L,
                Channel.PUSH, 30_000L), 18, 4_000, 9_000, 2_500, 1_000, Map.of("first_name", 1.0, "top_category", 0.8));
        List<LiveCampaign> live = new ArrayList<>();
        long sends = 0;
        for (CampaignBrief brief : briefs(today, filter -> wide)) {
            // Some campaigns with evidence, one still cold.
            live.add(new LiveCampaign(brief.approvedBy("bench", AS_OF.minus(Duration.ofDays(30))),
                    new CampaignEvidence(sends, sends / 25)));
            sends += 400;
        }
        return List.copyOf(live);
    }

    /** The demo's three campaigns and "Autumn newsletter" (everyone who accepts email), drafted with {@code measure}. */
    static List<CampaignBrief> briefs(LocalDate today, java.util.function.Function<io.lakefront.domain.audience.Filter,
            AudienceFacts> measure) {
        List<CampaignBrief> briefs = new ArrayList<>(DemoCampaigns.briefs(today, measure));
        BriefAudience everyone = new BriefAudience(null, "Everyone who accepts email",
                FilterTree.read(Map.of("field", "email_opt_in", "op", "=", "value", true)));
        briefs.add(DraftBrief.draft(BriefAnswers.defaults(CampaignGoal.CROSS_SELL, everyone, today.minusDays(10))
                .withName("Autumn newsletter").withChannels(List.of(Channel.EMAIL, Channel.PUSH)).withMessages(3),
                measure.apply(everyone.filter())));
        return briefs;
    }

    private CustomerFacts customer(Random random, int i) {
        String id = String.format(java.util.Locale.ROOT, "C%08d", i);
        Set<Channel> consent = EnumSet.noneOf(Channel.class);
        Set<Channel> reachable = EnumSet.noneOf(Channel.class);
        for (Channel channel : Channel.values()) {
            if (random.nextDouble() < 0.7) {
                consent.add(channel);
            }
            if (random.nextDouble() < 0.9) {
                reachable.add(channel);
            }
        }
        Integer hour = random.nextDouble() < 0.2 ? null : random.nextInt(24);
        Channel preferred = random.nextDouble() < 0.3 ? null : Channel.values()[random.nextInt(3)];
        CustomerProfile profile = new CustomerProfile(id, NAMES[random.nextInt(NAMES.length)],
                ZoneId.of(ZONES[random.nextInt(ZONES.length)]), consent, reachable, hour,
                hour == null ? 0 : 1 + random.nextInt(40), preferred, Math.max(0, random.nextGaussian() * 400 + 300),
                random.nextDouble());
        Set<String> audiences = new HashSet<>();
        for (LiveCampaign campaign : campaigns) {
            if (random.nextDouble() < 0.6) {
                audiences.add(campaign.name());
            }
        }
        List<String> suppressed = random.nextDouble() < 0.05 ? List.of("open support ticket") : List.of();
        List<ContactMessage> messages = new ArrayList<>();
        Map<String, Enrolment> enrolments = new HashMap<>();
        int n = random.nextInt(4);
        for (int m = 0; m < n; m++) {
            LiveCampaign campaign = campaigns.get(random.nextInt(campaigns.size()));
            int step = (int) messages.stream().filter(x -> x.campaign().equals(campaign.name())).count();
            Instant at = AS_OF.minus(Duration.ofHours(random.nextInt(24 * 14))).plus(Duration.ofHours(random.nextInt(30)));
            enrolments.putIfAbsent(campaign.name(), new Enrolment(campaign.name(), at.minus(Duration.ofDays(2)),
                    random.nextDouble() < 0.05 ? at.plus(Duration.ofHours(3)) : null));
            Channel channel = campaign.brief().channels().get(random.nextInt(campaign.brief().channels().size()));
            messages.add(new ContactMessage(id + "-" + m, campaign.name(), step, channel, null, at,
                    at.isAfter(AS_OF) ? MessageStatus.PENDING : MessageStatus.DELIVERED,
                    random.nextDouble() < 0.2 ? at.plus(Duration.ofHours(2)) : null));
        }
        return new CustomerFacts(profile, audiences, suppressed, new ContactHistory(messages, enrolments));
    }

    @Override
    public Map<String, Number> run() {
        Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
        long start = System.nanoTime();
        long reasons = 0;
        for (CustomerFacts customer : facts) {
            CustomerDecision decision = engine.decide(customer, campaigns, AS_OF);
            for (CampaignDecision d : decision.decisions()) {
                outcomes.merge(d.outcome(), 1, Integer::sum);
                reasons += d.reasons().size();
            }
        }
        double structured = (System.nanoTime() - start) / 1e9;
        start = System.nanoTime();
        long characters = 0;
        for (CustomerFacts customer : facts) {
            for (CampaignDecision d : engine.decide(customer, campaigns, AS_OF).decisions()) {
                for (Reason reason : d.reasons()) {
                    characters += reason.text().length();
                }
            }
        }
        double rendered = (System.nanoTime() - start) / 1e9;
        Map<String, Number> figures = new LinkedHashMap<>();
        figures.put("customers", customers);
        figures.put("campaigns", campaigns.size());
        figures.put("decisions_per_s", Math.round(customers / structured));
        figures.put("campaign_decisions_per_s", Math.round(customers * campaigns.size() / structured));
        figures.put("with_sentences_per_s", Math.round(customers / rendered));
        figures.put("reasons_per_decision", Math.round(10.0 * reasons / customers) / 10.0);
        for (Outcome outcome : Outcome.values()) {
            figures.put(outcome.code() + "_pct", Math.round(1000.0 * outcomes.getOrDefault(outcome, 0)
                    / (customers * campaigns.size())) / 10.0);
        }
        figures.put("sentence_chars", characters);
        return figures;
    }
}
