package io.lakefront.persistence;

import io.lakefront.domain.campaign.brief.Channel;
import io.lakefront.domain.decision.Outcome;
import io.lakefront.domain.decision.loop.DecisionFeed;
import io.lakefront.domain.decision.loop.SignalType;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * What the Infinity loop wrote (migration V10: signal inbox, outbox, decision log, due times), read back
 * for the Activation screen. Kept apart from {@link JdbiDecisionState}, the write side, so that a reader
 * never holds what the loop needs to write.
 */
public final class JdbiDecisionFeed implements DecisionFeed {
    /** The most rows a list returns, whatever is asked. */
    static final int MAX_LIMIT = 1000;

    private final Jdbi jdbi;

    public JdbiDecisionFeed(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Summary summary() {
        return jdbi.inTransaction(this::summary);
    }

    private Summary summary(Handle handle) {
        long[] signals = handle.createQuery("SELECT COUNT(*), COUNT(processed_at) FROM signal_inbox")
                .map((rs, ctx) -> new long[] {rs.getLong(1), rs.getLong(2)}).one();
        // Waiting: neither handed over nor withdrawn by the ledger since (a conversion cancels pending messages).
        long[] outbox = handle.createQuery("SELECT COUNT(o.dispatched_at), "
                        + "COUNT(CASE WHEN o.dispatched_at IS NULL AND (m.status IS NULL OR m.status <> 'cancelled') THEN 1 END) "
                        + "FROM decision_outbox o LEFT JOIN decision_message m ON m.message_id = o.message_id")
                .map((rs, ctx) -> new long[] {rs.getLong(1), rs.getLong(2)}).one();
        long[] due = {0};
        Instant nextDue = handle.createQuery("SELECT COUNT(*) AS due, MIN(due_at) AS next_due FROM decision_due")
                .map((rs, ctx) -> {
                    due[0] = rs.getLong("due");
                    return java.util.Optional.ofNullable(Columns.instant(rs, "next_due"));
                }).one().orElse(null);
        long[] decisions = {0};
        Instant latest = handle.createQuery("SELECT COUNT(*) AS decisions, MAX(decided_at) AS latest FROM decision_log")
                .map((rs, ctx) -> {
                    decisions[0] = rs.getLong("decisions");
                    return java.util.Optional.ofNullable(Columns.instant(rs, "latest"));
                }).one().orElse(null);
        return new Summary(signals[0], signals[1], signals[0] - signals[1], outbox[1], outbox[0], due[0],
                nextDue, decisions[0], latest);
    }

    @Override
    public List<OutboxEntry> outbox(int limit) {
        return jdbi.withHandle(handle -> outbox(handle, limit));
    }

    private static List<OutboxEntry> outbox(Handle handle, int limit) {
        return handle.createQuery("SELECT o.message_id, o.customer_id, o.campaign, o.channel, o.variant, o.send_at, "
                        + "o.created_at, o.dispatched_at, o.payload, m.status FROM decision_outbox o "
                        + "LEFT JOIN decision_message m ON m.message_id = o.message_id "
                        + "ORDER BY o.created_at DESC, o.id DESC LIMIT :limit")
                .bind("limit", checked(limit))
                .map((rs, ctx) -> new OutboxEntry(rs.getString("message_id"), rs.getString("customer_id"),
                        rs.getString("campaign"), Channel.parse(rs.getString("channel")), rs.getString("variant"),
                        Columns.instant(rs, "send_at"), Columns.instant(rs, "created_at"),
                        Columns.instant(rs, "dispatched_at"), theme(rs.getString("payload")),
                        "cancelled".equals(rs.getString("status"))))
                .list();
    }

    @Override
    public List<LoggedDecision> decisions(int limit) {
        return jdbi.withHandle(handle -> decisions(handle, limit));
    }

    private static List<LoggedDecision> decisions(Handle handle, int limit) {
        return handle.createQuery("SELECT l.customer_id, l.campaign, l.outcome, l.decided_at, l.reasons, l.signal_id, "
                        + "s.type FROM decision_log l LEFT JOIN signal_inbox s ON s.signal_id = l.signal_id "
                        + "ORDER BY l.decided_at DESC, l.id DESC LIMIT :limit")
                .bind("limit", checked(limit))
                .map((rs, ctx) -> new LoggedDecision(rs.getString("customer_id"), rs.getString("campaign"),
                        Outcome.valueOf(rs.getString("outcome").toUpperCase(Locale.ROOT)),
                        Columns.instant(rs, "decided_at"), FlatJson.firstText(rs.getString("reasons")),
                        rs.getString("signal_id"),
                        rs.getString("type") == null ? null : SignalType.parse(rs.getString("type"))))
                .list();
    }

    /** One transaction, so that the counts and the rows agree. */
    @Override
    public Snapshot snapshot(int limit) {
        int rows = checked(limit);
        return jdbi.inTransaction(handle -> new Snapshot(summary(handle), outbox(handle, rows), decisions(handle, rows)));
    }

    private static int checked(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("the number of rows to read must be at least 1, not " + limit);
        }
        return Math.min(limit, MAX_LIMIT);
    }

    /** The touchpoint's theme the payload carries ({@code "message"}), empty when it has none. */
    private static String theme(String payload) {
        String message = FlatJson.readObject(payload).get("message");
        return message == null ? "" : message;
    }
}
