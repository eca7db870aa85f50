package io.lakefront.domain.decision;

import io.lakefront.domain.campaign.brief.CampaignBrief;
import io.lakefront.domain.campaign.brief.Channel;
import io.lakefront.domain.campaign.brief.Guardrails;
import io.lakefront.domain.campaign.brief.Schedule;
import io.lakefront.domain.campaign.brief.Touchpoint;
import io.lakefront.domain.campaign.brief.TriggerKind;
import io.lakefront.domain.campaign.brief.Variant;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * One run of the {@link DecisionEngine}: one customer at one moment against a list of campaigns. Holds
 * what every campaign's decision shares (the customer's clock, the capacity ledger, the common reasons)
 * so each is computed once; used once and thrown away.
 */
final class Deciding {
    private static final ReasonKind[] KINDS = ReasonKind.values();

    private final DecisionPolicy policy;
    private final CustomerFacts facts;
    private final CustomerProfile profile;
    private final ZoneId zone;
    private final Instant now;
    private final ZonedDateTime local;
    private final LocalDate today;
    private final String name;
    private final List<ContactMessage> messages;
    private Reason notSuppressed;
    private Reason localTime;
    private final CustomerClock clock;
    /** This decision's candidates once ranked, for sentences that compare with them. */
    private Candidate[] ranked = new Candidate[0];
    private int rankedCount;

    Deciding(DecisionPolicy policy, CustomerFacts facts, Instant now) {
        this.policy = policy;
        this.facts = facts;
        this.profile = facts.profile();
        this.zone = profile.zone();
        this.now = now;
        this.local = now.atZone(zone);
        this.today = local.toLocalDate();
        this.name = profile.displayName();
        this.messages = facts.history().messages();
        this.clock = new CustomerClock(policy, profile, now);
    }

    /** The campaign-specific working state while it is screened, ranked and given capacity. */
    private static final class Candidate {
        final LiveCampaign campaign;
        final CampaignBrief brief;
        final Guardrails guardrails;
        final String title;
        final List<Reason> reasons = new ArrayList<>(12);
        int step = -1;
        Touchpoint touchpoint;
        Channel channel;
        String variant;
        int hour;
        Priority priority;
        double rank;
        Reason message;
        Reason coldStart;

        Candidate(LiveCampaign campaign) {
            this.campaign = campaign;
            this.brief = campaign.brief();
            this.guardrails = brief.guardrails();
            this.title = brief.name();
        }

        String theme() {
            return touchpoint == null ? "" : touchpoint.theme();
        }
    }

    CustomerDecision decide(List<LiveCampaign> campaigns) {
        int n = campaigns.size();
        CampaignDecision[] out = new CampaignDecision[n];
        Candidate[] candidates = new Candidate[n];
        int[] slots = new int[n];
        int count = 0;
        for (int i = 0; i < n; i++) {
            LiveCampaign campaign = campaigns.get(i);
            if (campaign == null) {
                throw new IllegalArgumentException("campaign " + (i + 1) + " of " + n + " is missing");
            }
            Candidate candidate = new Candidate(campaign);
            CampaignDecision early = screen(candidate);
            if (early != null) {
                out[i] = early;
            } else {
                candidates[count] = candidate;
                slots[count] = i;
                count++;
            }
        }
        if (count > 0) {
            allocate(candidates, slots, count, out);
        }
        return new CustomerDecision(facts.customerId(), now, Arrays.asList(out));
    }

    // ---------------------------------------------------------------- eligibility, gates, timing

