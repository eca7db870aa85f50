package io.lakefront.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.lakefront.domain.source.SyncRun;
import io.lakefront.domain.source.SyncStatus;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JdbiSyncHistoryTest {
    private final WorkspaceDatabase db = TestDatabases.fresh("history");
    private final JdbiSyncHistory history = db.syncHistory();

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aRunComesBackWithAllItsCounts() {
        SyncRun run = new SyncRun("crm", Instant.parse("2026-10-20T10:00:00Z"), Instant.parse("2026-10-20T10:00:05.5Z"),
                SyncStatus.FAILED, 120, 0, 3, "line 121: unclosed quote");
        history.record(run);

        assertThat(history.recent(10)).containsExactly(run);
    }

    @Test
    void runsComeNewestFirstPerSourceAndOverall() {
        SyncRun crmOld = run("crm", "2026-10-01T00:00:00Z");
        SyncRun shop = run("shop", "2026-10-02T00:00:00Z");
        SyncRun crmNew = run("crm", "2026-10-03T00:00:00Z");
        history.record(crmOld);
        history.record(crmNew);
        history.record(shop);

        assertThat(history.forSource("crm", 10)).containsExactly(crmNew, crmOld);
        assertThat(history.recent(10)).containsExactly(crmNew, shop, crmOld);
        assertThat(history.recent(2)).containsExactly(crmNew, shop);
        assertThat(history.forSource("none", 10)).isEmpty();
    }

    private static SyncRun run(String source, String started) {
        Instant at = Instant.parse(started);
        return new SyncRun(source, at, at.plusSeconds(1), SyncStatus.SUCCEEDED, 10, 10, 0, "");
    }
}
