package io.lakefront.domain.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

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
import io.lakefront.domain.campaign.brief.TriggerKind;
import io.lakefront.domain.campaign.brief.Variant;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Property tests of the engine's guarantees over random customers, 1–5 campaigns with random guardrails,
 * touchpoints, schedules and variants, and random contact histories: a seeded generator (jqwik is not
 * available), the failing case's seed and index printed on failure so it can be replayed.
 */
class DecisionGuaranteesTest {
    private static final long SEED = Long.getLong("lakefront.decision.seed", 20261126L);
    private static final int CASES = Integer.getInteger("lakefront.decision.cases", 3000);
    private static final List<ZoneId> ZONES = List.of(ZoneId.of("America/Chicago"), ZoneId.of("America/New_York"),
            ZoneId.of("Europe/Berlin"), ZoneId.of("Asia/Kolkata"), ZoneId.of("Pacific/Auckland"), ZoneId.of("UTC"),
            ZoneId.of("Australia/Lord_Howe"), ZoneId.of("Asia/Kathmandu"), ZoneId.of("America/St_Johns"));
    private static final Channel[] CHANNELS = Channel.values();
    /** Moments near clock changes, where send times are easiest to get wrong. */
    private static final List<Instant> CLOCK_CHANGES = List.of(Instant.parse("2027-03-14T07:30:00Z"),
            Instant.parse("2026-11-01T05:30:00Z"), Instant.parse("2027-03-28T00:30:00Z"),
            Instant.parse("2027-04-04T14:00:00Z"), Instant.parse("2026-10-04T15:30:00Z"));

    /** The reasons that may decide each outcome. */
    private static final Map<Outcome, Set<ReasonCode>> DECISIVE = Map.of(
            Outcome.SEND, EnumSet.of(ReasonCode.TOUCHPOINT),
            Outcome.DEFER, EnumSet.of(ReasonCode.SEQUENCE_WAIT, ReasonCode.IN_FLIGHT, ReasonCode.FREQUENCY_CAP,
                    ReasonCode.CHANNEL_CAP, ReasonCode.DAILY_CAP, ReasonCode.PREEMPTED),
            Outcome.SUPPRESS, EnumSet.of(ReasonCode.SUPPRESSED, ReasonCode.GLOBAL_OPT_OUT, ReasonCode.NO_CONSENT,
                    ReasonCode.UNREACHABLE, ReasonCode.CHANNEL_CLOSED),
            Outcome.SKIP, EnumSet.of(ReasonCode.CAMPAIGN_NOT_RUNNING, ReasonCode.CONVERTED, ReasonCode.NOT_IN_AUDIENCE,
                    ReasonCode.SEQUENCE_DONE, ReasonCode.RESPONDED, ReasonCode.EXPIRES));

    /** One generated case: everything the engine reads. */
    private record Case(DecisionPolicy policy, CustomerFacts facts, List<LiveCampaign> campaigns, Instant now) {
    }

    @Test
    void everyGuaranteeHoldsOverRandomCustomersCampaignsAndHistories() {
        Random random = new Random(SEED);
        int sends = 0;
        int crowded = 0;
        Set<ReasonCode> seen = EnumSet.noneOf(ReasonCode.class);
        int[] outcomes = new int[Outcome.values().length];
        for (int i = 0; i < CASES; i++) {
            Case c = generate(random);
            try {
                CustomerDecision decision = check(c);
                for (CampaignDecision d : decision.decisions()) {
                    outcomes[d.outcome().ordinal()]++;
                    sends += d.outcome() == Outcome.SEND ? 1 : 0;
                    for (Reason reason : d.reasons()) {
                        seen.add(reason.code());
                    }
                }
                crowded += decision.sends().size() > 1 ? 1 : 0;
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("case " + i + " of seed " + SEED + " failed: " + e.getMessage() + "\n" + c, e);
            }
        }
        // The generator must exercise every outcome, or the guarantees above would hold vacuously.
        for (Outcome outcome : Outcome.values()) {
            assertTrue(outcomes[outcome.ordinal()] > CASES / 50, outcome + " too rare: " + outcomes[outcome.ordinal()]);
        }
        assertEquals(EnumSet.allOf(ReasonCode.class), seen, "every reason occurs in the random cases");
        assertTrue(sends > CASES / 5, "too few sends: " + sends);
        assertTrue(crowded > CASES / 100, "too few decisions with several sends: " + crowded);
        System.out.println("decision guarantees: " + CASES + " cases of seed " + SEED + ", outcomes "
                + java.util.Arrays.toString(outcomes) + ", " + crowded + " with several sends");
    }

