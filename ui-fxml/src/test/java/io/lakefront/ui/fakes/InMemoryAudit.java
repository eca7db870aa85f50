package io.lakefront.ui.fakes;

import io.lakefront.domain.governance.AuditEntry;
import io.lakefront.domain.governance.AuditLog;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

public final class InMemoryAudit implements AuditLog {
    private final List<AuditEntry> entries = new CopyOnWriteArrayList<>();

    @Override public void append(AuditEntry entry) { entries.add(entry); }

    @Override public List<AuditEntry> recent(int limit) {
        List<AuditEntry> copy = new ArrayList<>(entries);
        Collections.reverse(copy);
        return copy.stream().limit(limit).toList();
    }
}