    /** The decision for a campaign that is not a candidate, or {@code null} when it competes for capacity. */
    private CampaignDecision screen(Candidate c) {
        CampaignBrief b = c.brief;
        Schedule schedule = b.schedule();
        if (today.isBefore(schedule.start()) || schedule.end() != null && today.isAfter(schedule.end())) {
            return skip(c, Reason.of(ReasonCode.CAMPAIGN_NOT_RUNNING, "campaign", c.title,
                    "start", Words.date(schedule.start()),
                    "end", schedule.end() == null ? "no end" : Words.date(schedule.end())));
        }
        Enrolment enrolment = facts.history().enrolments().get(c.title);
        if (enrolment != null && enrolment.converted()) {
            return skip(c, Reason.of(ReasonCode.CONVERTED, "name", name,
                    "date", Words.date(enrolment.convertedAt().atZone(zone).toLocalDate()), "campaign", c.title));
        }
        if (!facts.audiences().contains(c.title)) {
            return skip(c, Reason.of(ReasonCode.NOT_IN_AUDIENCE, "name", name, "campaign", c.title));
        }
        c.reasons.add(Reason.of(ReasonCode.IN_AUDIENCE, "name", name, "campaign", c.title,
                "audience", b.audience().description()));

        int step = 0;
        ContactMessage previous = null;
        ContactMessage inFlight = null;
        for (int i = 0, n = messages.size(); i < n; i++) {
            ContactMessage m = messages.get(i);
            if (!m.campaign().equals(c.title) || m.status() == MessageStatus.CANCELLED) {
                continue;
            }
            step++;
            if (previous == null || later(m, previous)) {
                previous = m;
            }
            if (m.status() == MessageStatus.PENDING && m.sendAt().isAfter(now)
                    && (inFlight == null || later(m, inFlight))) {
                inFlight = m;
            }
        }
        int total = b.touchpoints().size();
        if (step >= total) {
            return skip(c, Reason.of(ReasonCode.SEQUENCE_DONE, "name", name, "count", Integer.toString(total),
                    "all", total == 0 ? "every message (it has none)" : total == 1 ? "the only message"
                            : "all " + total + " messages",
                    "campaign", c.title));
        }
        Touchpoint tp = b.touchpoints().get(step);
        TriggerKind trigger = tp.trigger().kind();
        if (trigger == TriggerKind.NO_RESPONSE && previous != null && previous.respondedAt() != null) {
            return skip(c, Reason.of(ReasonCode.RESPONDED, "name", name, "campaign", c.title));
        }
        c.step = step;
        c.touchpoint = tp;
        c.message = Reason.of(ReasonCode.TOUCHPOINT, "step", Integer.toString(step + 1), "count", Integer.toString(total),
                "theme", tp.theme(), "trigger", tp.trigger().sentence());

        CampaignDecision gated = gates(c);
        if (gated != null) {
            return gated;
        }
        c.reasons.add(c.message);
        variant(c);
        hour(c);
        c.reasons.add(localTime());

        ZonedDateTime base = trigger != TriggerKind.ENTRY && previous != null ? previous.sendAt().atZone(zone)
                : enrolment != null ? enrolment.enteredAt().atZone(zone) : local;
        int delay = tp.trigger().delayDays();
        Instant due = delay == 0 ? base.toInstant() : base.plusDays(delay).toInstant();
        if (due.isAfter(now)) {
            ZonedDateTime at = slot(due, c);
            if (expired(at, c)) {
                return expires(c, at, null, List.of());
            }
            String basis = trigger != TriggerKind.ENTRY && previous != null ? tp.trigger().sentence()
                    : enrolment != null ? tp.trigger().sentence() + " (entered " + Words.date(base.toLocalDate()) + ")"
                    : tp.trigger().sentence();
            return decision(c, Outcome.DEFER, Reason.of(ReasonCode.SEQUENCE_WAIT, "campaign", c.title,
                    "when", Words.when(at), "trigger", basis), at, null, List.of());
        }
        if (inFlight != null) {
            ZonedDateTime at = slot(inFlight.sendAt(), c);
            if (expired(at, c)) {
                return expires(c, at, null, List.of());
            }
            return decision(c, Outcome.DEFER, Reason.of(ReasonCode.IN_FLIGHT, "campaign", c.title,
                    "step", Integer.toString(inFlight.step() + 1), "when", Words.when(inFlight.sendAt().atZone(zone))),
                    at, null, List.of());
        }
        return null;
    }

