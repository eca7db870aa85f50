package io.lakefront.ui.fakes;

import io.lakefront.domain.campaign.brief.Channel;
import io.lakefront.domain.decision.Outcome;
import io.lakefront.domain.decision.loop.DecisionFeed;
import io.lakefront.domain.decision.loop.SignalType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The Activation screen's feed over lists a test fills as the loop would: the newest row last added is
 * shown first, and the summary is counted from the rows (signals are counted as the test says).
 */
public final class InMemoryDecisionFeed implements DecisionFeed {
    private final List<OutboxEntry> outbox = new ArrayList<>();
    private final List<LoggedDecision> decisions = new ArrayList<>();
    private long signalsReceived;
    private long signalsProcessed;
    private Instant nextDue;
    private long customersDue;
    private String failure;
    /** How many times the feed was read. */
    public volatile int reads;

    /** Adds what one loop reaction would write: a signal processed, a decision, and an outbox row for a send. */
    public synchronized InMemoryDecisionFeed decided(String customer, String campaign, Outcome outcome, Instant at,
                                                     String reason, SignalType signal, String theme) {
        String signalId = signal == null ? null : "sig-" + (signalsReceived + 1);
        if (signal != null) {
            signalsReceived++;
            signalsProcessed++;
        }
        decisions.add(new LoggedDecision(customer, campaign, outcome, at, reason, signalId, signal));
        if (outcome == Outcome.SEND) {
            outbox.add(new OutboxEntry("m-" + (outbox.size() + 1), customer, campaign, Channel.EMAIL, "A",
                    at.plusSeconds(6 * 3600), at, null, theme, false));
        }
        if (outcome == Outcome.DEFER) {
            customersDue++;
            Instant due = at.plusSeconds(3 * 86_400);
            nextDue = nextDue == null || due.isBefore(nextDue) ? due : nextDue;
        }
        return this;
    }

    /** A signal received that the loop has not processed yet. */
    public synchronized InMemoryDecisionFeed waiting() {
        signalsReceived++;
        return this;
    }

    /** Every read fails with {@code message} until cleared with {@code null}. */
    public synchronized void failWith(String message) {
        failure = message;
    }

    /** The ledger cancels the newest outbox row's message (the customer converted): it shows withdrawn. */
    public synchronized InMemoryDecisionFeed withdrawLatest() {
        OutboxEntry e = outbox.remove(outbox.size() - 1);
        outbox.add(new OutboxEntry(e.messageId(), e.customerId(), e.campaign(), e.channel(), e.variant(), e.sendAt(),
                e.createdAt(), e.dispatchedAt(), e.theme(), true));
        return this;
    }

    @Override
    public synchronized Summary summary() {
        reads++;
        if (failure != null) {
            throw new IllegalStateException(failure);
        }
        long dispatched = outbox.stream().filter(OutboxEntry::dispatched).count();
        long withdrawn = outbox.stream().filter(e -> !e.dispatched() && e.withdrawn()).count();
        Instant latest = decisions.stream().map(LoggedDecision::decidedAt).max(Instant::compareTo).orElse(null);
        return new Summary(signalsReceived, signalsProcessed, signalsReceived - signalsProcessed,
                outbox.size() - dispatched - withdrawn, dispatched, customersDue, nextDue, decisions.size(), latest);
    }

    @Override
    public synchronized List<OutboxEntry> outbox(int limit) {
        return newestFirst(outbox, limit);
    }

    @Override
    public synchronized List<LoggedDecision> decisions(int limit) {
        return newestFirst(decisions, limit);
    }

    private static <T> List<T> newestFirst(List<T> rows, int limit) {
        List<T> out = new ArrayList<>();
        for (int i = rows.size() - 1; i >= 0 && out.size() < limit; i--) {
            out.add(rows.get(i));
        }
        return out;
    }
}
