package io.lakefront.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lakefront.domain.governance.Actor;
import io.lakefront.domain.source.AddSource;
import io.lakefront.domain.source.RowStream;
import io.lakefront.domain.source.SchemaDrift;
import io.lakefront.domain.source.SourceKind;
import io.lakefront.domain.source.SourceReader;
import io.lakefront.domain.source.SyncMode;
import io.lakefront.domain.source.SyncRun;
import io.lakefront.domain.source.SyncSource;
import io.lakefront.domain.source.SyncStatus;
import io.lakefront.domain.source.ValueType;
import io.lakefront.domain.source.Watermark;
import io.lakefront.domain.task.TaskContext;
import io.lakefront.domain.time.WorkspaceClock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Incremental syncs by a watermark column and schema drift, through the real staging store. */
class IncrementalSyncTest {
    private static final Actor STEWARD = Actor.workspaceOwner("ana");
    private static final WorkspaceClock CLOCK = WorkspaceClock.parse("2026-10-20");

    private final WorkspaceDatabase db = TestDatabases.fresh("incremental");
    private List<String> header = List.of("id", "email", "updated_at");
    private final List<List<String>> fileRows = new ArrayList<>();

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void theSecondSyncAppendsNewRowsReplacesTheChangedOneAndSkipsOlderOnes() {
        addSource(Map.of("watermark", "updated_at"));
        fileRows.add(List.of("1", "ann@x.org", "2026-10-01T09:00:00"));
        fileRows.add(List.of("2", "bo@x.org", "2026-10-02T09:00:00"));
        SyncRun first = sync();
        assertThat(first.mode()).isEqualTo(SyncMode.FULL);
        assertThat(first.message()).contains("first sync with watermark updated_at");
        assertThat(db.stagingStore().checkpoint("crm").watermark())
                .isEqualTo(new Watermark("updated_at", "2026-10-02T09:00:00"));

        fileRows.set(1, List.of("2", "bo.chen@x.org", "2026-10-05T09:00:00"));
        fileRows.add(List.of("3", "cy@x.org", "2026-10-06T10:30:00"));
        SyncRun second = sync();

        assertThat(second.mode()).isEqualTo(SyncMode.INCREMENTAL);
        assertThat(second.rowsRead()).isEqualTo(3);
        assertThat(second.rowsSkipped()).isEqualTo(1);
        assertThat(second.rowsUpdated()).isEqualTo(1);
        assertThat(second.rowsInserted()).isEqualTo(1);
        assertThat(second.rowsStaged()).isEqualTo(3);
        assertThat(second.message()).contains("incremental").contains("newer than 2026-10-02T09:00:00");
        assertThat(db.stagingStore().sample("crm", 10)).containsExactly(
                List.of("1", "ann@x.org", "2026-10-01T09:00:00"),
                List.of("2", "bo.chen@x.org", "2026-10-05T09:00:00"),
                List.of("3", "cy@x.org", "2026-10-06T10:30:00"));
        assertThat(db.stagingStore().checkpoint("crm").watermark().value()).isEqualTo("2026-10-06T10:30:00");
        assertThat(db.syncHistory().forSource("crm", 1)).containsExactly(second);
    }

    @Test
    void usTextTimestampsAreComparedAsTimesNotAsText() {
        addSource(Map.of("watermark", "Last Modified", "key", "ID"));
        header = List.of("Name", "ID", "Last Modified");
        fileRows.add(List.of("Ann", "a1", "9/30/2026 11:15 PM"));
        sync();
        // As text "10/..." sorts before "9/...": only a real time comparison lets this row through.
        fileRows.add(List.of("Bo", "b2", "10/1/2026 8:00 AM"));
        fileRows.add(List.of("Ann", "a1", "9/30/2026 1:00 PM"));

        SyncRun run = sync();

        assertThat(run.rowsInserted()).isEqualTo(1);
        assertThat(run.rowsSkipped()).isEqualTo(2);
        assertThat(run.message()).doesNotContain("as text");
        assertThat(db.stagingStore().checkpoint("crm").watermark().value()).isEqualTo("10/1/2026 8:00 AM");
    }

