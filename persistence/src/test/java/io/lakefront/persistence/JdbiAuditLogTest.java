package io.lakefront.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lakefront.domain.governance.AuditEntry;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JdbiAuditLogTest {
    private static final Instant FIXED = Instant.parse("2026-10-20T23:59:59Z");

    private final WorkspaceDatabase db = TestDatabases.fresh("audit");
    private final JdbiAuditLog audit = db.auditLog();

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void entriesComeBackNewestFirstEvenWhenTheClockIsFixed() {
        AuditEntry first = new AuditEntry(FIXED, "ana", "source.added", "source crm", "FILE crm.csv");
        AuditEntry second = new AuditEntry(FIXED, "ana", "source.synced", "source crm", "SUCCEEDED read=3 staged=3");
        audit.append(first);
        audit.append(second);

        assertThat(audit.recent(10)).containsExactly(second, first);
        assertThat(audit.recent(1)).containsExactly(second);
    }

    @Test
    void theDatabaseRefusesToChangeOrRemoveAnEntry() {
        audit.append(new AuditEntry(FIXED, "ana", "merge", "customer c1", "merged c2"));

        assertThatThrownBy(() -> db.jdbi().useHandle(h -> h.execute("UPDATE audit_log SET actor = 'mallory'")))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> db.jdbi().useHandle(h -> h.execute("DELETE FROM audit_log")))
                .hasMessageContaining("append-only");
        assertThat(audit.recent(10)).extracting(AuditEntry::actor).containsExactly("ana");
    }

    @Test
    void theJavaApiOffersOnlyAppendAndRead() {
        assertThat(Arrays.stream(JdbiAuditLog.class.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()))
                .map(Method::getName))
                .containsExactlyInAnyOrder("append", "recent");
    }
}
