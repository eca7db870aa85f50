package io.lakefront.domain.decision;

import static io.lakefront.domain.decision.Fixtures.ALL;
import static io.lakefront.domain.decision.Fixtures.CHICAGO;
import static io.lakefront.domain.decision.Fixtures.brief;
import static io.lakefront.domain.decision.Fixtures.chicago;
import static io.lakefront.domain.decision.Fixtures.codes;
import static io.lakefront.domain.decision.Fixtures.facts;
import static io.lakefront.domain.decision.Fixtures.lives;
import static io.lakefront.domain.decision.Fixtures.maria;
import static io.lakefront.domain.decision.Fixtures.profile;
import static io.lakefront.domain.decision.Fixtures.sent;
import static io.lakefront.domain.decision.Fixtures.simple;
import static io.lakefront.domain.decision.Fixtures.touch;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lakefront.domain.campaign.brief.CampaignBrief;
import io.lakefront.domain.campaign.brief.Channel;
import io.lakefront.domain.campaign.brief.Guardrails;
import io.lakefront.domain.campaign.brief.Schedule;
import io.lakefront.domain.campaign.brief.Trigger;
import io.lakefront.domain.campaign.brief.TriggerKind;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Example tests, one or more per rule of the engine: each outcome and each reason code. */
class DecisionEngineTest {
    private static final Instant MONDAY_10 = chicago("2026-11-30T10:00");
    private final DecisionEngine engine = new DecisionEngine(DecisionPolicy.defaults());

    private CampaignDecision one(CustomerFacts facts, CampaignBrief brief, Instant now) {
        return engine.decide(facts, lives(brief), now).decisions().get(0);
    }

    @Test
    void aCustomerInTheAudienceGetsTheFirstMessageAtTheCampaignsHourWithEveryRuleThatMatched() {
        CampaignDecision d = one(facts(maria(), "Winter sale"), simple("Winter sale"), MONDAY_10);

        assertEquals(Outcome.SEND, d.outcome());
        assertEquals(0, d.step());
        assertEquals("Hello from Winter sale", d.message());
        assertEquals(Channel.EMAIL, d.channel());
        assertEquals(ZonedDateTime.of(2026, 11, 30, 18, 0, 0, 0, CHICAGO), d.sendAt());
        assertEquals(ReasonCode.TOUCHPOINT, d.reasons().get(0).code());
        assertEquals("Message 1 of 1: Hello from Winter sale (on entering the audience).", d.headline());
        assertEquals(List.of(ReasonCode.TOUCHPOINT, ReasonCode.NOT_SUPPRESSED, ReasonCode.CONSENT,
                ReasonCode.IN_AUDIENCE, ReasonCode.PRIORITY, ReasonCode.COLD_START, ReasonCode.WITHIN_CAPS,
                ReasonCode.PREFERRED_HOUR, ReasonCode.LOCAL_TIME), codes(d));
        assertEquals("Maria lives in America/Chicago; it is Mon 30 Nov, 10:00 there now.", text(d, ReasonCode.LOCAL_TIME));
        assertEquals("At 18:00 Maria's time: no history yet, so the campaign's send hour.",
                text(d, ReasonCode.PREFERRED_HOUR));
        assertEquals("Within the caps: Maria has 0 messages within 7 days of this one; the cap is 2.",
                text(d, ReasonCode.WITHIN_CAPS));
        assertEquals("'Winter sale' has 0 sends so far, so its propensity leans on its prior of 3.0%.",
                text(d, ReasonCode.COLD_START));
        assertTrue(d.competing().isEmpty());
    }

    @Test
    void priorityIsSmoothedPropensityTimesValueTimesWeight() {
        // 500 spent: value 1 + log10(6); churn 0.2: responsiveness 0.9; 100 sends, 10 conversions, prior 3% worth 200.
        LiveCampaign campaign = new LiveCampaign(simple("Winter sale"), new CampaignEvidence(100, 10));
        DecisionEngine weighted = new DecisionEngine(DecisionPolicy.defaults().withWeights(Map.of("Winter sale", 2.0)));
        CampaignDecision d = weighted.decide(facts(maria(), "Winter sale"), List.of(campaign), MONDAY_10)
                .decisions().get(0);

        double smoothed = (10 + 0.03 * 200) / (100 + 200.0);
        double value = 1 + Math.log10(6);
        assertEquals(smoothed * 0.9, d.priority().propensity(), 1e-12);
        assertEquals(value, d.priority().value(), 1e-12);
        assertEquals(2.0, d.priority().weight());
        assertEquals(smoothed * 0.9 * value * 2, d.priority().score(), 1e-12);
        assertFalse(d.priority().explored());
        assertEquals("Priority 0.171: propensity 0.048 × value 1.78 × weight 2.", text(d, ReasonCode.PRIORITY));
    }

