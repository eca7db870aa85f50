package io.lakefront.domain.decision.loop;

import io.lakefront.domain.campaign.brief.Channel;
import io.lakefront.domain.decision.CustomerDecision;
import io.lakefront.domain.decision.MessageStatus;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Port, write side of the decisioning state: the signal inbox, a signal's effects on the ledger and
 * enrolments, and a customer's decision recorded in one transaction. Every effect is idempotent (a
 * conversion or a response keeps its first time), so a signal applied again after a restart changes
 * nothing more.
 */
public interface DecisionJournal {

    /** A signal waiting in the inbox, with when it arrived. */
    record Received(Signal signal, Instant receivedAt) {
    }

    /**
     * Records a signal in the inbox, unprocessed; false when a signal of that id is already there
     * (nothing is changed then). Also appends it to the matching event table (purchases,
     * engagement_events, support_tickets) so that live audience and suppression filters see it.
     */
    boolean record(Signal signal, Instant receivedAt);

    /** Whether the signal of that id has been processed (a decision was committed after it). */
    boolean processed(String signalId);

    /** The unprocessed signals, oldest arrival first: what a restart still has to do. */
    List<Received> unprocessed();

    /**
     * Ends {@code campaigns} for the customer at {@code at}: sets the conversion time of those
     * enrolments not converted yet and cancels their pending messages. The campaigns converted.
     */
    Set<String> convert(String customerId, Collection<String> campaigns, Instant at);

    /**
     * Sets the first response time of the customer's latest message sent by {@code at}: the message
     * {@code messageId} when given, else the latest of {@code campaign} (any when {@code null}) on
     * {@code channel} (any when {@code null}). The message id touched, if any.
     */
    Optional<String> respond(String customerId, String messageId, String campaign, Channel channel, Instant at);

    /** Sets the status of the message chosen as {@link #respond} chooses it. The message id touched, if any. */
    Optional<String> status(String customerId, String messageId, String campaign, Channel channel, MessageStatus status,
                            Instant at);

    /** Cancels the customer's pending messages on {@code channel} (an unsubscribe). How many. */
    int cancelPending(String customerId, Channel channel);

    /**
     * Records one decision for a customer in one transaction: an enrolment (entered now) in each of
     * {@code audiences} the customer has none in yet, a pending ledger message and an outbox row per
     * send, a decision log row per campaign decision (with {@code signalId}), the customer's next due
     * time (the earliest deferral, removed when none), and the signal marked processed.
     *
     * @param signalId {@code null} when the decision was not caused by a signal (a due time came)
     */
    void commit(CustomerDecision decision, Set<String> audiences, String signalId);

    /** Marks a signal processed without a decision (its customer is not in the gold table). */
    void markProcessed(String signalId, Instant at);

    /** The customers whose due time is at or before {@code now}, earliest first. */
    List<String> due(Instant now);

    /** The earliest due time of any customer. */
    Optional<Instant> nextDue();

    /** Removes a customer's due time (when they no longer exist). */
    void clearDue(String customerId);
}