    /** Of two messages of one campaign, the later in the sequence (by step, then time, then id). */
    private static boolean later(ContactMessage a, ContactMessage b) {
        if (a.step() != b.step()) {
            return a.step() > b.step();
        }
        int byTime = a.sendAt().compareTo(b.sendAt());
        return byTime != 0 ? byTime > 0 : a.messageId().compareTo(b.messageId()) > 0;
    }

    /** Suppression, opt-out and the channel: a SUPPRESS decision, or {@code null} with the channel chosen. */
    private CampaignDecision gates(Candidate c) {
        List<String> rules = facts.suppressedBy();
        if (!rules.isEmpty() || profile.globallyOptedOut()) {
            Reason decisive = null;
            for (String rule : rules) {
                Reason reason = Reason.of(ReasonCode.SUPPRESSED, "rule", rule, "name", name);
                if (decisive == null) {
                    decisive = reason;
                } else {
                    c.reasons.add(reason);
                }
            }
            if (profile.globallyOptedOut()) {
                Reason reason = Reason.of(ReasonCode.GLOBAL_OPT_OUT, "name", name);
                if (decisive == null) {
                    decisive = reason;
                } else {
                    c.reasons.add(reason);
                }
            }
            c.reasons.add(c.message);
            return suppress(c, decisive);
        }
        c.reasons.add(notSuppressed());

        Channel planned = c.touchpoint.channel();
        if (usable(planned, c.guardrails)) {
            c.channel = planned;
            c.reasons.add(Reason.of(ReasonCode.CONSENT, "name", name, "channel", planned.code()));
            return null;
        }
        Channel pick = null;
        Channel preferred = profile.preferredChannel();
        for (Channel ch : c.brief.channels()) {
            if (ch != planned && usable(ch, c.guardrails)) {
                if (pick == null || ch == preferred) {
                    pick = ch;
                }
            }
        }
        if (pick != null) {
            c.channel = pick;
            c.reasons.add(Reason.of(ReasonCode.CONSENT, "name", name, "channel", pick.code()));
            c.reasons.add(Reason.of(ReasonCode.CHANNEL_FALLBACK, "channel", pick.code(), "planned", planned.code(),
                    "why", unusable(planned, c), "name", name));
            return null;
        }
        // No channel at all: say what is missing on each channel the campaign could have used.
        StringBuilder noConsent = new StringBuilder();
        StringBuilder noAddress = new StringBuilder();
        StringBuilder closed = new StringBuilder();
        Set<Channel> consent = profile.consent();
        Set<Channel> reachable = profile.reachable();
        for (int i = -1; i < c.brief.channels().size(); i++) {
            Channel ch = i < 0 ? planned : c.brief.channels().get(i);
            if (i >= 0 && ch == planned) {
                continue;
            }
            StringBuilder into = !consent.contains(ch) ? noConsent : !reachable.contains(ch) ? noAddress : closed;
            into.append(into.length() == 0 ? "" : " or ").append(ch.code());
        }
        List<Reason> why = new ArrayList<>(3);
        if (noConsent.length() > 0) {
            why.add(Reason.of(ReasonCode.NO_CONSENT, "name", name, "channels", noConsent.toString()));
        }
        if (noAddress.length() > 0) {
            why.add(Reason.of(ReasonCode.UNREACHABLE, "name", name, "channels", noAddress.toString()));
        }
        if (closed.length() > 0) {
            why.add(Reason.of(ReasonCode.CHANNEL_CLOSED, "campaign", c.title, "channels", closed.toString(),
                    "name", name));
        }
        // The planned channel's own failure decides; the others follow.
        Reason decisive = why.get(0);
        c.reasons.addAll(why.subList(1, why.size()));
        c.reasons.add(c.message);
        return suppress(c, decisive);
    }

    private boolean usable(Channel channel, Guardrails guardrails) {
        return profile.consent().contains(channel) && profile.reachable().contains(channel)
                && guardrails.capFor(channel) > 0;
    }

