package io.lakefront.persistence;

import io.lakefront.domain.UserError;
import io.lakefront.domain.campaign.brief.Channel;
import io.lakefront.domain.decision.loop.EventSignals;
import io.lakefront.domain.decision.loop.Signal;
import io.lakefront.domain.decision.loop.SignalType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Signals from source syncs: after a sync and resolve, the event rows of known customers whose time is
 * after the newest time seen in their table (a watermark per table, {@code signal_watermark}) become
 * signals in the inbox. The rule, and its limits:
 * <ul>
 *   <li>the first look at a table only sets its watermark to the newest time in it: history is not replayed;</li>
 *   <li>a purchase is a signal at {@code purchased_at}, a ticket at {@code opened_at} and again at
 *       {@code closed_at}, an engagement event (not {@code sent}) at {@code occurred_at};</li>
 *   <li>a row whose time lies before the watermark (a late-arriving old event) is not a signal;</li>
 *   <li>the signal id is the row's id ({@code ticket_id:closed} for a closing), the one a listener
 *       signal's row carries too, so an event seen by both is one signal;</li>
 * </ul>
 * Signals are recorded and the watermarks moved in one transaction.
 */
public final class JdbiEventSignals implements EventSignals {
    private static final Map<String, SignalType> ENGAGEMENT = Map.of("open", SignalType.OPEN, "click", SignalType.CLICK,
            "visit", SignalType.VISIT, "unsubscribe", SignalType.UNSUBSCRIBE, "delivered", SignalType.DELIVERED,
            "bounce", SignalType.BOUNCE);

    private final Jdbi jdbi;

