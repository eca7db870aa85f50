package io.lakefront.persistence;

import io.lakefront.domain.campaign.brief.Channel;
import io.lakefront.domain.decision.CampaignDecision;
import io.lakefront.domain.decision.CampaignEvidence;
import io.lakefront.domain.decision.ContactHistory;
import io.lakefront.domain.decision.ContactLedger;
import io.lakefront.domain.decision.ContactMessage;
import io.lakefront.domain.decision.CustomerDecision;
import io.lakefront.domain.decision.Enrolment;
import io.lakefront.domain.decision.MessageStatus;
import io.lakefront.domain.decision.Outcome;
import io.lakefront.domain.decision.Reason;
import io.lakefront.domain.decision.loop.DecisionJournal;
import io.lakefront.domain.decision.loop.Signal;
import io.lakefront.domain.decision.loop.SignalType;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The decisioning state in the workspace database (migration V10): the contact ledger and the
 * enrolments the engine reads ({@link ContactLedger}), and everything the Infinity loop writes
 * ({@link DecisionJournal}): the signal inbox, a signal's effects, and each decision in one transaction.
 *
 * <p>A recorded signal is also appended to the event table it belongs to (a purchase to
 * {@code purchases}, an open, click, visit, unsubscribe, delivery or bounce to {@code engagement_events},
 * an opened ticket to {@code support_tickets}, a closed one closes its ticket) with the signal id as the
 * row's id, so live audience and suppression filters see it at once. The next resolution rewrites the
 * event tables from the sources, which drops a listener-only event from them again; the inbox keeps it,
 * and its effects (conversions, responses, consent) stay.
 */
public final class JdbiDecisionState implements ContactLedger, DecisionJournal {
    static final int IDS_PER_QUERY = 5000;

    private final Jdbi jdbi;