    private String unusable(Channel planned, Candidate c) {
        if (!profile.consent().contains(planned)) {
            return name + " has not agreed to " + planned.code() + " messages";
        }
        if (!profile.reachable().contains(planned)) {
            return "there is no " + planned.code() + " address for " + name;
        }
        return "'" + c.title + "' allows no " + planned.code() + " messages";
    }

    // ---------------------------------------------------------------- message and time

    /** The touchpoint's variant by a stable draw over the customer, campaign and step, weights normalised. */
    private void variant(Candidate c) {
        List<Variant> variants = c.touchpoint.variants();
        if (variants.isEmpty()) {
            return;
        }
        double u = Draws.unit(policy.seed(), Draws.VARIANT, facts.customerId().hashCode(), c.title.hashCode(), c.step);
        int total = 0;
        for (int i = 0; i < variants.size(); i++) {
            total += variants.get(i).weight();
        }
        Variant chosen;
        double share;
        if (total == 0) {
            chosen = variants.get(Math.min(variants.size() - 1, (int) (u * variants.size())));
            share = 100.0 / variants.size();
        } else {
            double r = u * total;
            double cumulative = 0;
            chosen = null;
            for (int i = 0; i < variants.size() && chosen == null; i++) {
                Variant v = variants.get(i);
                cumulative += v.weight();
                if (v.weight() > 0 && r < cumulative) {
                    chosen = v;
                }
            }
            if (chosen == null) {
                // Rounding at the very top: the last variant with a weight.
                for (int i = variants.size() - 1; i >= 0 && chosen == null; i--) {
                    chosen = variants.get(i).weight() > 0 ? variants.get(i) : null;
                }
            }
            share = 100.0 * chosen.weight() / total;
        }
        c.variant = chosen.name();
        c.reasons.add(Reason.of(ReasonCode.VARIANT, "variant", chosen.name(), "weight", Words.number(share)));
    }

    /** The local hour to send at: the preferred hour smoothed towards the population's, out of quiet hours. */
    private void hour(Candidate c) {
        Integer preferred = profile.preferredHour();
        int base;
        String basis;
        if (preferred == null) {
            base = c.brief.schedule().sendHour();
            basis = "no history yet, so the campaign's send hour";
        } else {
            base = clock.smoothedHour();
            basis = clock.habit();
        }
        Guardrails g = c.guardrails;
        c.hour = g.quiet(base) ? g.quietEnd() : base;
        c.reasons.add(Reason.of(ReasonCode.PREFERRED_HOUR, "hour", Words.hour(base), "name", name, "basis", basis));
        if (c.hour != base) {
            c.reasons.add(Reason.of(ReasonCode.QUIET_HOURS, "start", Words.hour(g.quietStart()),
                    "end", Words.hour(g.quietEnd()), "hour", Words.hour(c.hour)));
        }
    }

    /**
     * The first moment at or after {@code from} when the customer's clock shows the candidate's hour,
     * minute 0, outside the campaign's quiet hours ({@link CustomerClock#slot}).
     */
    private ZonedDateTime slot(Instant from, Candidate c) {
        return clock.slot(from, c.hour, c.guardrails);
    }

    private static boolean expired(ZonedDateTime at, Candidate c) {
        LocalDate end = c.brief.schedule().end();
        return end != null && at.toLocalDate().isAfter(end);
    }

    // ---------------------------------------------------------------- priority and capacity

