package io.lakefront.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.lakefront.domain.source.StagingWriter;
import io.lakefront.domain.source.SyncRun;
import io.lakefront.domain.source.SyncStatus;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JdbiWorkspaceStatsTest {
    private final WorkspaceDatabase db = TestDatabases.fresh("stats");
    private final JdbiWorkspaceStats stats = db.workspaceStats();

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void anEmptyWorkspaceHasNothingToCount() {
        assertThat(stats.stagedRecords()).isZero();
        assertThat(stats.profiles()).isZero();
        assertThat(stats.matchRate()).isEmpty();
        assertThat(stats.openReviewItems()).isZero();
        assertThat(stats.lastSync()).isEmpty();
    }

    @Test
    void aFilledWorkspaceIsCountedFromItsTables() {
        stage("crm", 3);
        stage("shop", 2);
        db.jdbi().useHandle(h -> {
            // 5 source records: c1 merges 3 of them, c2 and c3 stand alone -> 3 of 5 matched.
            h.execute("INSERT INTO gold_customer (customer_id, source_record_count) VALUES ('c1', 3), ('c2', 1), ('c3', 1)");
            h.execute("INSERT INTO review_items (source_a, record_a, source_b, record_b, score, status) VALUES "
                    + "('crm', '1', 'shop', '9', 0.5, 'open'), ('crm', '2', 'shop', '8', 0.4, 'open'), "
                    + "('crm', '3', 'shop', '7', 0.6, 'matched')");
        });
        Instant newest = Instant.parse("2026-10-20T10:00:07Z");
        db.syncHistory().record(new SyncRun("crm", Instant.parse("2026-10-20T10:00:00Z"), newest,
                SyncStatus.SUCCEEDED, 3, 3, 0, ""));
        db.syncHistory().record(new SyncRun("shop", Instant.parse("2026-10-19T10:00:00Z"),
                Instant.parse("2026-10-19T10:00:01Z"), SyncStatus.SUCCEEDED, 2, 2, 0, ""));

        assertThat(stats.stagedRecords()).isEqualTo(5);
        assertThat(stats.profiles()).isEqualTo(3);
        assertThat(stats.matchRate()).hasValue(0.6);
        assertThat(stats.openReviewItems()).isEqualTo(2);
        assertThat(stats.lastSync()).contains(newest);
    }

    private void stage(String source, int rows) {
        try (StagingWriter writer = db.stagingStore().open(source, List.of("id"))) {
            for (int i = 0; i < rows; i++) {
                writer.append(List.of(String.valueOf(i)));
            }
            writer.commit();
        }
    }
}