    public JdbiEventSignals(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public List<Signal> poll(Instant receivedAt) {
        return jdbi.inTransaction(handle -> {
            List<Signal> recorded = new ArrayList<>();
            purchases(handle, receivedAt, recorded);
            tickets(handle, receivedAt, recorded);
            engagement(handle, receivedAt, recorded);
            return recorded;
        });
    }

    private static void purchases(Handle handle, Instant receivedAt, List<Signal> recorded) {
        Optional<Instant> mark = watermark(handle, "purchases", "SELECT MAX(purchased_at) FROM purchases");
        if (mark.isEmpty()) {
            return;
        }
        Instant newest = mark.get();
        List<Signal> signals = handle.createQuery("SELECT p.purchase_id, p.customer_id, p.purchased_at, p.amount, p.category, "
                        + "p.product, p.order_id FROM purchases p JOIN gold_customer g ON g.customer_id = p.customer_id "
                        + "WHERE p.purchased_at > :mark ORDER BY p.purchased_at, p.purchase_id")
                .bind("mark", newest)
                .map((rs, ctx) -> {
                    Map<String, String> attributes = new LinkedHashMap<>();
                    attributes.put("amount", rs.getBigDecimal("amount").stripTrailingZeros().toPlainString());
                    attributes.put("category", rs.getString("category"));
                    attributes.put("product", rs.getString("product"));
                    attributes.put("order", rs.getString("order_id"));
                    return signal(rs.getString("purchase_id"), rs.getString("customer_id"), SignalType.PURCHASE, null,
                            null, Columns.instant(rs, "purchased_at"), attributes);
                })
                .list();
        record(handle, "purchases", newest, signals, receivedAt, recorded);
    }

    private static void tickets(Handle handle, Instant receivedAt, List<Signal> recorded) {
        Optional<Instant> mark = watermark(handle, "support_tickets",
                "SELECT GREATEST(MAX(opened_at), COALESCE(MAX(closed_at), MAX(opened_at))) FROM support_tickets");
        if (mark.isEmpty()) {
            return;
        }
        Instant newest = mark.get();
        List<Signal> signals = new ArrayList<>(handle.createQuery("SELECT t.ticket_id, t.customer_id, t.opened_at, t.topic "
                        + "FROM support_tickets t JOIN gold_customer g ON g.customer_id = t.customer_id "
                        + "WHERE t.opened_at > :mark ORDER BY t.opened_at, t.ticket_id")
                .bind("mark", newest)
                .map((rs, ctx) -> signal(rs.getString("ticket_id"), rs.getString("customer_id"), SignalType.TICKET_OPENED,
                        null, null, Columns.instant(rs, "opened_at"), attributes("ticket", rs.getString("ticket_id"),
                                "topic", rs.getString("topic"))))
                .list());
        signals.addAll(handle.createQuery("SELECT t.ticket_id, t.customer_id, t.closed_at FROM support_tickets t "
                        + "JOIN gold_customer g ON g.customer_id = t.customer_id "
                        + "WHERE t.closed_at > :mark ORDER BY t.closed_at, t.ticket_id")
                .bind("mark", newest)
                .map((rs, ctx) -> signal(rs.getString("ticket_id") + ":closed", rs.getString("customer_id"),
                        SignalType.TICKET_CLOSED, null, null, Columns.instant(rs, "closed_at"),
                        attributes("ticket", rs.getString("ticket_id"))))
                .list());
        record(handle, "support_tickets", newest, signals, receivedAt, recorded);
    }

    private static void engagement(Handle handle, Instant receivedAt, List<Signal> recorded) {
        Optional<Instant> mark = watermark(handle, "engagement_events", "SELECT MAX(occurred_at) FROM engagement_events");
        if (mark.isEmpty()) {
            return;
        }
        Instant newest = mark.get();
        List<Signal> signals = handle.createQuery("SELECT e.event_id, e.customer_id, e.occurred_at, e.channel, e.type, "
                        + "e.campaign_id FROM engagement_events e JOIN gold_customer g ON g.customer_id = e.customer_id "
                        + "WHERE e.occurred_at > :mark AND e.type <> 'sent' ORDER BY e.occurred_at, e.event_id")
                .bind("mark", newest)
                .map((rs, ctx) -> {
                    String channel = rs.getString("channel");
                    return signal(rs.getString("event_id"), rs.getString("customer_id"), ENGAGEMENT.get(rs.getString("type")),
                            "web".equals(channel) ? null : Channel.parse(channel), rs.getString("campaign_id"),
                            Columns.instant(rs, "occurred_at"), Map.of());
                })
                .list();
        record(handle, "engagement_events", newest, signals, receivedAt, recorded);
    }

    /**
     * The table's watermark; on the first look, none: the watermark is set to the newest time in the
     * table (history is not replayed).
     */
    private static Optional<Instant> watermark(Handle handle, String table, String newestSql) {
        Optional<Instant> mark = handle.createQuery("SELECT seen_until FROM signal_watermark WHERE event_table = :table")
                .bind("table", table).mapTo(Instant.class).findOne();
        if (mark.isPresent()) {
            return mark;
        }
        Instant newest = handle.createQuery(newestSql).mapTo(Instant.class).findOne().orElse(Instant.EPOCH);
        handle.createUpdate("INSERT INTO signal_watermark (event_table, seen_until) VALUES (:table, :at)")
                .bind("table", table).bind("at", newest).execute();
        return Optional.empty();
    }

    private static void record(Handle handle, String table, Instant mark, List<Signal> signals, Instant receivedAt,
                               List<Signal> recorded) {
        Instant newest = mark;
        for (Signal s : signals) {
            if (s == null) {
                continue;
            }
            newest = s.occurredAt().isAfter(newest) ? s.occurredAt() : newest;
            int inserted = handle.createUpdate("INSERT INTO signal_inbox (signal_id, customer_id, type, channel, campaign, "
                            + "occurred_at, received_at, attributes) SELECT :id, :customer, :type, :channel, :campaign, :at, "
                            + ":received, :attributes FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM signal_inbox WHERE signal_id = :id)")
                    .bind("id", s.signalId()).bind("customer", s.customerId()).bind("type", s.type().code())
                    .bind("channel", s.channel() == null ? null : s.channel().code()).bind("campaign", s.campaign())
                    .bind("at", s.occurredAt()).bind("received", receivedAt)
                    .bind("attributes", FlatJson.object(s.attributes()))
                    .execute();
            if (inserted > 0) {
                recorded.add(s);
            }
        }
        handle.createUpdate("UPDATE signal_watermark SET seen_until = :at WHERE event_table = :table")
                .bind("at", newest).bind("table", table).execute();
    }

    /** A signal, or {@code null} for a row that cannot be one (too long an id, an open on the web). */
    private static Signal signal(String id, String customer, SignalType type, Channel channel, String campaign, Instant at,
                                 Map<String, String> attributes) {
        if (type == null) {
            return null;
        }
        try {
            return new Signal(id, customer, type, channel, campaign, at, attributes);
        } catch (UserError notASignal) {
            return null;
        }
    }

    private static Map<String, String> attributes(String... namesAndValues) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                values.put(namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        return values;
    }
}