    private void allocate(Candidate[] candidates, int[] slots, int count, CampaignDecision[] out) {
        int k = policy.coldStartSends();
        double value = 1 + Math.log10(1 + profile.lifetimeSpend() / 100);
        double responsiveness = 1 - 0.5 * profile.churnRisk();
        long customerHash = facts.customerId().hashCode();
        long day = today.toEpochDay();
        boolean explore = policy.explorationShare() > 0
                && Draws.unit(policy.seed(), Draws.EXPLORE, customerHash, day, 0) < policy.explorationShare();
        for (int i = 0; i < count; i++) {
            Candidate c = candidates[i];
            double target = c.brief.metric().target();
            double baseline = c.brief.metric().baseline();
            double prior = target > 0 ? target : baseline > 0 ? baseline : 0.01;
            CampaignEvidence evidence = c.campaign.evidence();
            double smoothed = k + evidence.sends() == 0 ? prior
                    : (evidence.conversions() + prior * k) / (double) (evidence.sends() + k);
            double propensity = Math.max(0, Math.min(1, smoothed * responsiveness));
            double weight = policy.weight(c.title);
            double score = propensity * value * weight;
            c.rank = explore ? Draws.unit(policy.seed(), Draws.RANK, customerHash, c.title.hashCode(), day) : score;
            c.priority = new Priority(propensity, value, weight, score, explore, c.rank);
            if (evidence.sends() < k) {
                c.coldStart = Reason.of(ReasonCode.COLD_START, "campaign", c.title,
                        "sends", Long.toString(evidence.sends()), "prior", Words.percent(prior));
            }
        }
        // Capacity order (rank, then name) and the competitors' order (score, then name).
        int[] byRank = sorted(candidates, count, true);
        int[] byScore = sorted(candidates, count, false);
        Competitor[] competitors = new Competitor[count];
        Reason[] competed = new Reason[count];
        for (int i = 0; i < count; i++) {
            Candidate c = candidates[i];
            competitors[i] = new Competitor(c.title, c.priority.score());
            competed[i] = Reason.of(ReasonCode.COMPETED, "campaign", c.title, "priority", Words.number(c.priority.score()));
        }

        Capacity capacity = new Capacity(messages);
        ranked = candidates;
        rankedCount = count;
        for (int position = 0; position < count; position++) {
            int index = byRank[position];
            Candidate c = candidates[index];
            Priority p = c.priority;
            c.reasons.add(Reason.of(ReasonCode.PRIORITY, "priority", Words.number(p.score()),
                    "propensity", Words.number(p.propensity()), "value", Words.number(p.value()),
                    "weight", Words.number(p.weight())));
            if (c.coldStart != null) {
                c.reasons.add(c.coldStart);
            }
            if (explore && position == 0) {
                c.reasons.add(Reason.of(ReasonCode.EXPLORATION,
                        "every", Long.toString(Math.round(1 / policy.explorationShare()))));
            }
            List<Competitor> competing = new ArrayList<>(count - 1);
            for (int j = 0; j < count; j++) {
                int other = byScore[j];
                if (other != index) {
                    competing.add(competitors[other]);
                    c.reasons.add(competed[other]);
                }
            }
            out[slots[index]] = place(c, capacity, competing);
        }
    }

    /** Indexes of the candidates by descending rank (or score), ties by name: an insertion sort, lists are short. */
    private static int[] sorted(Candidate[] candidates, int count, boolean byRank) {
        int[] order = new int[count];
        for (int i = 0; i < count; i++) {
            int j = i;
            while (j > 0 && before(candidates[i], candidates[order[j - 1]], byRank)) {
                order[j] = order[j - 1];
                j--;
            }
            order[j] = i;
        }
        return order;
    }

    private static boolean before(Candidate a, Candidate b, boolean byRank) {
        int byValue = byRank ? Double.compare(b.rank, a.rank) : Double.compare(b.priority.score(), a.priority.score());
        return byValue != 0 ? byValue < 0 : a.title.compareTo(b.title) < 0;
    }

    private static final int OVERALL = 1;
    private static final int CHANNEL = 2;
    private static final int DAILY = 4;
    /** Breaks the window or channel cap of a campaign granted a send earlier in this decision. */
    private static final int GRANTED = 8;

    private Candidate[] granted = new Candidate[4];
    private long[] grantedAt = new long[4];
    private int grantedCount;
    /** Set by {@link #breaks} on GRANTED: whose cap, which one, and when their send goes. */
    private Candidate blocker;
    private Channel blockerChannel;
    private long blockerAt;

