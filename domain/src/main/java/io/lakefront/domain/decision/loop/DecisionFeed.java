package io.lakefront.domain.decision.loop;

import io.lakefront.domain.campaign.brief.Channel;
import io.lakefront.domain.decision.Outcome;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Port, read side of the decisioning state: what the Infinity loop has received and decided and what
 * waits in the outbox for activation, as a screen shows it. Reads only; the loop writes through
 * {@link DecisionJournal}.
 */
public interface DecisionFeed {

    /**
     * The loop's counts.
     *
     * @param nextDue        the earliest time a customer is due to be decided again, {@code null} when none is
     * @param latestDecision when the latest decision was logged, {@code null} before the first
     */
    record Summary(long signalsReceived, long signalsProcessed, long signalsWaiting, long outboxPending,
                   long outboxDispatched, long customersDue, Instant nextDue, long decisions, Instant latestDecision) {
        /** Nothing received and nothing decided yet. */
        public boolean empty() {
            return signalsReceived == 0 && decisions == 0 && outboxPending == 0 && outboxDispatched == 0;
        }
    }

    /**
     * One message waiting for activation (or handed over already).
     *
     * @param variant      {@code null} without an A/B test
     * @param dispatchedAt {@code null} while it waits
     * @param theme        the touchpoint's theme from the payload, empty when it has none
     */
    /**
     * @param withdrawn true when the ledger cancelled the message after it entered the outbox (the customer
     *                  converted, unsubscribed or left): activation must not send it
     */
    record OutboxEntry(String messageId, String customerId, String campaign, Channel channel, String variant,
                       Instant sendAt, Instant createdAt, Instant dispatchedAt, String theme, boolean withdrawn) {
        public OutboxEntry {
            Objects.requireNonNull(customerId, "customerId");
            Objects.requireNonNull(campaign, "campaign");
            theme = theme == null ? "" : theme;
        }

        public boolean dispatched() {
            return dispatchedAt != null;
        }
    }

    /**
     * One campaign decision from the decision log.
     *
     * @param reason     the first (decisive) reason as a sentence, empty when none was recorded
     * @param signalId   the signal that caused it, {@code null} when a due time came
     * @param signalType that signal's type, {@code null} without a signal or when it is no longer in the inbox
     */
    record LoggedDecision(String customerId, String campaign, Outcome outcome, Instant decidedAt, String reason,
                          String signalId, SignalType signalType) {
        public LoggedDecision {
            Objects.requireNonNull(customerId, "customerId");
            Objects.requireNonNull(outcome, "outcome");
            reason = reason == null ? "" : reason;
        }
    }

    /** The summary, the newest outbox rows and the newest decisions, read together. */
    record Snapshot(Summary summary, List<OutboxEntry> outbox, List<LoggedDecision> decisions) {
        public Snapshot {
            Objects.requireNonNull(summary, "summary");
            outbox = List.copyOf(outbox);
            decisions = List.copyOf(decisions);
        }
    }

    /** The loop's counts now. */
    Summary summary();

    /** The newest {@code limit} outbox rows, newest first (by creation, then id). */
    List<OutboxEntry> outbox(int limit);

    /** The newest {@code limit} decision-log rows, newest first. */
    List<LoggedDecision> decisions(int limit);

    /** Everything a screen shows, with at most {@code limit} rows of each list. */
    default Snapshot snapshot(int limit) {
        return new Snapshot(summary(), outbox(limit), decisions(limit));
    }
}