    private static CustomerDecision check(Case c) {
        DecisionEngine engine = new DecisionEngine(c.policy());
        CustomerDecision decision = engine.decide(c.facts(), c.campaigns(), c.now());
        assertEquals(decision, engine.decide(c.facts(), c.campaigns(), c.now()), "the same inputs, the same decisions");
        List<ContactMessage> shuffled = new ArrayList<>(c.facts().history().messages());
        Collections.shuffle(shuffled, new Random(c.now().getEpochSecond()));
        CustomerFacts reordered = new CustomerFacts(c.facts().profile(), c.facts().audiences(), c.facts().suppressedBy(),
                new ContactHistory(shuffled, c.facts().history().enrolments()));
        assertEquals(decision, engine.decide(reordered, c.campaigns(), c.now()), "independent of the ledger's order");

        assertEquals(c.campaigns().size(), decision.decisions().size());
        CustomerProfile p = c.facts().profile();
        Map<String, CampaignBrief> briefs = new HashMap<>();
        for (int i = 0; i < c.campaigns().size(); i++) {
            briefs.put(c.campaigns().get(i).name(), c.campaigns().get(i).brief());
            assertEquals(c.campaigns().get(i).name(), decision.decisions().get(i).campaign(), "in the campaigns' order");
        }
        List<long[]> all = new ArrayList<>(); // {time, channel ordinal}
        for (ContactMessage m : c.facts().history().messages()) {
            if (m.status().countsTowardsCaps()) {
                all.add(new long[] {m.sendAt().toEpochMilli(), m.channel().ordinal()});
            }
        }
        for (CampaignDecision d : decision.sends()) {
            all.add(new long[] {d.sendAt().toInstant().toEpochMilli(), d.channel().ordinal()});
        }
        for (CampaignDecision d : decision.decisions()) {
            assertTrue(!d.reasons().isEmpty(), d.campaign() + " has no reason");
            for (Reason r : d.reasons()) {
                assertTrue(!r.text().contains("{"), "unfilled template: " + r.text());
            }
            ReasonCode decisive = d.reasons().get(0).code();
            assertTrue(DECISIVE.get(d.outcome()).contains(decisive), d.outcome() + " decided by " + decisive);
            for (int i = 2; i < d.reasons().size(); i++) {
                assertTrue(d.reasons().get(i - 1).kind().ordinal() <= d.reasons().get(i).kind().ordinal(),
                        "reasons after the first are grouped by kind: " + d.reasons());
            }
            assertEquals(decisive == ReasonCode.PREEMPTED, d.preemptedBy() != null, "preemptedBy with PREEMPTED");
            assertTrue(d.competing().stream().noneMatch(x -> x.campaign().equals(d.campaign())), "competes with itself");
            if (d.outcome() == Outcome.DEFER) {
                assertTrue(d.sendAt() != null && !d.sendAt().toInstant().isBefore(c.now()), "a deferral points ahead");
                CampaignBrief b = briefs.get(d.campaign());
                assertTrue(!b.guardrails().quiet(d.sendAt().getHour()), "a deferral to quiet hours " + d.sendAt());
                assertTrue(b.schedule().end() == null || !d.sendAt().toLocalDate().isAfter(b.schedule().end()),
                        "a deferral past the end " + d.sendAt());
            }
            if (d.outcome() != Outcome.SEND) {
                continue;
            }
            CampaignBrief b = briefs.get(d.campaign());
            Guardrails g = b.guardrails();
            String what = d.campaign() + " sends " + d.channel() + " at " + d.sendAt();
            assertTrue(p.consent().contains(d.channel()), what + " without consent " + p.consent());
            assertTrue(p.reachable().contains(d.channel()), what + " to an unreachable channel " + p.reachable());
            assertTrue(c.facts().suppressedBy().isEmpty(), what + " to a suppressed customer");
            assertTrue(!p.globallyOptedOut(), what + " to an opted-out customer");
            Enrolment e = c.facts().history().enrolments().get(d.campaign());
            assertTrue(e == null || !e.converted(), what + " to a converted customer");
            assertTrue(c.facts().audiences().contains(d.campaign()), what + " outside the audience");
            assertTrue(!d.sendAt().toInstant().isBefore(c.now()), what + " before now " + c.now());
            ZonedDateTime local = d.sendAt().withZoneSameInstant(p.zone());
            assertEquals(p.zone(), d.sendAt().getZone(), "send times are in the customer's zone");
            assertTrue(!g.quiet(local.getHour()), what + " inside quiet hours " + g.quietStart() + "–" + g.quietEnd());
            assertTrue(b.schedule().end() == null || !local.toLocalDate().isAfter(b.schedule().end()), what + " after the end");
            long t = d.sendAt().toInstant().toEpochMilli();
            long w = g.capWindowDays() * 86_400_000L;
            assertTrue(maxInWindows(all, t, w, -1) <= g.overallCap(), what + " breaks the overall cap " + g.overallCap()
                    + " in " + g.capWindowDays() + " days");
            assertTrue(maxInWindows(all, t, w, d.channel().ordinal()) <= g.capFor(d.channel()),
                    what + " breaks the " + d.channel() + " cap " + g.capFor(d.channel()));
            long dayStart = local.toLocalDate().atStartOfDay(p.zone()).toInstant().toEpochMilli();
            long dayEnd = local.toLocalDate().plusDays(1).atStartOfDay(p.zone()).toInstant().toEpochMilli();
            int sameDay = 0;
            for (long[] m : all) {
                sameDay += m[0] >= dayStart && m[0] < dayEnd ? 1 : 0;
            }
            assertTrue(sameDay <= c.policy().dailyCap(), what + " breaks the daily cap " + c.policy().dailyCap());
        }
        return decision;
    }

