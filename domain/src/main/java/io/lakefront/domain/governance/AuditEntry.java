package io.lakefront.domain.governance;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of the append-only audit log: who did what to which subject, and when.
 *
 * @param action  a stable verb code such as {@code source.added} or {@code campaign.approved}
 * @param subject the thing acted on, in the user's words ("source crm")
 * @param detail  a short human-readable sentence or key=value summary
 */
public record AuditEntry(Instant at, String actor, String action, String subject, String detail) {
    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        subject = subject == null ? "" : subject;
        detail = detail == null ? "" : detail;
    }
}
