package io.lakefront.persistence;

import io.lakefront.domain.governance.AuditEntry;
import io.lakefront.domain.governance.AuditLog;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * The append-only audit log: insert and read, nothing else. The table's triggers refuse UPDATE and
 * DELETE as well, so that no other code path can rewrite history.
 */
public final class JdbiAuditLog implements AuditLog {
    private final Jdbi jdbi;

    JdbiAuditLog(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void append(AuditEntry entry) {
        jdbi.useHandle(handle -> handle.createUpdate(
                        "INSERT INTO audit_log (at, actor, action, subject, detail) VALUES (:at, :actor, :action, :subject, :detail)")
                .bind("at", entry.at())
                .bind("actor", entry.actor())
                .bind("action", entry.action())
                .bind("subject", entry.subject())
                .bind("detail", entry.detail())
                .execute());
    }

    /** Newest first by order of appending: with a fixed clock (--as-of) many entries share one instant. */
    @Override
    public List<AuditEntry> recent(int limit) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT at, actor, action, subject, detail FROM audit_log ORDER BY id DESC LIMIT :limit")
                .bind("limit", JdbiSyncHistory.checked(limit))
                .map((rs, ctx) -> new AuditEntry(Columns.instant(rs, "at"), rs.getString("actor"),
                        rs.getString("action"), rs.getString("subject"), rs.getString("detail")))
                .list());
    }
}