    /** The most messages of {@code all} (on a channel, or any for -1) in one window (end - w, end] containing t. */
    private static int maxInWindows(List<long[]> all, long t, long w, long channel) {
        List<Long> ends = new ArrayList<>();
        ends.add(t);
        for (long[] m : all) {
            if (m[0] >= t && m[0] < t + w) {
                ends.add(m[0]);
            }
        }
        int best = 0;
        for (long end : ends) {
            int count = 0;
            for (long[] m : all) {
                if (m[0] > end - w && m[0] <= end && (channel < 0 || m[1] == channel)) {
                    count++;
                }
            }
            best = Math.max(best, count);
        }
        return best;
    }

    // ------------------------------------------------------------------ the generator

    private static Case generate(Random r) {
        Instant now = r.nextInt(5) == 0 ? CLOCK_CHANGES.get(r.nextInt(CLOCK_CHANGES.size())).plusSeconds(r.nextInt(7200) - 3600)
                : Instant.parse("2026-06-01T00:00:00Z").plusSeconds(r.nextInt(2 * 365 * 86_400));
        ZoneId zone = ZONES.get(r.nextInt(ZONES.size()));
        LocalDate today = now.atZone(zone).toLocalDate();
        int n = 1 + r.nextInt(5);
        List<LiveCampaign> campaigns = new ArrayList<>();
        Set<String> audiences = new HashSet<>();
        Map<String, Double> weights = new HashMap<>();
        for (int i = 0; i < n; i++) {
            String name = "Campaign " + (char) ('A' + i);
            campaigns.add(new LiveCampaign(brief(r, name, today), r.nextInt(3) == 0 ? CampaignEvidence.NONE
                    : new CampaignEvidence(r.nextInt(500), r.nextInt(60))));
            if (r.nextInt(5) > 0) {
                audiences.add(name);
            }
            if (r.nextBoolean()) {
                weights.put(name, 0.1 + r.nextDouble() * 5);
            }
        }
        DecisionPolicy policy = new DecisionPolicy(r.nextInt(3) == 0 ? 0 : r.nextDouble() * 0.5, r.nextInt(300),
                r.nextInt(10), r.nextInt(24), 1 + r.nextInt(4), weights, r.nextLong());
        CustomerProfile profile = new CustomerProfile("c-" + r.nextInt(1_000_000), r.nextBoolean() ? "Maria" : null, zone,
                channels(r, 5), channels(r, 5), r.nextInt(3) == 0 ? null : r.nextInt(24), r.nextInt(50),
                r.nextBoolean() ? null : CHANNELS[r.nextInt(3)], r.nextDouble() * 5000, r.nextDouble());
        List<ContactMessage> messages = new ArrayList<>();
        int count = r.nextInt(3) == 0 ? 0 : r.nextInt(9);
        MessageStatus[] statuses = MessageStatus.values();
        for (int i = 0; i < count; i++) {
            String campaign = r.nextInt(6) == 0 ? "Elsewhere" : "Campaign " + (char) ('A' + r.nextInt(n));
            Instant at = now.plusSeconds((long) (r.nextInt(30 * 24) - 20 * 24) * 3600 + r.nextInt(3600));
            MessageStatus status = at.isAfter(now) ? (r.nextInt(4) == 0 ? MessageStatus.CANCELLED : MessageStatus.PENDING)
                    : statuses[r.nextInt(statuses.length)];
            Instant responded = status != MessageStatus.PENDING && r.nextInt(3) == 0 ? at.plusSeconds(3600) : null;
            messages.add(new ContactMessage("m" + i, campaign, r.nextInt(4), CHANNELS[r.nextInt(3)], null, at, status,
                    responded));
        }
        Map<String, Enrolment> enrolments = new HashMap<>();
        for (LiveCampaign campaign : campaigns) {
            if (r.nextInt(3) == 0) {
                Instant entered = now.minusSeconds(r.nextInt(10 * 86_400));
                enrolments.put(campaign.name(), new Enrolment(campaign.name(), entered,
                        r.nextInt(6) == 0 ? entered.plusSeconds(r.nextInt(86_400)) : null));
            }
        }
        List<String> suppressed = r.nextInt(8) == 0 ? List.of("Open tickets") : List.of();
        return new Case(policy, new CustomerFacts(profile, audiences, suppressed, new ContactHistory(messages, enrolments)),
                campaigns, now);
    }