    @Test
    void withoutColdStartPseudoSendsThePropensityIsTheCampaignsOwnRate() {
        DecisionPolicy policy = new DecisionPolicy(0, 0, 5, 18, 1, Map.of(), 1);
        CampaignDecision none = new DecisionEngine(policy).decide(facts(maria(), "Winter sale"),
                lives(simple("Winter sale")), MONDAY_10).decisions().get(0);
        assertEquals(0.03 * 0.9, none.priority().propensity(), 1e-12);
        CampaignDecision some = new DecisionEngine(policy).decide(facts(maria(), "Winter sale"),
                List.of(new LiveCampaign(simple("Winter sale"), new CampaignEvidence(50, 5))), MONDAY_10).decisions().get(0);
        assertEquals(0.1 * 0.9, some.priority().propensity(), 1e-12);
        assertFalse(codes(some).contains(ReasonCode.COLD_START));
    }

    @Test
    void aCampaignOutsideItsScheduleIsSkipped() {
        CampaignBrief later = simple("Spring").withSchedule(new Schedule(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 31), 18));
        CampaignDecision d = one(facts(maria(), "Spring"), later, MONDAY_10);
        assertEquals(Outcome.SKIP, d.outcome());
        assertEquals("'Spring' runs from Mon 1 Mar to Wed 31 Mar; today is outside it.", d.headline());
        assertNull(d.priority());
        assertEquals(-1, d.step());
    }

    @Test
    void aConversionEndsEligibilityAtOnce() {
        Enrolment converted = new Enrolment("Winter sale", chicago("2026-11-20T09:00"), chicago("2026-11-29T12:00"));
        CampaignDecision d = one(facts(maria(), List.of(), Map.of("Winter sale", converted), "Winter sale"),
                simple("Winter sale"), MONDAY_10);
        assertEquals(Outcome.SKIP, d.outcome());
        assertEquals("Maria converted on Sun 29 Nov, which ends 'Winter sale' for them.", d.headline());
    }

    @Test
    void aCustomerOutsideTheLiveAudienceIsSkippedEvenMidSequence() {
        CampaignBrief two = brief("Winter sale", Guardrails.defaults(), new Schedule(LocalDate.of(2026, 11, 1), null, 18),
                touch(Channel.EMAIL, Trigger.onEntry(), "one"), touch(Channel.EMAIL, Trigger.after(1), "two"));
        List<ContactMessage> history = List.of(sent("m1", "Winter sale", 0, Channel.EMAIL, chicago("2026-11-20T18:00")));
        CampaignDecision d = one(facts(maria(), history, Map.of()), two, MONDAY_10);
        assertEquals(Outcome.SKIP, d.outcome());
        assertEquals(ReasonCode.NOT_IN_AUDIENCE, d.reasons().get(0).code());
        assertEquals("Maria is not in the audience of 'Winter sale' now.", d.headline());
    }

    @Test
    void aFinishedOrEmptySequenceIsDone() {
        List<ContactMessage> history = List.of(sent("m1", "Winter sale", 0, Channel.EMAIL, chicago("2026-11-20T18:00")));
        CampaignDecision done = one(facts(maria(), history, Map.of(), "Winter sale"), simple("Winter sale"), MONDAY_10);
        assertEquals(Outcome.SKIP, done.outcome());
        assertEquals("Maria has had the only message of 'Winter sale'.", done.headline());

        CampaignDecision empty = one(facts(maria(), "Empty"),
                brief("Empty", Guardrails.defaults(), new Schedule(LocalDate.of(2026, 11, 1), null, 18)), MONDAY_10);
        assertEquals(ReasonCode.SEQUENCE_DONE, empty.reasons().get(0).code());
        assertEquals("0", empty.reasons().get(0).values().get("count"));

        List<ContactMessage> cancelled = List.of(new ContactMessage("m1", "Winter sale", 0, Channel.EMAIL, null,
                chicago("2026-11-20T18:00"), MessageStatus.CANCELLED, null));
        assertEquals(Outcome.SEND, one(facts(maria(), cancelled, Map.of(), "Winter sale"), simple("Winter sale"),
                MONDAY_10).outcome(), "a cancelled message does not advance the sequence");
    }

    private static CampaignBrief followUp(TriggerKind kind) {
        return brief("Winter sale", Guardrails.defaults(), new Schedule(LocalDate.of(2026, 11, 1), null, 18),
                touch(Channel.EMAIL, Trigger.onEntry(), "Note"), touch(Channel.SMS, new Trigger(kind, 3), "Offer"));
    }

    @Test
    void aResponderGetsNoFollowUpForNonRespondersButDoesGetAPlainNextMessage() {
        ContactMessage opened = new ContactMessage("m1", "Winter sale", 0, Channel.EMAIL, null,
                chicago("2026-11-20T18:00"), MessageStatus.DELIVERED, chicago("2026-11-21T08:00"));
        CampaignDecision d = one(facts(maria(), List.of(opened), Map.of(), "Winter sale"),
                followUp(TriggerKind.NO_RESPONSE), MONDAY_10);
        assertEquals(Outcome.SKIP, d.outcome());
        assertEquals(ReasonCode.RESPONDED, d.reasons().get(0).code());

        CampaignDecision next = one(facts(maria(), List.of(opened), Map.of(), "Winter sale"),
                followUp(TriggerKind.AFTER_PREVIOUS), MONDAY_10);
        assertEquals(Outcome.SEND, next.outcome());
        assertEquals(1, next.step());
        assertEquals(Channel.SMS, next.channel());
        assertEquals("Message 2 of 2: Offer (3 days after the previous message).", next.headline());
    }

    @Test
    void theNextMessageWaitsForItsDelay() {
        List<ContactMessage> history = List.of(sent("m1", "Winter sale", 0, Channel.EMAIL, chicago("2026-11-29T18:00")));
        CampaignDecision d = one(facts(maria(), history, Map.of(), "Winter sale"),
                followUp(TriggerKind.NO_RESPONSE), MONDAY_10);
        assertEquals(Outcome.DEFER, d.outcome());
        assertEquals(ZonedDateTime.of(2026, 12, 2, 18, 0, 0, 0, CHICAGO), d.sendAt());
        assertEquals("The next message of 'Winter sale' is due Wed 2 Dec, 18:00: 3 days after the previous message,"
                + " if it got no open or click.", d.headline());
        assertNull(d.priority());
    }

    @Test
    void anEntryDelayCountsFromWhenTheCustomerEnteredTheAudience() {
        CampaignBrief delayed = brief("Winter sale", Guardrails.defaults(), new Schedule(LocalDate.of(2026, 11, 1), null, 18),
                touch(Channel.EMAIL, new Trigger(TriggerKind.ENTRY, 2), "Welcome"));
        Enrolment entered = new Enrolment("Winter sale", chicago("2026-11-29T09:00"), null);
        CampaignDecision waiting = one(facts(maria(), List.of(), Map.of("Winter sale", entered), "Winter sale"), delayed,
                MONDAY_10);
        assertEquals(Outcome.DEFER, waiting.outcome());
        assertEquals(ZonedDateTime.of(2026, 12, 1, 18, 0, 0, 0, CHICAGO), waiting.sendAt());
        CampaignDecision due = one(facts(maria(), List.of(), Map.of("Winter sale", entered), "Winter sale"), delayed,
                chicago("2026-12-01T10:00"));
        assertEquals(Outcome.SEND, due.outcome());
    }

    @Test
    void onlyOneMessageOfACampaignIsInFlight() {
        CampaignBrief entryBoth = brief("Winter sale", Guardrails.defaults().withOverallCap(5, 7),
                new Schedule(LocalDate.of(2026, 11, 1), null, 18),
                touch(Channel.EMAIL, Trigger.onEntry(), "one"), touch(Channel.EMAIL, Trigger.onEntry(), "two"));
        ContactMessage pending = new ContactMessage("m1", "Winter sale", 0, Channel.EMAIL, null,
                chicago("2026-11-30T18:00"), MessageStatus.PENDING, null);
        CampaignDecision d = one(facts(maria(), List.of(pending), Map.of(), "Winter sale"), entryBoth, MONDAY_10);
        assertEquals(Outcome.DEFER, d.outcome());
        assertEquals(ReasonCode.IN_FLIGHT, d.reasons().get(0).code());
        assertEquals("Message 1 of 'Winter sale' is still waiting to go out (Mon 30 Nov, 18:00); the next one follows it.",
                d.headline());
    }

    @Test
    void suppressionRulesAndOptOutsAreHardGates() {
        CustomerFacts suppressed = new CustomerFacts(maria(), Set.of("Winter sale"), List.of("Open tickets", "Recent buyers"),
                ContactHistory.empty());
        CampaignDecision d = one(suppressed, simple("Winter sale"), MONDAY_10);
        assertEquals(Outcome.SUPPRESS, d.outcome());
        assertEquals("Held back by the suppression rule 'Open tickets'.", d.headline());
        assertEquals(2, codes(d).stream().filter(c -> c == ReasonCode.SUPPRESSED).count());
        assertNull(d.channel());
        assertNull(d.sendAt());

        CustomerProfile out = profile("c-out", Set.of(), ALL, null, 0, null);
        CampaignDecision optedOut = one(facts(out, "Winter sale"), simple("Winter sale"), MONDAY_10);
        assertEquals(Outcome.SUPPRESS, optedOut.outcome());
        assertEquals("Maria opted out of every channel.", optedOut.headline());
    }

    @Test
    void withoutConsentForThePlannedChannelAnotherConsentedOneIsUsedPreferringTheCustomersFavourite() {
        CustomerProfile noEmail = profile("c-1", EnumSet.of(Channel.SMS, Channel.PUSH), ALL, null, 0, Channel.PUSH);
        CampaignDecision d = one(facts(noEmail, "Winter sale"), simple("Winter sale"), MONDAY_10);
        assertEquals(Outcome.SEND, d.outcome());
        assertEquals(Channel.PUSH, d.channel());
        assertEquals("By push instead of email: Maria has not agreed to email messages.",
                text(d, ReasonCode.CHANNEL_FALLBACK));

        CustomerProfile noPreference = profile("c-2", EnumSet.of(Channel.SMS, Channel.PUSH), ALL, null, 0, null);
        assertEquals(Channel.SMS, one(facts(noPreference, "Winter sale"), simple("Winter sale"), MONDAY_10).channel());

        CustomerProfile noAddress = profile("c-3", ALL, EnumSet.of(Channel.SMS), null, 0, null);
        CampaignDecision sms = one(facts(noAddress, "Winter sale"), simple("Winter sale"), MONDAY_10);
        assertEquals(Channel.SMS, sms.channel());
        assertEquals("By sms instead of email: there is no email address for Maria.", text(sms, ReasonCode.CHANNEL_FALLBACK));
    }

    @Test
    void noConsentOrNoAddressOnAnyChannelSuppresses() {
        CustomerProfile pushOnly = profile("c-1", EnumSet.of(Channel.PUSH), EnumSet.of(Channel.EMAIL), null, 0, null);
        CampaignDecision d = one(facts(pushOnly, "Winter sale"), simple("Winter sale"), MONDAY_10);
        assertEquals(Outcome.SUPPRESS, d.outcome());
        assertEquals("Maria has not agreed to email or sms messages.", d.headline());
        assertEquals("There is no push address for Maria.", text(d, ReasonCode.UNREACHABLE));

        CustomerProfile consentedNowhere = profile("c-2", ALL, Set.of(), null, 0, null);
        CampaignDecision unreachable = one(facts(consentedNowhere, "Winter sale"), simple("Winter sale"), MONDAY_10);
        assertEquals(Outcome.SUPPRESS, unreachable.outcome());
        assertEquals("There is no email or sms or push address for Maria.", unreachable.headline());
    }

    @Test
    void aChannelWhoseCapIsZeroIsNeverUsed() {
        CampaignBrief emailOnly = simple("Winter sale").withChannels(List.of(Channel.EMAIL))
                .withGuardrails(Guardrails.defaults().withChannelCaps(Map.of(Channel.EMAIL, 0)));
        CampaignDecision d = one(facts(maria(), "Winter sale"), emailOnly, MONDAY_10);
        assertEquals(Outcome.SUPPRESS, d.outcome());
        assertEquals(ReasonCode.CHANNEL_CLOSED, d.reasons().get(0).code());
    }

    @Test
    void mariasSentenceWhenTheWeeklyCapIsFull() {
        List<ContactMessage> week = List.of(
                sent("v1", "VIP early access", 0, Channel.EMAIL, chicago("2026-11-26T18:00")),
                sent("v2", "VIP early access", 1, Channel.SMS, chicago("2026-11-28T18:00")));
        CampaignDecision d = one(facts(maria(), week, Map.of(), "Winter sale"), simple("Winter sale"), MONDAY_10);
        assertEquals(Outcome.DEFER, d.outcome());
        assertEquals("Deferred to Thu 3 Dec, 18:00: Maria already has 2 messages within a week from 'VIP early access';"
                + " the weekly cap is 2.", d.headline());
        assertEquals(ZonedDateTime.of(2026, 12, 3, 18, 0, 0, 0, CHICAGO), d.sendAt());
        assertNull(d.preemptedBy());
        assertEquals(Channel.EMAIL, d.channel());
    }

    @Test
    void theIssuesSentenceWhenTheMessagesInTheWayCameFromACampaignWithHigherPriority() {
        // VIP sent its first message on Thursday and its second is pending for Saturday; its third step waits.
        CampaignBrief vip = brief("VIP early access", Guardrails.defaults(), new Schedule(LocalDate.of(2026, 11, 1), null, 18),
                touch(Channel.EMAIL, Trigger.onEntry(), "one"), touch(Channel.EMAIL, Trigger.after(1), "two"),
                touch(Channel.EMAIL, Trigger.after(0), "three"));
        List<ContactMessage> week = List.of(
                sent("v1", "VIP early access", 0, Channel.EMAIL, chicago("2026-11-26T18:00")),
                sent("v2", "VIP early access", 1, Channel.EMAIL, chicago("2026-11-28T18:00")));
        DecisionEngine weighted = new DecisionEngine(DecisionPolicy.defaults().withExplorationShare(0)
                .withWeights(Map.of("VIP early access", 3.0)));
        CustomerDecision d = weighted.decide(facts(maria(), week, Map.of(), "VIP early access", "Winter sale"),
                lives(vip, simple("Winter sale")), MONDAY_10);
        CampaignDecision sale = d.decisions().get(1);
        assertEquals("Deferred to Thu 3 Dec, 18:00: Maria already has 2 messages within a week from 'VIP early access',"
                + " which has higher priority; the weekly cap is 2.", sale.headline());
    }

    @Test
    void aPendingMessageLaterThisWeekCountsToo() {
        List<ContactMessage> planned = List.of(
                sent("a", "Other", 0, Channel.EMAIL, chicago("2026-11-28T18:00")),
                new ContactMessage("b", "Third", 0, Channel.SMS, null, chicago("2026-12-04T18:00"), MessageStatus.PENDING, null));
        CampaignDecision d = one(facts(maria(), planned, Map.of(), "Winter sale"), simple("Winter sale"), MONDAY_10);
        assertEquals(Outcome.DEFER, d.outcome(), "a send today would put three messages into the week ending Fri 4 Dec");
        assertEquals(ReasonCode.FREQUENCY_CAP, d.reasons().get(0).code());
        assertEquals(" from 2 campaigns", d.reasons().get(0).values().get("from"));
    }

    @Test
    void channelCapDefersOnlyThatChannel() {
        CampaignBrief capped = simple("Winter sale")
                .withGuardrails(Guardrails.defaults().withOverallCap(5, 7).withChannelCaps(Map.of(Channel.EMAIL, 1)));
        List<ContactMessage> history = List.of(sent("a", "Other", 0, Channel.EMAIL, chicago("2026-11-28T18:00")));
        CampaignDecision d = one(facts(maria(), history, Map.of(), "Winter sale"), capped, MONDAY_10);
        assertEquals(Outcome.DEFER, d.outcome());
        assertEquals("Deferred to Sat 5 Dec, 18:00: Maria already has 1 message by email within a week from 'Other';"
                + " the email cap is 1 a week.", d.headline());
    }

    @Test
    void theDailyCapCountsTheCustomersLocalDay() {
        List<ContactMessage> today = List.of(sent("a", "Other", 0, Channel.SMS, chicago("2026-11-30T08:30")));
        CampaignBrief roomy = simple("Winter sale").withGuardrails(Guardrails.defaults().withOverallCap(5, 7));
        CampaignDecision d = one(facts(maria(), today, Map.of(), "Winter sale"), roomy, MONDAY_10);
        assertEquals(Outcome.DEFER, d.outcome());
        assertEquals("Deferred to Tue 1 Dec, 18:00: Maria already gets 1 message on Mon 30 Nov from 'Other';"
                + " the daily cap is 1.", d.headline());
        // Yesterday evening in Chicago is already today in UTC: it does not count towards today's local cap.
        List<ContactMessage> yesterday = List.of(sent("a", "Other", 0, Channel.SMS, chicago("2026-11-29T21:30")));
        assertEquals(Outcome.SEND, one(facts(maria(), yesterday, Map.of(), "Winter sale"), roomy, MONDAY_10).outcome());
    }

    @Test
    void aHigherPriorityCampaignPreemptsALowerOneAndIsNamed() {
        CampaignBrief vip = simple("VIP early access");
        CampaignBrief sale = simple("Winter sale");
        DecisionEngine weighted = new DecisionEngine(DecisionPolicy.defaults()
                .withExplorationShare(0).withWeights(Map.of("VIP early access", 3.0)));
        CustomerDecision all = weighted.decide(facts(maria(), "VIP early access", "Winter sale"), lives(sale, vip), MONDAY_10);

        CampaignDecision lost = all.decisions().get(0);
        CampaignDecision won = all.decisions().get(1);
        assertEquals("Winter sale", lost.campaign(), "decisions keep the order of the campaigns");
        assertEquals(Outcome.SEND, won.outcome());
        assertEquals(Outcome.DEFER, lost.outcome());
        assertEquals("VIP early access", lost.preemptedBy());
        assertEquals("Deferred to Tue 1 Dec, 18:00: 'VIP early access' has higher priority and takes the last slot"
                + " on Mon 30 Nov; the daily cap is 1.", lost.headline());
        assertEquals(ZonedDateTime.of(2026, 12, 1, 18, 0, 0, 0, CHICAGO), lost.sendAt());
        assertEquals(List.of(new Competitor("VIP early access", won.priority().score())), lost.competing());
        assertEquals(List.of(new Competitor("Winter sale", lost.priority().score())), won.competing());
        assertTrue(codes(won).contains(ReasonCode.COMPETED));
        assertEquals("'Winter sale' competed with priority " + Words.number(lost.priority().score()) + ".",
                text(won, ReasonCode.COMPETED));
    }

    @Test
    void aLowerCampaignMayNotBreakTheCapsOfOneGrantedBeforeIt() {
        // 'Strict' allows one message a week and wins; 'Loose' allows five, but its send would give the
        // customer of 'Strict' a second message in that week.
        CampaignBrief strict = simple("Strict").withGuardrails(Guardrails.defaults().withOverallCap(1, 7));
        CampaignBrief loose = simple("Loose").withGuardrails(Guardrails.defaults().withOverallCap(5, 7));
        DecisionEngine engine = new DecisionEngine(DecisionPolicy.defaults().withExplorationShare(0).withDailyCap(3)
                .withWeights(Map.of("Strict", 5.0)));
        CustomerDecision all = engine.decide(facts(maria(), "Strict", "Loose"), lives(loose, strict), MONDAY_10);
        CampaignDecision lost = all.decisions().get(0);
        assertEquals(Outcome.SEND, all.decisions().get(1).outcome());
        assertEquals(Outcome.DEFER, lost.outcome());
        assertEquals("Strict", lost.preemptedBy());
        assertEquals(ZonedDateTime.of(2026, 12, 7, 18, 0, 0, 0, CHICAGO), lost.sendAt());
        assertEquals("Deferred to Mon 7 Dec, 18:00: 'Strict' has higher priority and takes the last slot within a week;"
                + " the weekly cap is 1 for 'Strict'.", lost.headline());
    }

    @Test
    void reasonsCompareByValueWhateverMapTheirValuesCameIn() {
        java.util.LinkedHashMap<String, String> values = new java.util.LinkedHashMap<>();
        values.put("name", "Maria");
        values.put("channel", "email");
        Reason built = new Reason(ReasonCode.CONSENT, values);
        Reason engines = Reason.of(ReasonCode.CONSENT, "name", "Maria", "channel", "email");
        assertEquals(built, engines);
        assertEquals(engines, built);
        assertEquals(built.hashCode(), engines.hashCode());
        assertEquals("Maria accepts email.", engines.text());
        assertEquals(List.of("name", "channel"), List.copyOf(engines.values().keySet()));
        assertEquals("b", Reason.of(ReasonCode.CONSENT, "x", "a", "x", "b").values().get("x"));
        org.junit.jupiter.api.Assertions.assertThrows(UnsupportedOperationException.class,
                () -> engines.values().put("name", "Bob"));
    }

    @Test
    void aLongQueueOfPendingMessagesDefersPastItsEnd() {
        List<ContactMessage> queue = new java.util.ArrayList<>();
        for (int i = 1; i <= 100; i++) {
            queue.add(new ContactMessage("q" + i, "Other", i - 1, Channel.EMAIL, null,
                    chicago("2026-11-30T12:00").atZone(CHICAGO).plusDays(i).toInstant(), MessageStatus.PENDING, null));
        }
        CampaignDecision d = one(facts(maria(), queue, Map.of(), "Winter sale"), simple("Winter sale"), MONDAY_10);
        assertEquals(Outcome.DEFER, d.outcome());
        assertEquals(ZonedDateTime.of(2027, 3, 16, 18, 0, 0, 0, CHICAGO), d.sendAt(),
                "a week after the last queued message, across the clock change");
        CampaignBrief ending = simple("Winter sale").withSchedule(
                new Schedule(LocalDate.of(2026, 11, 1), LocalDate.of(2027, 1, 31), 18));
        assertEquals(ReasonCode.EXPIRES,
                one(facts(maria(), queue, Map.of(), "Winter sale"), ending, MONDAY_10).reasons().get(0).code());
    }

    @Test
    void aCampaignEndingBeforeASlotFreesIsSkippedAsExpired() {
        CampaignBrief ending = simple("Winter sale").withSchedule(
                new Schedule(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 1), 18));
        List<ContactMessage> week = List.of(
                sent("v1", "VIP early access", 0, Channel.EMAIL, chicago("2026-11-26T18:00")),
                sent("v2", "VIP early access", 1, Channel.SMS, chicago("2026-11-28T18:00")));
        CampaignDecision d = one(facts(maria(), week, Map.of(), "Winter sale"), ending, MONDAY_10);
        assertEquals(Outcome.SKIP, d.outcome());
        assertEquals("Skipped: the next free slot is Thu 3 Dec, 18:00, after 'Winter sale' ends on Tue 1 Dec.", d.headline());
        assertTrue(codes(d).contains(ReasonCode.FREQUENCY_CAP), "the cap that caused it is kept");
        assertNull(d.sendAt());

        // On its last day after the send hour, the next slot is already past the end.
        CampaignDecision late = one(facts(maria(), "Winter sale"), ending, chicago("2026-12-01T19:00"));
        assertEquals(Outcome.SKIP, late.outcome());
        assertEquals(ReasonCode.EXPIRES, late.reasons().get(0).code());
    }

    @Test
    void quietHoursSpanningMidnightMoveALateHourToTheirEnd() {
        CustomerProfile nightOwl = profile("c-owl", ALL, ALL, 23, 40, null);
        DecisionEngine noSmoothing = new DecisionEngine(new DecisionPolicy(0, 200, 0, 18, 1, Map.of(), 1));
        CampaignDecision d = noSmoothing.decide(facts(nightOwl, "Winter sale"), lives(simple("Winter sale")), MONDAY_10)
                .decisions().get(0);
        assertEquals(Outcome.SEND, d.outcome());
        assertEquals(ZonedDateTime.of(2026, 12, 1, 8, 0, 0, 0, CHICAGO), d.sendAt(), "08:00 today is past: tomorrow");
        assertEquals("Moved out of the quiet hours 21:00–08:00 to 08:00 local time.", text(d, ReasonCode.QUIET_HOURS));
        assertEquals("At 23:00 Maria's time: usually responds around 23:00 (40 interactions), smoothed towards 18:00.",
                text(d, ReasonCode.PREFERRED_HOUR));
    }

    @Test
    void thePreferredHourIsSmoothedTowardsThePopulationAroundTheClock() {
        DecisionEngine smoothing = new DecisionEngine(new DecisionPolicy(0, 200, 5, 1, 1, Map.of(), 1));
        CampaignBrief noQuiet = simple("Winter sale").withGuardrails(Guardrails.defaults().withQuietHours(0, 0));
        CustomerProfile late = profile("c-late", ALL, ALL, 23, 5, null);
        CampaignDecision d = smoothing.decide(facts(late, "Winter sale"), lives(noQuiet), MONDAY_10).decisions().get(0);
        assertEquals(0, d.sendAt().getHour(), "the circular mean of 23:00 and 01:00 is midnight, not noon");

        DecisionEngine towards18 = new DecisionEngine(new DecisionPolicy(0, 200, 5, 18, 1, Map.of(), 1));
        CustomerProfile evening = profile("c-eve", ALL, ALL, 22, 15, null);
        assertEquals(21, towards18.decide(facts(evening, "Winter sale"), lives(noQuiet), MONDAY_10)
                .decisions().get(0).sendAt().getHour(), "22 weighted 15 and 18 weighted 5 round to 21");
    }

    @Test
    void anHourSkippedBySpringForwardStillSendsAtLocalTimeOutsideQuietHours() {
        // 2027-03-14 02:00 does not exist in Chicago: the clock jumps to 03:00.
        CampaignBrief early = simple("Winter sale").withGuardrails(Guardrails.defaults().withQuietHours(4, 6))
                .withSchedule(new Schedule(LocalDate.of(2026, 11, 1), null, 2));
        CampaignDecision d = one(facts(maria(), "Winter sale"), early, chicago("2027-03-14T00:30"));
        assertEquals(Outcome.SEND, d.outcome());
        assertEquals(3, d.sendAt().getHour());
        assertEquals(LocalDate.of(2027, 3, 14), d.sendAt().toLocalDate());

        CampaignBrief quietAtThree = early.withGuardrails(Guardrails.defaults().withQuietHours(3, 4));
        CampaignDecision moved = one(facts(maria(), "Winter sale"), quietAtThree, chicago("2027-03-14T00:30"));
        assertEquals(ZonedDateTime.of(2027, 3, 15, 2, 0, 0, 0, CHICAGO), moved.sendAt(), "03:00 is quiet: the next day");
    }

    @Test
    void aDeferralAcrossTheAutumnClockChangeKeepsTheLocalHour() {
        List<ContactMessage> week = List.of(
                sent("v1", "VIP early access", 0, Channel.EMAIL, chicago("2027-11-03T18:00")),
                sent("v2", "VIP early access", 1, Channel.SMS, chicago("2027-11-05T18:00")));
        CampaignDecision d = one(facts(maria(), week, Map.of(), "Winter sale"), simple("Winter sale"),
                chicago("2027-11-06T10:00"));
        assertEquals(Outcome.DEFER, d.outcome());
        assertEquals(18, d.sendAt().getHour());
        assertTrue(!d.sendAt().toInstant().isBefore(chicago("2027-11-03T18:00").plusSeconds(7 * 86_400)));
    }

    @Test
    void variantsAreAssignedStablyInProportionToTheirNormalisedWeights() {
        CampaignBrief ab = brief("Winter sale", Guardrails.defaults(), new Schedule(LocalDate.of(2026, 11, 1), null, 18),
                touch(Channel.EMAIL, Trigger.onEntry(), "Hello",
                        new io.lakefront.domain.campaign.brief.Variant("A", "", 30),
                        new io.lakefront.domain.campaign.brief.Variant("B", "", 10)));
        int a = 0;
        for (int i = 0; i < 2000; i++) {
            CustomerProfile p = profile("c-" + i, ALL, ALL, null, 0, null);
            CampaignDecision d = one(facts(p, "Winter sale"), ab, MONDAY_10);
            CampaignDecision again = one(facts(p, "Winter sale"), ab, MONDAY_10.plusSeconds(86_400 * 3));
            assertEquals(d.variant(), again.variant(), "the same customer keeps their variant on another day");
            if (d.variant().equals("A")) {
                a++;
                assertEquals("Variant 'A' by stable assignment (75% of sends).", text(d, ReasonCode.VARIANT));
            }
        }
        assertTrue(a > 1400 && a < 1600, "about 75% A: " + a);
    }

    @Test
    void explorationIsADeterministicDrawThatReordersCandidates() {
        DecisionEngine exploring = new DecisionEngine(DecisionPolicy.defaults().withExplorationShare(0.5)
                .withWeights(Map.of("VIP early access", 50.0)));
        int explored = 0;
        int lowerWon = 0;
        for (int i = 0; i < 400; i++) {
            CustomerProfile p = profile("c-" + i, ALL, ALL, null, 0, null);
            CustomerFacts f = facts(p, "VIP early access", "Winter sale");
            List<LiveCampaign> both = lives(simple("VIP early access"), simple("Winter sale"));
            CustomerDecision d = exploring.decide(f, both, MONDAY_10);
            assertEquals(d, exploring.decide(f, both, MONDAY_10));
            CampaignDecision vip = d.decisions().get(0);
            CampaignDecision sale = d.decisions().get(1);
            if (vip.priority().explored()) {
                explored++;
                CampaignDecision winner = vip.outcome() == Outcome.SEND ? vip : sale;
                assertTrue(codes(winner).contains(ReasonCode.EXPLORATION));
                assertEquals("Chosen to explore: one decision in 2 tries a campaign regardless of priority.",
                        text(winner, ReasonCode.EXPLORATION));
                lowerWon += sale.outcome() == Outcome.SEND ? 1 : 0;
            } else {
                assertEquals(Outcome.SEND, vip.outcome(), "without exploration the weighted campaign wins");
            }
        }
        assertTrue(explored > 150 && explored < 250, "about half explore: " + explored);
        assertTrue(lowerWon > 40, "exploring lets the lower-priority campaign win sometimes: " + lowerWon);
    }

    @Test
    void wordsForPeople() {
        assertEquals("0.042", Words.number(0.042));
        assertEquals("0.00123", Words.number(0.0012345));
        assertEquals("1.5", Words.number(1.5));
        assertEquals("2", Words.number(2.0));
        assertEquals("250", Words.number(249.6));
        assertEquals("0", Words.number(0));
        assertEquals("3.0%", Words.percent(0.03));
        assertEquals("12.5%", Words.percent(0.125));
        assertEquals("Thu 3 Dec", Words.date(LocalDate.of(2026, 12, 3)));
        assertEquals("the weekly cap is 2", Words.limit(null, 2, 7));
        assertEquals("the cap is 3 in 30 days", Words.limit(null, 3, 30));
    }

    private static String text(CampaignDecision d, ReasonCode code) {
        return d.reasons().stream().filter(r -> r.code() == code).findFirst()
                .orElseThrow(() -> new AssertionError(code + " missing in " + codes(d))).text();
    }
}