    @Test
    void aValueThatIsNeitherNumberNorTimeIsComparedAsTextAndTheMessageSaysSo() {
        addSource(Map.of("watermark", "updated_at"));
        fileRows.add(List.of("1", "a@x.org", "2026-10-01"));
        sync();
        fileRows.add(List.of("2", "b@x.org", "unknown"));

        SyncRun run = sync();

        assertThat(run.message()).contains("compared as text").contains("'unknown'");
    }

    @Test
    void aRecordDeliveredAgainWithTheSameValuesCountsAsUnchanged() {
        addSource(Map.of("watermark", "updated_at"));
        // A blank watermark cannot be ordered, so its row is read every time and upserted again.
        fileRows.add(List.of("1", "a@x.org", ""));
        fileRows.add(List.of("2", "b@x.org", "2026-10-01"));
        sync();

        SyncRun run = sync();

        assertThat(run.rowsUnchanged()).isEqualTo(1);
        assertThat(run.rowsSkipped()).isEqualTo(1);
        assertThat(run.rowsStaged()).isEqualTo(2);
    }

    @Test
    void aFullResyncRebuildsTheTableAndStartsTheWatermarkOver() {
        addSource(Map.of("watermark", "updated_at"));
        fileRows.add(List.of("1", "a@x.org", "2026-10-05"));
        sync();
        fileRows.clear();
        fileRows.add(List.of("7", "g@x.org", "2026-09-01"));

        SyncRun run = new SyncSource(db.sourceStore(), reader(), db.stagingStore(), db.syncHistory(), db.auditLog(), CLOCK)
                .fullResync(STEWARD, "crm", TaskContext.silent());

        assertThat(run.mode()).isEqualTo(SyncMode.FULL);
        assertThat(run.message()).contains("full resync");
        assertThat(run.rowsInserted()).isEqualTo(1);
        assertThat(db.stagingStore().sample("crm", 5)).containsExactly(List.of("7", "g@x.org", "2026-09-01"));
        assertThat(db.stagingStore().checkpoint("crm").watermark().value()).isEqualTo("2026-09-01");
    }

    @Test
    void addedRemovedAndRetypedColumnsAreKeptRecordedAndShownInHistory() {
        addSource(Map.of("watermark", "updated_at"));
        header = List.of("id", "email", "zip", "updated_at");
        fileRows.add(List.of("1", "a@x.org", "02134", "2026-10-01"));
        sync();
        header = List.of("id", "zip", "updated_at", "tier");
        fileRows.clear();
        fileRows.add(List.of("2", "SW1A 1AA", "2026-10-02", "gold"));

        SyncRun run = sync();

        assertThat(run.drift()).containsExactly(
                SchemaDrift.retyped("zip", ValueType.NUMBER, ValueType.TEXT),
                SchemaDrift.added("tier", ValueType.TEXT),
                SchemaDrift.removed("email", ValueType.TEXT));
        assertThat(run.message()).contains("schema drift: retyped 'zip' number -> text; added 'tier'; removed 'email'");
        assertThat(db.stagingStore().columns("crm")).containsExactly("id", "email", "zip", "updated_at", "tier");
        assertThat(db.stagingStore().sample("crm", 5)).containsExactly(
                java.util.Arrays.asList("1", "a@x.org", "02134", "2026-10-01", null),
                java.util.Arrays.asList("2", null, "SW1A 1AA", "2026-10-02", "gold"));
        assertThat(db.syncHistory().forSource("crm", 1).get(0).drift()).isEqualTo(run.drift());
    }