    /**
     * Who sent the messages in the way, for a sentence: " from 'X'" — with ", which has higher priority" when X
     * competes in this decision and ranks above {@code c} — " from N campaigns", or "" for none.
     */
    private String from(Candidate c, List<String> campaigns) {
        if (campaigns.isEmpty()) {
            return "";
        }
        if (campaigns.size() > 1) {
            return " from " + campaigns.size() + " campaigns";
        }
        String only = campaigns.get(0);
        for (int i = 0; i < rankedCount; i++) {
            Candidate other = ranked[i];
            if (other.title.equals(only) && other != c && before(other, c, false)) {
                return " from '" + only + "', which has higher priority";
            }
        }
        return " from '" + only + "'";
    }

    /** Which caps a send of {@code c} at {@code t} would break (a mask of OVERALL, CHANNEL, DAILY). */
    private int breaks(Capacity capacity, Candidate c, ZonedDateTime t, boolean withGranted) {
        Guardrails g = c.guardrails;
        long at = t.toInstant().toEpochMilli();
        long window = g.capWindowDays() * Capacity.DAY_MILLIS;
        int mask = 0;
        if (capacity.windowCount(at, window, null, withGranted) >= g.overallCap()) {
            mask |= OVERALL;
        }
        if (capacity.windowCount(at, window, c.channel, withGranted) >= g.capFor(c.channel)) {
            mask |= CHANNEL;
        }
        long dayStart = clock.dayStart(t.toLocalDate());
        long dayEnd = clock.dayStart(t.toLocalDate().plusDays(1));
        if (capacity.between(dayStart, dayEnd, withGranted) >= policy.dailyCap()) {
            mask |= DAILY;
        }
        if (withGranted) {
            // The new send must not break the caps of a campaign already granted a send near it either.
            for (int i = 0; i < grantedCount && (mask & GRANTED) == 0; i++) {
                Candidate other = granted[i];
                Guardrails og = other.guardrails;
                long ow = og.capWindowDays() * Capacity.DAY_MILLIS;
                long lo = Math.max(at, grantedAt[i]);
                long hi = Math.min(at, grantedAt[i]) + ow;
                if (lo >= hi) {
                    continue;
                }
                Channel broken = null;
                boolean breaks = capacity.windowCount(lo, hi, ow, null, true) >= og.overallCap();
                if (!breaks && other.channel == c.channel) {
                    breaks = capacity.windowCount(lo, hi, ow, c.channel, true) >= og.capFor(c.channel);
                    broken = c.channel;
                }
                if (breaks) {
                    mask |= GRANTED;
                    blocker = other;
                    blockerChannel = broken;
                    blockerAt = grantedAt[i];
                }
            }
        }
        return mask;
    }