    public JdbiDecisionState(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    // ---- ContactLedger ----

    @Override
    public Map<String, ContactHistory> histories(Collection<String> customerIds) {
        List<String> ids = customerIds.stream().distinct().toList();
        Map<String, List<ContactMessage>> messages = new HashMap<>();
        Map<String, Map<String, Enrolment>> enrolments = new HashMap<>();
        if (ids.isEmpty()) {
            return Map.of();
        }
        jdbi.useHandle(handle -> {
            for (List<String> chunk : IdChunks.of(ids, IDS_PER_QUERY)) {
                handle.createQuery("SELECT m.customer_id, message_id, campaign, step, channel, variant, send_at, status, "
                                + "responded_at FROM " + IdChunks.UNNEST + " JOIN decision_message m ON m.customer_id = u.id "
                                + "ORDER BY send_at, message_id")
                        .bind("ids", IdChunks.array(chunk))
                        .map((rs, ctx) -> {
                            messages.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new ContactMessage(
                                    rs.getString("message_id"), rs.getString("campaign"), rs.getInt("step"),
                                    Channel.parse(rs.getString("channel")), rs.getString("variant"),
                                    Columns.instant(rs, "send_at"), status(rs.getString("status")),
                                    Columns.instant(rs, "responded_at")));
                            return Boolean.TRUE;
                        })
                        .forEach(ignored -> { });
                handle.createQuery("SELECT e.customer_id, campaign, entered_at, converted_at FROM " + IdChunks.UNNEST
                                + " JOIN decision_enrolment e ON e.customer_id = u.id")
                        .bind("ids", IdChunks.array(chunk))
                        .map((rs, ctx) -> {
                            Enrolment e = new Enrolment(rs.getString("campaign"), Columns.instant(rs, "entered_at"),
                                    Columns.instant(rs, "converted_at"));
                            enrolments.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>()).put(e.campaign(), e);
                            return Boolean.TRUE;
                        })
                        .forEach(ignored -> { });
            }
        });
        Map<String, ContactHistory> histories = new HashMap<>();
        for (String id : ids) {
            List<ContactMessage> m = messages.getOrDefault(id, List.of());
            Map<String, Enrolment> e = enrolments.getOrDefault(id, Map.of());
            if (!m.isEmpty() || !e.isEmpty()) {
                histories.put(id, new ContactHistory(m, e));
            }
        }
        return histories;
    }

    /**
     * Per campaign: the messages that went out (sent or delivered) and the customers who converted
     * after one of that campaign's messages went out to them.
     */
    @Override
    public Map<String, CampaignEvidence> evidence() {
        return jdbi.withHandle(handle -> {
            Map<String, Long> conversions = new HashMap<>();
            handle.createQuery("SELECT e.campaign, COUNT(*) FROM decision_enrolment e WHERE e.converted_at IS NOT NULL "
                            + "AND EXISTS (SELECT 1 FROM decision_message m WHERE m.customer_id = e.customer_id "
                            + "AND m.campaign = e.campaign AND m.status IN ('sent', 'delivered') AND m.send_at <= e.converted_at) "
                            + "GROUP BY e.campaign")
                    .map((rs, ctx) -> conversions.put(rs.getString(1), rs.getLong(2)))
                    .forEach(ignored -> { });
            Map<String, CampaignEvidence> evidence = new HashMap<>();
            handle.createQuery("SELECT campaign, COUNT(*) FROM decision_message WHERE status IN ('sent', 'delivered') "
                            + "GROUP BY campaign")
                    .map((rs, ctx) -> evidence.put(rs.getString(1), new CampaignEvidence(rs.getLong(2),
                            Math.min(rs.getLong(2), conversions.getOrDefault(rs.getString(1), 0L)))))
                    .forEach(ignored -> { });
            return evidence;
        });
    }

    // ---- DecisionJournal ----

    @Override
    public boolean record(Signal signal, Instant receivedAt) {
        return jdbi.inTransaction(handle -> {
            boolean present = handle.createQuery("SELECT COUNT(*) FROM signal_inbox WHERE signal_id = :id")
                    .bind("id", signal.signalId()).mapTo(Integer.class).one() > 0;
            if (present) {
                return false;
            }
            try {
                handle.createUpdate("INSERT INTO signal_inbox (signal_id, customer_id, type, channel, campaign, occurred_at, "
                                + "received_at, attributes) VALUES (:id, :customer, :type, :channel, :campaign, :at, :received, "
                                + ":attributes)")
                        .bind("id", signal.signalId()).bind("customer", signal.customerId())
                        .bind("type", signal.type().code())
                        .bind("channel", signal.channel() == null ? null : signal.channel().code())
                        .bind("campaign", signal.campaign()).bind("at", signal.occurredAt()).bind("received", receivedAt)
                        .bind("attributes", FlatJson.object(signal.attributes()))
                        .execute();
            } catch (RuntimeException e) {
                if (duplicateKey(e)) {
                    return false; // recorded meanwhile by another connection
                }
                throw e;
            }
            appendEvent(handle, signal);
            return true;
        });
    }

    private static boolean duplicateKey(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static void appendEvent(Handle handle, Signal s) {
        switch (s.type()) {
            case PURCHASE -> handle.createUpdate("INSERT INTO purchases (purchase_id, order_id, customer_id, purchased_at, "
                            + "category, product, quantity, amount, currency) SELECT :id, :order, :customer, :at, :category, "
                            + ":product, 1, :amount, :currency FROM DUAL "
                            + "WHERE NOT EXISTS (SELECT 1 FROM purchases WHERE purchase_id = :id)")
                    .bind("id", s.signalId()).bind("order", s.attributes().getOrDefault("order", s.signalId()))
                    .bind("customer", s.customerId()).bind("at", s.occurredAt()).bind("category", s.attribute("category"))
                    .bind("product", s.attribute("product")).bind("amount", s.amount())
                    .bind("currency", s.attribute("currency"))
                    .execute();
            case TICKET_OPENED -> handle.createUpdate("INSERT INTO support_tickets (ticket_id, customer_id, opened_at, status, "
                            + "topic) SELECT :id, :customer, :at, 'open', :topic FROM DUAL "
                            + "WHERE NOT EXISTS (SELECT 1 FROM support_tickets WHERE ticket_id = :id)")
                    .bind("id", s.attributes().getOrDefault("ticket", s.signalId())).bind("customer", s.customerId())
                    .bind("at", s.occurredAt()).bind("topic", s.attribute("topic"))
                    .execute();
            case TICKET_CLOSED -> handle.createUpdate("UPDATE support_tickets SET status = 'closed', closed_at = :at "
                            + "WHERE ticket_id = :id AND customer_id = :customer AND status <> 'closed'")
                    .bind("id", s.attributes().getOrDefault("ticket", "")).bind("customer", s.customerId())
                    .bind("at", s.occurredAt())
                    .execute();
            default -> handle.createUpdate("INSERT INTO engagement_events (event_id, customer_id, occurred_at, channel, type, "
                            + "campaign_id) SELECT :id, :customer, :at, :channel, :type, :campaign FROM DUAL "
                            + "WHERE NOT EXISTS (SELECT 1 FROM engagement_events WHERE event_id = :id)")
                    .bind("id", s.signalId()).bind("customer", s.customerId()).bind("at", s.occurredAt())
                    .bind("channel", s.channel() == null ? "web" : s.channel().code()).bind("type", s.type().code())
                    .bind("campaign", s.campaign())
                    .execute();
        }
    }

    @Override
    public boolean processed(String signalId) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM signal_inbox WHERE signal_id = :id "
                        + "AND processed_at IS NOT NULL")
                .bind("id", signalId).mapTo(Integer.class).one() > 0);
    }

    @Override
    public List<Received> unprocessed() {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT signal_id, customer_id, type, channel, campaign, "
                        + "occurred_at, received_at, attributes FROM signal_inbox WHERE processed_at IS NULL "
                        + "ORDER BY received_at, signal_id")
                .map((rs, ctx) -> new Received(new Signal(rs.getString("signal_id"), rs.getString("customer_id"),
                        SignalType.parse(rs.getString("type")),
                        rs.getString("channel") == null ? null : Channel.parse(rs.getString("channel")),
                        rs.getString("campaign"), Columns.instant(rs, "occurred_at"),
                        FlatJson.readObject(rs.getString("attributes"))), Columns.instant(rs, "received_at")))
                .list());
    }

    @Override
    public Set<String> convert(String customerId, Collection<String> campaigns, Instant at) {
        if (campaigns.isEmpty()) {
            return Set.of();
        }
        return jdbi.inTransaction(handle -> {
            List<String> open = handle.createQuery("SELECT campaign FROM decision_enrolment WHERE customer_id = :customer "
                            + "AND campaign IN (<campaigns>) AND converted_at IS NULL AND entered_at <= :at ORDER BY campaign")
                    .bind("customer", customerId).bindList("campaigns", List.copyOf(campaigns)).bind("at", at)
                    .mapTo(String.class).list();
            if (open.isEmpty()) {
                return Set.<String>of();
            }
            handle.createUpdate("UPDATE decision_enrolment SET converted_at = :at WHERE customer_id = :customer "
                            + "AND campaign IN (<campaigns>) AND converted_at IS NULL")
                    .bind("at", at).bind("customer", customerId).bindList("campaigns", open).execute();
            handle.createUpdate("UPDATE decision_message SET status = 'cancelled' WHERE customer_id = :customer "
                            + "AND campaign IN (<campaigns>) AND status = 'pending'")
                    .bind("customer", customerId).bindList("campaigns", open).execute();
            return (Set<String>) new LinkedHashSet<>(open);
        });
    }

    @Override
    public Optional<String> respond(String customerId, String messageId, String campaign, Channel channel, Instant at) {
        return jdbi.inTransaction(handle -> {
            Optional<String> target = target(handle, customerId, messageId, campaign, channel, at);
            target.ifPresent(id -> handle.createUpdate("UPDATE decision_message SET responded_at = :at "
                            + "WHERE message_id = :id AND (responded_at IS NULL OR responded_at > :at)")
                    .bind("at", at).bind("id", id).execute());
            return target;
        });
    }

    @Override
    public Optional<String> status(String customerId, String messageId, String campaign, Channel channel,
                                   MessageStatus status, Instant at) {
        return jdbi.inTransaction(handle -> {
            Optional<String> target = target(handle, customerId, messageId, campaign, channel, at);
            target.ifPresent(id -> handle.createUpdate("UPDATE decision_message SET status = :status WHERE message_id = :id "
                            + "AND status <> 'cancelled'")
                    .bind("status", status.code()).bind("id", id).execute());
            return target;
        });
    }

    /** The message named, or the customer's latest one due by {@code at} of the campaign and channel given. */
    private static Optional<String> target(Handle handle, String customerId, String messageId, String campaign,
                                           Channel channel, Instant at) {
        if (messageId != null && !messageId.isBlank()) {
            return handle.createQuery("SELECT message_id FROM decision_message WHERE message_id = :id "
                            + "AND customer_id = :customer")
                    .bind("id", messageId.strip()).bind("customer", customerId).mapTo(String.class).findOne();
        }
        return handle.createQuery("SELECT message_id FROM decision_message WHERE customer_id = :customer "
                        + "AND (CAST(:campaign AS VARCHAR) IS NULL OR campaign = :campaign) "
                        + "AND (CAST(:channel AS VARCHAR) IS NULL OR channel = :channel) "
                        + "AND send_at <= :at AND status <> 'cancelled' ORDER BY send_at DESC, message_id DESC LIMIT 1")
                .bind("customer", customerId).bind("campaign", campaign)
                .bind("channel", channel == null ? null : channel.code()).bind("at", at)
                .mapTo(String.class).findOne();
    }

    @Override
    public int cancelPending(String customerId, Channel channel) {
        return jdbi.withHandle(handle -> handle.createUpdate("UPDATE decision_message SET status = 'cancelled' "
                        + "WHERE customer_id = :customer AND channel = :channel AND status = 'pending'")
                .bind("customer", customerId).bind("channel", channel.code()).execute());
    }

    @Override
    public void commit(CustomerDecision decision, Set<String> audiences, String signalId) {
        String customer = decision.customerId();
        Instant now = decision.decidedAt();
        jdbi.useTransaction(handle -> {
            for (String campaign : audiences) {
                handle.createUpdate("INSERT INTO decision_enrolment (customer_id, campaign, entered_at) "
                                + "SELECT :customer, :campaign, :now FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM decision_enrolment "
                                + "WHERE customer_id = :customer AND campaign = :campaign)")
                        .bind("customer", customer).bind("campaign", campaign).bind("now", now).execute();
            }
            Instant due = null;
            for (CampaignDecision d : decision.decisions()) {
                if (d.outcome() == Outcome.SEND && d.channel() != null && d.sendAt() != null && d.step() >= 0) {
                    String messageId = "m-" + UUID.randomUUID();
                    Instant sendAt = d.sendAt().toInstant();
                    handle.createUpdate("INSERT INTO decision_message (message_id, customer_id, campaign, step, channel, "
                                    + "variant, decided_at, send_at, status) VALUES (:id, :customer, :campaign, :step, :channel, "
                                    + ":variant, :now, :sendAt, 'pending')")
                            .bind("id", messageId).bind("customer", customer).bind("campaign", d.campaign())
                            .bind("step", d.step()).bind("channel", d.channel().code()).bind("variant", d.variant())
                            .bind("now", now).bind("sendAt", sendAt).execute();
                    handle.createUpdate("INSERT INTO decision_outbox (message_id, customer_id, campaign, channel, variant, "
                                    + "send_at, payload, created_at) VALUES (:id, :customer, :campaign, :channel, :variant, "
                                    + ":sendAt, :payload, :now)")
                            .bind("id", messageId).bind("customer", customer).bind("campaign", d.campaign())
                            .bind("channel", d.channel().code()).bind("variant", d.variant()).bind("sendAt", sendAt)
                            .bind("payload", payload(messageId, customer, d)).bind("now", now).execute();
                }
                if (d.outcome() == Outcome.DEFER && d.sendAt() != null && d.sendAt().toInstant().isAfter(now)) {
                    Instant when = d.sendAt().toInstant();
                    due = due == null || when.isBefore(due) ? when : due;
                }
                handle.createUpdate("INSERT INTO decision_log (customer_id, campaign, outcome, reasons, decided_at, signal_id) "
                                + "VALUES (:customer, :campaign, :outcome, :reasons, :now, :signal)")
                        .bind("customer", customer).bind("campaign", d.campaign()).bind("outcome", d.outcome().code())
                        .bind("reasons", reasons(d.reasons())).bind("now", now).bind("signal", signalId).execute();
            }
            if (due == null) {
                handle.createUpdate("DELETE FROM decision_due WHERE customer_id = :customer").bind("customer", customer)
                        .execute();
            } else {
                handle.createUpdate("MERGE INTO decision_due (customer_id, due_at) KEY (customer_id) VALUES (:customer, :due)")
                        .bind("customer", customer).bind("due", due).execute();
            }
            if (signalId != null) {
                markProcessed(handle, signalId, now);
            }
        });
    }

    /** What activation will need to send the message, and why it was decided. */
    private static String payload(String messageId, String customer, CampaignDecision d) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("message_id", messageId);
        fields.put("customer_id", customer);
        fields.put("campaign", d.campaign());
        fields.put("step", Integer.toString(d.step()));
        fields.put("message", d.message());
        fields.put("channel", d.channel().code());
        fields.put("variant", d.variant());
        fields.put("send_at", d.sendAt().toOffsetDateTime().toString());
        fields.put("why", d.headline());
        return FlatJson.object(fields);
    }

    /** The reasons as {@code [{"code": ..., "values": {...}, "text": ...}]}. */
    static String reasons(List<Reason> reasons) {
        StringBuilder out = new StringBuilder("[");
        for (Reason reason : reasons) {
            if (out.length() > 1) {
                out.append(',');
            }
            out.append("{\"code\":").append(FlatJson.quote(reason.code().name().toLowerCase(Locale.ROOT)))
                    .append(",\"values\":").append(FlatJson.object(reason.values()))
                    .append(",\"text\":").append(FlatJson.quote(reason.text())).append('}');
        }
        return out.append(']').toString();
    }

    @Override
    public void markProcessed(String signalId, Instant at) {
        jdbi.useHandle(handle -> markProcessed(handle, signalId, at));
    }

    private static void markProcessed(Handle handle, String signalId, Instant at) {
        handle.createUpdate("UPDATE signal_inbox SET processed_at = :at WHERE signal_id = :id AND processed_at IS NULL")
                .bind("at", at).bind("id", signalId).execute();
    }

    @Override
    public List<String> due(Instant now) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT customer_id FROM decision_due WHERE due_at <= :now "
                        + "ORDER BY due_at, customer_id")
                .bind("now", now).mapTo(String.class).list());
    }

    @Override
    public Optional<Instant> nextDue() {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT MIN(due_at) FROM decision_due")
                .mapTo(Instant.class).findOne());
    }

    @Override
    public void clearDue(String customerId) {
        jdbi.useHandle(handle -> handle.createUpdate("DELETE FROM decision_due WHERE customer_id = :customer")
                .bind("customer", customerId).execute());
    }

    private static MessageStatus status(String code) {
        return MessageStatus.valueOf(code.toUpperCase(Locale.ROOT));
    }
}
