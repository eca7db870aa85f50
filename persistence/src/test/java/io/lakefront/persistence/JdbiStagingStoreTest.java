package io.lakefront.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lakefront.domain.UserError;
import io.lakefront.domain.source.RowStream;
import io.lakefront.domain.source.StagingWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbiStagingStoreTest {
    private final WorkspaceDatabase db = TestDatabases.fresh("staging");
    private final JdbiStagingStore staging = db.stagingStore();

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aCommittedSyncComesBackWithItsHeaderCountAndRows() {
        stage("crm", List.of("id", "e-mail", "Name; DROP TABLE sources"),
                List.of("1", "a@x.org", "Ana"), Arrays.asList("2", null, "Bo"));

        assertThat(staging.count("crm")).isEqualTo(2);
        assertThat(staging.columns("crm")).containsExactly("id", "e-mail", "Name; DROP TABLE sources");
        assertThat(staging.sample("crm", 10)).containsExactly(List.of("1", "a@x.org", "Ana"), Arrays.asList("2", null, "Bo"));
        assertThat(staging.sample("crm", 1)).hasSize(1);
        assertThat(staging.tableName("crm")).contains("STG_CRM");
    }

    @Test
    void aNeverSyncedSourceHasNothing() {
        assertThat(staging.count("crm")).isZero();
        assertThat(staging.columns("crm")).isEmpty();
        assertThat(staging.sample("crm", 5)).isEmpty();
        assertThat(staging.tableName("crm")).isEmpty();
    }

    @Test
    void otherCodeCanQueryTheStagingTableByItsPlainName() {
        stage("crm", List.of("id"), List.of("7"));

        String value = db.jdbi().withHandle(h -> h.createQuery("SELECT c1 FROM stg_crm WHERE row_no = 1")
                .mapTo(String.class).one());
        assertThat(value).isEqualTo("7");
    }

    @Test
    void committedRowsStreamBackInFileOrderWithTheirHeader() throws Exception {
        stage("crm", List.of("id", "email"), List.of("1", "a@x.org"), Arrays.asList("2", null), List.of("3", "c@x.org"));

        List<List<String>> read = new ArrayList<>();
        try (RowStream rows = staging.rows("crm")) {
            assertThat(rows.columns()).containsExactly("id", "email");
            assertThat(rows.total()).isEqualTo(3);
            List<String> row;
            while ((row = rows.next()) != null) {
                read.add(row);
            }
            assertThat(rows.done()).isEqualTo(3);
        }
        assertThat(read).containsExactly(List.of("1", "a@x.org"), Arrays.asList("2", null), List.of("3", "c@x.org"));
        try (RowStream none = staging.rows("never")) {
            assertThat(none.next()).isNull();
        }
    }

    @Test
    void aShortRowIsPaddedWithNulls() {
        stage("crm", List.of("a", "b", "c"), List.of("1"));

        assertThat(staging.sample("crm", 1)).containsExactly(Arrays.asList("1", null, null));
    }

    @Test
    void aRowWithMoreValuesThanColumnsIsAUserErrorNamingTheRow() {
        try (StagingWriter writer = staging.open("crm", List.of("a", "b"))) {
            writer.append(List.of("1", "2"));
            assertThatThrownBy(() -> writer.append(List.of("1", "2", "3")))
                    .isInstanceOf(UserError.class)
                    .hasMessage("source 'crm', data row 2: 3 values but only 2 columns");
        }
        assertThat(staging.count("crm")).isZero();
    }

    @Test
    void aNewCommitReplacesTheWholeTableIncludingItsColumns() {
        stage("crm", List.of("id", "email"), List.of("1", "a@x.org"), List.of("2", "b@x.org"));
        stage("crm", List.of("customer", "phone", "city"), List.of("9", "+15551234", "Austin"));

        assertThat(staging.count("crm")).isEqualTo(1);
        assertThat(staging.columns("crm")).containsExactly("customer", "phone", "city");
        assertThat(staging.sample("crm", 10)).containsExactly(List.of("9", "+15551234", "Austin"));
        assertThat(stagingTables()).containsExactly("STG_CRM");
    }

    @Test
    void closingWithoutCommitKeepsThePreviousTableExactlyAsItWas() {
        stage("crm", List.of("id"), List.of("1"), List.of("2"));

        try (StagingWriter writer = staging.open("crm", List.of("other", "columns"))) {
            for (int i = 0; i < 12_000; i++) {
                writer.append(List.of("x", "y"));
            }
        }

        assertThat(staging.count("crm")).isEqualTo(2);
        assertThat(staging.columns("crm")).containsExactly("id");
        assertThat(staging.sample("crm", 10)).containsExactly(List.of("1"), List.of("2"));
        assertThat(stagingTables()).containsExactly("STG_CRM");
    }

    @Test
    void aTableNameInjectionIsRefusedBeforeAnySql() {
        for (String name : List.of("crm; DROP TABLE sources", "crm\" --", "CRM", "1crm", "", "a".repeat(41), "crm$new")) {
            assertThatThrownBy(() -> staging.open(name, List.of("id")))
                    .as(name)
                    .isInstanceOf(UserError.class)
                    .hasMessageContaining("cannot name a staging table");
            assertThatThrownBy(() -> staging.count(name)).as(name).isInstanceOf(UserError.class);
            assertThatThrownBy(() -> staging.sample(name, 1)).as(name).isInstanceOf(UserError.class);
        }
        assertThat(db.sourceStore().list()).isEmpty();
        assertThat(stagingTables()).isEmpty();
    }

    @Test
    void sourcesWhoseNamesLookLikeSideTablesDoNotCollide() {
        stage("a", List.of("id"), List.of("from a"));
        stage("a_new", List.of("id"), List.of("from a_new"));
        stage("a__new", List.of("id"), List.of("from a__new"));

        assertThat(staging.sample("a", 1)).containsExactly(List.of("from a"));
        assertThat(staging.sample("a__new", 1)).containsExactly(List.of("from a__new"));
    }

    @Test
    void aSecondSyncOfTheSameSourceIsRefusedWhileTheFirstRuns() {
        try (StagingWriter first = staging.open("crm", List.of("id"))) {
            first.append(List.of("1"));
            assertThatThrownBy(() -> staging.open("crm", List.of("id")))
                    .isInstanceOf(UserError.class)
                    .hasMessageContaining("'crm' is already being synced or prepared");
            try (StagingWriter other = staging.open("shop", List.of("id"))) {
                other.append(List.of("2"));
                other.commit();
            }
            first.commit();
        }
        assertThat(staging.count("crm")).isEqualTo(1);
        assertThat(staging.count("shop")).isEqualTo(1);
        stage("crm", List.of("id"), List.of("3"), List.of("4"));
        assertThat(staging.count("crm")).isEqualTo(2);
    }

    @Test
    void aSwapInterruptedBeforeItsCommitPointIsUndoneByTheNextSync() {
        stage("crm", List.of("id"), List.of("old"));
        // A crash right after step (1) and (2): the new table is in place, the metadata is not.
        db.jdbi().useHandle(h -> {
            h.execute("ALTER TABLE STG_CRM RENAME TO \"STG_CRM$OLD\"");
            h.execute("CREATE TABLE STG_CRM (row_no BIGINT PRIMARY KEY, c1 VARCHAR, c2 VARCHAR)");
            h.execute("COMMENT ON TABLE STG_CRM IS '999'");
        });

        try (StagingWriter writer = staging.open("crm", List.of("id"))) {
            assertThat(staging.sample("crm", 5)).containsExactly(List.of("old"));
            assertThat(stagingTables()).containsExactlyInAnyOrder("STG_CRM", "STG_CRM$NEW");
        }
        assertThat(staging.sample("crm", 5)).containsExactly(List.of("old"));
        assertThat(stagingTables()).containsExactly("STG_CRM");
    }

    @Test
    void aSwapInterruptedAfterItsCommitPointIsFinishedByTheNextSync() {
        stage("crm", List.of("id"), List.of("new"));
        // A crash after the metadata commit but before the old table was dropped.
        db.jdbi().useHandle(h -> h.execute("CREATE TABLE \"STG_CRM$OLD\" (row_no BIGINT PRIMARY KEY, c1 VARCHAR)"));

        try (StagingWriter writer = staging.open("crm", List.of("id"))) {
            assertThat(stagingTables()).containsExactlyInAnyOrder("STG_CRM", "STG_CRM$NEW");
        }
        assertThat(staging.sample("crm", 5)).containsExactly(List.of("new"));
    }

    @Test
    void aWriterCannotBeUsedAfterCommit() {
        try (StagingWriter writer = staging.open("crm", List.of("id"))) {
            writer.commit();
            assertThatThrownBy(() -> writer.append(List.of("1"))).isInstanceOf(IllegalStateException.class);
        }
        assertThat(staging.count("crm")).isZero();
        assertThat(staging.tableName("crm")).contains("STG_CRM");
    }

    @Test
    void twoHundredThousandRowsAreStagedIntoAFileDatabase(@TempDir Path workspace) {
        int rows = 200_000;
        try (WorkspaceDatabase file = WorkspaceDatabase.open(workspace)) {
            JdbiStagingStore store = file.stagingStore();
            try (StagingWriter writer = store.open("big", List.of("id", "email", "city"))) {
                for (int i = 1; i <= rows; i++) {
                    writer.append(List.of(String.valueOf(i), "user" + i + "@example.org", i % 2 == 0 ? "Austin" : "Ulm"));
                }
                writer.commit();
            }
            assertThat(store.count("big")).isEqualTo(rows);
            assertThat(file.workspaceStats().stagedRecords()).isEqualTo(rows);
            List<Long> summary = file.jdbi().withHandle(h -> h.createQuery(
                            "SELECT COUNT(*), COUNT(DISTINCT c1), MIN(row_no), MAX(row_no) FROM stg_big")
                    .map((rs, ctx) -> List.of(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4))).one());
            assertThat(summary).containsExactly((long) rows, (long) rows, 1L, (long) rows);
            String email = file.jdbi().withHandle(h -> h.createQuery("SELECT c2 FROM stg_big WHERE row_no = 123456")
                    .mapTo(String.class).one());
            assertThat(email).isEqualTo("user123456@example.org");
        }
    }

    @SafeVarargs
    private void stage(String source, List<String> columns, List<String>... rows) {
        try (StagingWriter writer = staging.open(source, columns)) {
            for (List<String> row : rows) {
                writer.append(row);
            }
            writer.commit();
        }
    }

    private List<String> stagingTables() {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES "
                        + "WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME LIKE 'STG\\_%' ORDER BY TABLE_NAME")
                .mapTo(String.class).list());
    }
}