    /** Capacity for one candidate, in rank order: SEND (and take the slot), DEFER to when one frees, or SKIP. */
    private CampaignDecision place(Candidate c, Capacity capacity, List<Competitor> competing) {
        Guardrails g = c.guardrails;
        long window = g.capWindowDays() * Capacity.DAY_MILLIS;
        ZonedDateTime first = slot(now, c);
        if (expired(first, c)) {
            return expires(c, first, c.priority, competing);
        }
        int mask = breaks(capacity, c, first, true);
        long at = first.toInstant().toEpochMilli();
        if (mask == 0) {
            int had = capacity.windowCount(at, window, null, true);
            c.reasons.add(Reason.of(ReasonCode.WITHIN_CAPS, "name", name, "messages", Words.messages(had),
                    "count", Integer.toString(had), "cap", Integer.toString(g.overallCap()),
                    "days", Integer.toString(g.capWindowDays())));
            capacity.grant(c.title, c.channel, at);
            if (grantedCount == granted.length) {
                granted = Arrays.copyOf(granted, grantedCount * 2);
                grantedAt = Arrays.copyOf(grantedAt, grantedCount * 2);
            }
            granted[grantedCount] = c;
            grantedAt[grantedCount] = at;
            grantedCount++;
            c.reasons.remove(c.message);
            return decision(c, Outcome.SEND, c.message, first, c.priority, competing);
        }
        Candidate firstBlocker = blocker;
        Channel firstBlockerChannel = blockerChannel;
        ZonedDateTime next = nextFree(capacity, c, first);
        int ledgerOnly = breaks(capacity, c, first, false);
        int preempting = mask & ~ledgerOnly;
        boolean expired = next == null || expired(next, c);
        String when = next == null ? "not in sight" : Words.when(next);
        long dayStart = clock.dayStart(first.toLocalDate());
        long dayEnd = clock.dayStart(first.toLocalDate().plusDays(1));
        Reason decisive;
        String winner = null;
        if (preempting == GRANTED) {
            Guardrails bg = firstBlocker.guardrails;
            int cap = firstBlockerChannel == null ? bg.overallCap() : bg.capFor(firstBlockerChannel);
            winner = firstBlocker.title;
            decisive = Reason.of(ReasonCode.PREEMPTED, "when", when, "winner", winner,
                    "period", Words.period(bg.capWindowDays()),
                    "limit", Words.limit(firstBlockerChannel == null ? null : firstBlockerChannel.code(), cap,
                            bg.capWindowDays()) + " for '" + winner + "'",
                    "cap", Integer.toString(cap));
        } else if (preempting != 0) {
            boolean daily = (preempting & (OVERALL | CHANNEL)) == 0;
            Channel channel = (preempting & OVERALL) != 0 ? null : c.channel;
            winner = daily ? capacity.grantedNear(at, window, null, dayStart, dayEnd)
                    : capacity.grantedNear(at, window, channel, 0, 0);
            int cap = daily ? policy.dailyCap() : channel == null ? g.overallCap() : g.capFor(channel);
            decisive = Reason.of(ReasonCode.PREEMPTED, "when", when, "winner", winner == null ? "another campaign" : winner,
                    "period", daily ? "on " + Words.date(first.toLocalDate()) : Words.period(g.capWindowDays()),
                    "limit", daily ? "the daily cap is " + cap
                            : Words.limit(channel == null ? null : channel.code(), cap, g.capWindowDays()),
                    "cap", Integer.toString(cap));
        } else if ((mask & OVERALL) != 0) {
            int count = capacity.windowCount(at, window, null, true);
            decisive = Reason.of(ReasonCode.FREQUENCY_CAP, "when", when, "name", name,
                    "messages", Words.messages(count), "count", Integer.toString(count),
                    "period", Words.period(g.capWindowDays()), "days", Integer.toString(g.capWindowDays()),
                    "from", from(c, capacity.campaignsNear(at, window, null, 0, 0)),
                    "limit", Words.limit(null, g.overallCap(), g.capWindowDays()),
                    "cap", Integer.toString(g.overallCap()));
        } else if ((mask & CHANNEL) != 0) {
            int count = capacity.windowCount(at, window, c.channel, true);
            int cap = g.capFor(c.channel);
            decisive = Reason.of(ReasonCode.CHANNEL_CAP, "when", when, "name", name,
                    "messages", Words.messages(count), "count", Integer.toString(count), "channel", c.channel.code(),
                    "period", Words.period(g.capWindowDays()), "days", Integer.toString(g.capWindowDays()),
                    "from", from(c, capacity.campaignsNear(at, window, c.channel, 0, 0)),
                    "limit", Words.limit(c.channel.code(), cap, g.capWindowDays()), "cap", Integer.toString(cap));
        } else {
            int count = capacity.between(dayStart, dayEnd, true);
            decisive = Reason.of(ReasonCode.DAILY_CAP, "when", when, "name", name,
                    "messages", Words.messages(count), "count", Integer.toString(count),
                    "date", Words.date(first.toLocalDate()), "from", from(c, capacity.campaignsNear(at, 0, null, dayStart, dayEnd)),
                    "cap", Integer.toString(policy.dailyCap()));
        }
        if (expired) {
            c.reasons.add(decisive);
            CampaignDecision skipped = expires(c, next, c.priority, competing);
            return skipped;
        }
        return new CampaignDecision(c.title, Outcome.DEFER, c.step, c.theme(), c.channel, c.variant, next,
                c.priority, winner, ordered(decisive, c.reasons), competing);
    }

