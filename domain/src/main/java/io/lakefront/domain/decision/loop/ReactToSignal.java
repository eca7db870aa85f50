package io.lakefront.domain.decision.loop;

import io.lakefront.domain.governance.Actor;
import io.lakefront.domain.governance.Permission;
import io.lakefront.domain.audience.AudienceStore;
import io.lakefront.domain.audience.SuppressionRule;
import io.lakefront.domain.campaign.brief.BriefStore;
import io.lakefront.domain.campaign.brief.CampaignBrief;
import io.lakefront.domain.campaign.brief.MetricKind;
import io.lakefront.domain.decision.CustomerDecision;
import io.lakefront.domain.decision.CustomerFacts;
import io.lakefront.domain.decision.DecisionEngine;
import io.lakefront.domain.decision.GatherFacts;
import io.lakefront.domain.decision.LiveCampaign;
import io.lakefront.domain.decision.LiveCampaigns;
import io.lakefront.domain.decision.MessageStatus;
import io.lakefront.domain.time.WorkspaceClock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The Infinity loop's step: a signal is recorded (idempotently), its effects are applied to the
 * decisioning state, and its customer is decided for again at once — live campaigns, suppression
 * rules and audiences evaluated now, the engine, and the decision committed in one transaction.
 * <ul>
 *   <li>purchase: converts every enrolment in a campaign measured by buying (conversion, reactivation,
 *       repurchase rate), which ends those campaigns for the customer and cancels their pending messages;</li>
 *   <li>click: converts the clicked campaign when it is measured by clicks (every click-rate campaign when
 *       the signal names none) and marks the message responded to;</li>
 *   <li>open: marks the message responded to (so a follow-up for non-responders is skipped);</li>
 *   <li>delivered, bounce: the message's status;</li>
 *   <li>unsubscribe: the channel's consent ends from then on (the profile reads it) and its pending
 *       messages are cancelled;</li>
 *   <li>visit, ticket opened or closed: no effect on the state, but the event tables (hence audiences and
 *       suppression rules) see it.</li>
 * </ul>
 * Decisions are taken at the later of the workspace clock and the signal's time, so a signal never
 * happens "after" the decision it causes. The live campaigns (briefs and evidence) and the suppression
 * rules are read again when older than {@link #REFRESH}, not per signal (reading the campaign files
 * took a few milliseconds of each signal): a brief approved while the loop runs counts within that
 * time. Ports only: the engine itself is pure. Not thread-safe: the loop's one worker uses it.
 */
public final class ReactToSignal {
    private final DecisionJournal journal;
    private final BriefStore briefs;
    private final LiveCampaigns live;
    private final AudienceStore audiences;
    private final GatherFacts gather;
    private final DecisionEngine engine;
    private final WorkspaceClock clock;
    /** How long the campaigns, their metrics and the suppression rules read are used before they are read again. */
    public static final java.time.Duration REFRESH = java.time.Duration.ofSeconds(2);
    private Settings settings;

    /** What is read from the campaign and audience files, with when it was read. */
    private record Settings(LocalDate day, List<LiveCampaign> campaigns, List<SuppressionRule> rules,
                            List<CampaignBrief> briefs, long readAt) {
    }

    /**
     * Decisions on behalf of {@code actor}, who must be allowed to activate: a decision to send puts a message
     * in the outbox, so a role that may not activate campaigns cannot run the loop or record signals.
     */
    public ReactToSignal(Actor actor, DecisionJournal journal, BriefStore briefs, LiveCampaigns live,
                         AudienceStore audiences, GatherFacts gather, DecisionEngine engine, WorkspaceClock clock) {
        actor.require(Permission.ACTIVATE);
        this.journal = journal;
        this.briefs = briefs;
        this.live = live;
        this.audiences = audiences;
        this.gather = gather;
        this.engine = engine;
        this.clock = clock;
    }

    /** Records a signal received now and processes it; a signal processed before is a duplicate and does nothing. */
    public Reaction react(Signal signal) {
        long start = System.nanoTime();
        boolean recorded = journal.record(signal, clock.now());
        if (!recorded && journal.processed(signal.signalId())) {
            return new Reaction(signal, signal.customerId(), true, List.of(), Optional.empty(), System.nanoTime() - start);
        }
        return process(signal, start);
    }

    /** Processes a signal already in the inbox (the loop's queue, or an unprocessed one after a restart). */
    public Reaction process(Signal signal) {
        return process(signal, System.nanoTime());
    }

