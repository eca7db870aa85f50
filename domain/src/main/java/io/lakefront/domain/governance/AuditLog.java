package io.lakefront.domain.governance;

import java.util.List;

/** Port: the append-only audit log. There is deliberately no update and no delete. */
public interface AuditLog {
    void append(AuditEntry entry);

    /** The newest entries first. */
    List<AuditEntry> recent(int limit);
}