    /** Each channel with probability (odds-1)/odds. */
    private static Set<Channel> channels(Random r, int odds) {
        Set<Channel> out = EnumSet.noneOf(Channel.class);
        for (Channel ch : CHANNELS) {
            if (r.nextInt(odds) > 0) {
                out.add(ch);
            }
        }
        return out;
    }

    private static CampaignBrief brief(Random r, String name, LocalDate today) {
        LocalDate start = today.minusDays(r.nextInt(40) - (r.nextInt(10) == 0 ? 45 : 0));
        LocalDate end = r.nextBoolean() ? null : start.plusDays(r.nextInt(50));
        Map<Channel, Integer> caps = new EnumMap<>(Channel.class);
        for (Channel ch : CHANNELS) {
            if (r.nextInt(4) == 0) {
                caps.put(ch, r.nextInt(4));
            }
        }
        Guardrails guardrails = new Guardrails(1 + r.nextInt(5), 1 + r.nextInt(14), caps, r.nextInt(24), r.nextInt(24),
                r.nextBoolean(), r.nextInt(60));
        List<Touchpoint> touchpoints = new ArrayList<>();
        int steps = r.nextInt(10) == 0 ? 0 : 1 + r.nextInt(4);
        TriggerKind[] kinds = TriggerKind.values();
        for (int i = 0; i < steps; i++) {
            List<Variant> variants = new ArrayList<>();
            int nv = r.nextInt(3) == 0 ? 2 + r.nextInt(2) : 0;
            for (int v = 0; v < nv; v++) {
                variants.add(new Variant("V" + v, "", r.nextInt(101)));
            }
            touchpoints.add(new Touchpoint(CHANNELS[r.nextInt(3)], new Trigger(i == 0 ? TriggerKind.ENTRY : kinds[r.nextInt(3)],
                    r.nextInt(6)), "Theme " + i, List.of(), "", variants));
        }
        List<Channel> channels = new ArrayList<>(channels(r, 2));
        if (channels.isEmpty()) {
            channels.add(CHANNELS[r.nextInt(3)]);
        }
        double target = r.nextInt(5) == 0 ? 0 : r.nextDouble() * 0.3;
        return new CampaignBrief(name, CampaignGoal.values()[r.nextInt(CampaignGoal.values().length)],
                new BriefAudience(null, "anyone", CampaignGoal.WIN_BACK.defaultFilter()), channels,
                new Schedule(start, end, r.nextInt(24)),
                new SuccessMetric(MetricKind.CONVERSION_RATE, r.nextDouble() * 0.1, target, 30), touchpoints, guardrails,
                List.of(), List.of(), 1, CampaignStatus.ACTIVE, "lead", Instant.parse("2026-01-01T00:00:00Z"));
    }
}