    private Reaction process(Signal signal, long start) {
        List<String> effects = apply(signal);
        Instant now = later(clock.now(), signal.occurredAt());
        Optional<CustomerDecision> decision = decide(signal.customerId(), now, signal.signalId());
        if (decision.isEmpty()) {
            journal.markProcessed(signal.signalId(), now);
        }
        return new Reaction(signal, signal.customerId(), false, effects, decision, System.nanoTime() - start);
    }

    /** Decides for a customer again because their due time came (a deferral ended). */
    public Reaction reevaluate(String customerId) {
        long start = System.nanoTime();
        Optional<CustomerDecision> decision = decide(customerId, clock.now(), null);
        if (decision.isEmpty()) {
            journal.clearDue(customerId);
        }
        return new Reaction(null, customerId, false, List.of(), decision, System.nanoTime() - start);
    }

    private Optional<CustomerDecision> decide(String customerId, Instant now, String signalId) {
        Settings current = settings(LocalDate.ofInstant(now, clock.zone()));
        List<LiveCampaign> campaigns = current.campaigns();
        List<SuppressionRule> rules = current.rules();
        Map<String, CustomerFacts> facts = gather.gather(List.of(customerId), campaigns, rules, now);
        CustomerFacts customer = facts.get(customerId);
        if (customer == null) {
            return Optional.empty();
        }
        CustomerDecision decision = engine.decide(customer, campaigns, now);
        journal.commit(decision, customer.audiences(), signalId);
        return Optional.of(decision);
    }

    private List<String> apply(Signal signal) {
        List<String> effects = new ArrayList<>();
        String customer = signal.customerId();
        Instant at = signal.occurredAt();
        String messageId = signal.attribute("message");
        switch (signal.type()) {
            case PURCHASE -> converted(effects, journal.convert(customer, campaignsMeasuredBy(Set.of(
                    MetricKind.CONVERSION_RATE, MetricKind.REACTIVATION_RATE, MetricKind.REPURCHASE_RATE), null), at));
            case CLICK -> {
                converted(effects, journal.convert(customer, campaignsMeasuredBy(Set.of(MetricKind.CLICK_RATE),
                        signal.campaign()), at));
                journal.respond(customer, messageId, signal.campaign(), signal.channel(), at)
                        .ifPresent(id -> effects.add("message " + id + " clicked"));
            }
            case OPEN -> journal.respond(customer, messageId, signal.campaign(), signal.channel(), at)
                    .ifPresent(id -> effects.add("message " + id + " opened"));
            case DELIVERED -> journal.status(customer, messageId, signal.campaign(), signal.channel(),
                    MessageStatus.DELIVERED, at).ifPresent(id -> effects.add("message " + id + " delivered"));
            case BOUNCE -> journal.status(customer, messageId, signal.campaign(), signal.channel(),
                    MessageStatus.FAILED, at).ifPresent(id -> effects.add("message " + id + " bounced"));
            case UNSUBSCRIBE -> {
                effects.add("no more " + signal.channel().code() + " from " + at);
                int cancelled = journal.cancelPending(customer, signal.channel());
                if (cancelled > 0) {
                    effects.add(cancelled + " pending " + signal.channel().code() + " message(s) cancelled");
                }
            }
            default -> {
                // Visits and tickets change no decisioning state; the event tables and filters see them.
            }
        }
        return effects;
    }

    private static void converted(List<String> effects, Set<String> campaigns) {
        campaigns.stream().sorted().forEach(c -> effects.add("converted on '" + c + "'"));
    }

    /** The campaigns measured by one of {@code kinds}; only {@code only} (when given) among them. */
    private List<String> campaignsMeasuredBy(Set<MetricKind> kinds, String only) {
        List<String> names = new ArrayList<>();
        for (CampaignBrief brief : settings(LocalDate.ofInstant(clock.now(), clock.zone())).briefs()) {
            if (kinds.contains(brief.metric().kind()) && (only == null || only.equals(brief.name()))) {
                names.add(brief.name());
            }
        }
        return names;
    }

    private Settings settings(LocalDate day) {
        long now = System.nanoTime();
        if (settings == null || !settings.day().equals(day) || now - settings.readAt() > REFRESH.toNanos()) {
            settings = new Settings(day, live.on(day), audiences.suppressionRules(), briefs.list(), now);
        }
        return settings;
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