    /** The first slot from {@code first} on where no cap is broken, or {@code null} when none comes in time. */
    private ZonedDateTime nextFree(Capacity capacity, Candidate c, ZonedDateTime first) {
        Guardrails g = c.guardrails;
        long window = g.capWindowDays() * Capacity.DAY_MILLIS;
        ZonedDateTime t = first;
        // Each attempt moves past a message in the way, a full day or a granted send: the ledger bounds them.
        int attempts = 3 * (messages.size() + grantedCount) + 16;
        for (int attempt = 0; attempt < attempts; attempt++) {
            int mask = breaks(capacity, c, t, true);
            if (mask == 0) {
                return t;
            }
            long at = t.toInstant().toEpochMilli();
            long next = Long.MIN_VALUE;
            if ((mask & OVERALL) != 0) {
                next = Math.max(next, capacity.earliestNear(at, window, null) + window);
            }
            if ((mask & CHANNEL) != 0) {
                next = Math.max(next, capacity.earliestNear(at, window, c.channel) + window);
            }
            if ((mask & DAILY) != 0) {
                next = Math.max(next, clock.dayStart(t.toLocalDate().plusDays(1)));
            }
            if ((mask & GRANTED) != 0) {
                next = Math.max(next, blockerAt + blocker.guardrails.capWindowDays() * Capacity.DAY_MILLIS);
            }
            t = slot(Instant.ofEpochMilli(Math.max(next, at + 1)), c);
            if (expired(t, c)) {
                return t;
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- decisions and their reasons

    private Reason notSuppressed() {
        if (notSuppressed == null) {
            notSuppressed = Reason.of(ReasonCode.NOT_SUPPRESSED, "name", name);
        }
        return notSuppressed;
    }

    private Reason localTime() {
        if (localTime == null) {
            localTime = Reason.of(ReasonCode.LOCAL_TIME, "name", name, "zone", zone.getId(),
                    "local", Words.when(local));
        }
        return localTime;
    }

    private CampaignDecision skip(Candidate c, Reason decisive) {
        return new CampaignDecision(c.title, Outcome.SKIP, -1, "", null, null, null, null, null,
                ordered(decisive, c.reasons), List.of());
    }

    private CampaignDecision suppress(Candidate c, Reason decisive) {
        return new CampaignDecision(c.title, Outcome.SUPPRESS, c.step, c.theme(), null, null, null, null, null,
                ordered(decisive, c.reasons), List.of());
    }

    private CampaignDecision expires(Candidate c, ZonedDateTime at, Priority priority, List<Competitor> competing) {
        LocalDate end = c.brief.schedule().end();
        String when = at == null ? "not in sight" : Words.when(at);
        Reason decisive = Reason.of(ReasonCode.EXPIRES, "when", when, "campaign", c.title,
                "end", end == null ? "no end" : Words.date(end));
        if (!c.reasons.contains(c.message)) {
            c.reasons.add(c.message);
        }
        return new CampaignDecision(c.title, Outcome.SKIP, c.step, c.theme(), c.channel, c.variant, null, priority,
                null, ordered(decisive, c.reasons), competing);
    }

    private CampaignDecision decision(Candidate c, Outcome outcome, Reason decisive, ZonedDateTime at,
                                      Priority priority, List<Competitor> competing) {
        return new CampaignDecision(c.title, outcome, c.step, c.theme(), c.channel, c.variant, at, priority, null,
                ordered(decisive, c.reasons), competing);
    }

    /** The decisive reason first, then the others grouped in the order of {@link ReasonKind}. */
    private static List<Reason> ordered(Reason decisive, List<Reason> others) {
        int n = others.size();
        Reason[] out = new Reason[n + 1];
        out[0] = decisive;
        int k = 1;
        for (ReasonKind kind : KINDS) {
            for (int i = 0; i < n; i++) {
                Reason r = others.get(i);
                if (r.code().kind() == kind && r != decisive) {
                    out[k++] = r;
                }
            }
        }
        return List.of(k == out.length ? out : Arrays.copyOf(out, k));
    }
}