    @Test
    void aFullSyncStagesTheColumnsAsTheyAreNowAndNamesTheRemovedOneInItsDrift() {
        addSource(Map.of());
        fileRows.add(List.of("1", "a@x.org", "2026-10-01"));
        sync();
        header = List.of("id", "email");
        fileRows.clear();
        fileRows.add(List.of("2", "b@x.org"));

        SyncRun run = sync();

        assertThat(run.mode()).isEqualTo(SyncMode.FULL);
        assertThat(run.drift()).containsExactly(SchemaDrift.removed("updated_at", ValueType.DATE));
        assertThat(run.message()).isEqualTo("schema drift: removed 'updated_at'");
        assertThat(db.stagingStore().columns("crm")).containsExactly("id", "email");
        assertThat(db.stagingStore().sample("crm", 5)).containsExactly(List.of("2", "b@x.org"));
    }

    @Test
    void aCancelledIncrementalSyncLeavesRowsColumnsAndWatermarkAsTheyWere() {
        addSource(Map.of("watermark", "updated_at"));
        fileRows.add(List.of("1", "a@x.org", "2026-10-01"));
        sync();
        header = List.of("id", "email", "updated_at", "tier");
        fileRows.clear();
        fileRows.add(List.of("1", "changed@x.org", "2026-10-03", "gold"));
        for (int i = 2; i < 25_000; i++) {
            fileRows.add(List.of(String.valueOf(i), "n" + i + "@x.org", "2026-10-02", "none"));
        }
        TaskContext cancelling = new TaskContext() {
            @Override public void progress(long done, long total) { }
            @Override public void message(String text) { }
            @Override public boolean cancelled() { return true; }
        };

        assertThatThrownBy(() -> new SyncSource(db.sourceStore(), reader(), db.stagingStore(), db.syncHistory(),
                db.auditLog(), CLOCK).sync(STEWARD, "crm", cancelling)).isInstanceOf(CancellationException.class);

        assertThat(db.stagingStore().columns("crm")).containsExactly("id", "email", "updated_at");
        assertThat(db.stagingStore().sample("crm", 5)).containsExactly(List.of("1", "a@x.org", "2026-10-01"));
        assertThat(db.stagingStore().checkpoint("crm").watermark().value()).isEqualTo("2026-10-01");
        assertThat(db.syncHistory().forSource("crm", 1)).singleElement().satisfies(run -> {
            assertThat(run.status()).isEqualTo(SyncStatus.CANCELLED);
            assertThat(run.mode()).isEqualTo(SyncMode.INCREMENTAL);
        });
        // The next sync still works from the old watermark.
        SyncRun after = sync();
        assertThat(after.rowsInserted()).isEqualTo(24_998);
        assertThat(after.rowsUpdated()).isEqualTo(1);
        assertThat(after.rowsStaged()).isEqualTo(24_999);
    }

    @Test
    void aMissingWatermarkColumnFailsTheSyncNamingTheColumns() {
        addSource(Map.of("watermark", "modified"));
        fileRows.add(List.of("1", "a@x.org", "2026-10-01"));

        assertThatThrownBy(this::sync)
                .hasMessage("source 'crm', option watermark: no column named 'modified' (columns: id, email, updated_at)");
        assertThat(db.syncHistory().forSource("crm", 1)).extracting(SyncRun::status).containsExactly(SyncStatus.FAILED);
    }

    private void addSource(Map<String, String> options) {
        new AddSource(db.sourceStore(), db.auditLog(), CLOCK).add(STEWARD, "crm", SourceKind.FILE, "crm.csv", options);
    }

    private SyncRun sync() {
        return new SyncSource(db.sourceStore(), reader(), db.stagingStore(), db.syncHistory(), db.auditLog(), CLOCK)
                .sync(STEWARD, "crm", TaskContext.silent());
    }

    /** A file: every row every time, like a CSV read again; the sync must skip the older ones itself. */
    private SourceReader reader() {
        return source -> new RowStream() {
            private final Iterator<List<String>> rows = new ArrayList<>(fileRows).iterator();
            private final List<String> columns = header;
            private long done;

            @Override public List<String> columns() { return columns; }
            @Override public List<String> next() {
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
