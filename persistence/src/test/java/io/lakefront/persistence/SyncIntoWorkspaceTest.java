package io.lakefront.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lakefront.domain.UserError;
import io.lakefront.domain.governance.Actor;
import io.lakefront.domain.governance.AuditEntry;
import io.lakefront.domain.source.AddSource;
import io.lakefront.domain.source.RowStream;
import io.lakefront.domain.source.SourceKind;
import io.lakefront.domain.source.SourceReader;
import io.lakefront.domain.source.SyncRun;
import io.lakefront.domain.source.SyncSource;
import io.lakefront.domain.source.SyncStatus;
import io.lakefront.domain.task.TaskContext;
import io.lakefront.domain.time.WorkspaceClock;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The domain's AddSource and SyncSource use cases running on these adapters, as the app wires them. */
class SyncIntoWorkspaceTest {
    private static final Actor STEWARD = Actor.workspaceOwner("ana");
    private static final WorkspaceClock CLOCK = WorkspaceClock.parse("2026-10-20");

    private final WorkspaceDatabase db = TestDatabases.fresh("sync");
    private final List<List<String>> fileRows = new ArrayList<>();
    private List<String> header = List.of("id", "email");
    private int failAfter = -1;

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aSyncStagesTheRowsAndRecordsHistoryAndAudit() {
        addSource();
        fileRows.add(List.of("1", "a@x.org"));
        fileRows.add(List.of("2", "b@x.org"));

        SyncRun run = sync(TaskContext.silent());

        assertThat(run.status()).isEqualTo(SyncStatus.SUCCEEDED);
        assertThat(db.stagingStore().count("crm")).isEqualTo(2);
        assertThat(db.syncHistory().forSource("crm", 5)).containsExactly(run);
        assertThat(db.auditLog().recent(5)).extracting(AuditEntry::action).containsExactly("source.synced", "source.added");
        assertThat(db.workspaceStats().lastSync()).contains(CLOCK.now());
    }

    @Test
    void aReadErrorHalfwayLeavesThePreviousStagingAndIsRecordedAsFailed() {
        addSource();
        fileRows.add(List.of("1", "a@x.org"));
        sync(TaskContext.silent());
        for (int i = 0; i < 30_000; i++) {
            fileRows.add(List.of(String.valueOf(i), "n" + i + "@x.org"));
        }
        failAfter = 25_000;

        assertThatThrownBy(() -> sync(TaskContext.silent()))
                .isInstanceOf(UserError.class)
                .hasMessageContaining("line 25001");

        assertThat(db.stagingStore().count("crm")).isEqualTo(1);
        assertThat(db.stagingStore().sample("crm", 5)).containsExactly(List.of("1", "a@x.org"));
        assertThat(db.syncHistory().forSource("crm", 1)).extracting(SyncRun::status).containsExactly(SyncStatus.FAILED);
    }

    @Test
    void aCancelledSyncLeavesThePreviousStaging() {
        addSource();
        fileRows.add(List.of("1", "a@x.org"));
        sync(TaskContext.silent());
        header = List.of("other");
        fileRows.clear();
        for (int i = 0; i < 20_000; i++) {
            fileRows.add(List.of("x"));
        }
        TaskContext cancelling = new TaskContext() {
            @Override public void progress(long done, long total) { }
            @Override public void message(String text) { }
            @Override public boolean cancelled() { return true; }
        };

        assertThatThrownBy(() -> sync(cancelling)).isInstanceOf(CancellationException.class);

        assertThat(db.stagingStore().columns("crm")).containsExactly("id", "email");
        assertThat(db.stagingStore().count("crm")).isEqualTo(1);
        assertThat(db.syncHistory().forSource("crm", 1)).extracting(SyncRun::status).containsExactly(SyncStatus.CANCELLED);
    }

    @Test
    void aRowWiderThanTheHeaderFailsTheSyncNamingTheRow() {
        addSource();
        fileRows.add(List.of("1", "a@x.org"));
        fileRows.add(List.of("2", "b@x.org", "surprise"));

        assertThatThrownBy(() -> sync(TaskContext.silent()))
                .isInstanceOf(UserError.class)
                .hasMessage("source 'crm', data row 2: 3 values but only 2 columns");
        assertThat(db.stagingStore().count("crm")).isZero();
    }

    private void addSource() {
        new AddSource(db.sourceStore(), db.auditLog(), CLOCK).add(STEWARD, "crm", SourceKind.FILE, "crm.csv", Map.of());
    }

    private SyncRun sync(TaskContext context) {
        return new SyncSource(db.sourceStore(), reader(), db.stagingStore(), db.syncHistory(), db.auditLog(), CLOCK)
                .sync(STEWARD, "crm", context);
    }

    /** A file that yields the test's rows, and optionally breaks after some of them. */
    private SourceReader reader() {
        return source -> new RowStream() {
            private final Iterator<List<String>> rows = new ArrayList<>(fileRows).iterator();
            private long done;

            @Override public List<String> columns() { return header; }

            @Override
            public List<String> next() throws IOException {
                if (done == failAfter) {
                    throw new IOException("crm.csv line " + (done + 1) + ": unclosed quote");
                }
                if (!rows.hasNext()) {
                    return null;
                }
                done++;
                return rows.next();
            }

            @Override public long done() { return done; }
            @Override public long total() { return fileRows.size(); }
            @Override public void close() { }
        };
    }
}
