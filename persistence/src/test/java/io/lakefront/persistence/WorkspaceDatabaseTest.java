package io.lakefront.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lakefront.domain.UserError;
import io.lakefront.domain.source.Source;
import io.lakefront.domain.source.SourceKind;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceDatabaseTest {
    @TempDir
    Path workspace;

    @Test
    void migrationsApplyOnAnEmptyWorkspaceAndReopenCleanly() {
        try (WorkspaceDatabase db = WorkspaceDatabase.open(workspace)) {
            assertThat(appliedMigrations(db)).startsWith("1", "2", "3", "4");
            db.sourceStore().add(new Source("crm", SourceKind.FILE, "crm.csv", Map.of(), Instant.parse("2026-01-01T00:00:00Z")));
        }
        assertThat(workspace.resolve("db/lakefront.mv.db")).exists();

        try (WorkspaceDatabase db = WorkspaceDatabase.open(workspace)) {
            assertThat(appliedMigrations(db)).startsWith("1", "2", "3", "4");
            assertThat(db.sourceStore().find("crm")).isPresent();
        }
    }

    @Test
    void theGoldSchemaHasEveryContractColumn() {
        try (WorkspaceDatabase db = TestDatabases.fresh("gold")) {
            assertThat(columnsOf(db, "GOLD_CUSTOMER")).contains("CUSTOMER_ID", "FIRST_NAME", "LAST_NAME", "EMAIL",
                    "PHONE", "BIRTH_DATE", "GENDER", "STREET", "CITY", "POSTCODE", "REGION", "COUNTRY", "LOYALTY_TIER",
                    "EMAIL_OPT_IN", "SMS_OPT_IN", "PUSH_OPT_IN", "CREATED_AT", "UPDATED_AT", "SOURCE_RECORD_COUNT");
            assertThat(columnsOf(db, "CUSTOMER_METRICS")).contains("CUSTOMER_ID", "LIFETIME_SPEND", "ORDER_COUNT",
                    "AVG_ORDER_VALUE", "FIRST_ORDER_AT", "LAST_ORDER_AT", "DAYS_SINCE_LAST_ORDER", "TOP_CATEGORY",
                    "OPEN_TICKETS", "EMAIL_OPENS_30D", "EMAIL_CLICKS_30D", "LAST_ENGAGED_AT", "CHURN_RISK",
                    "PREFERRED_CHANNEL", "PREFERRED_HOUR");
            assertThat(columnsOf(db, "PURCHASES")).containsExactly("PURCHASE_ID", "ORDER_ID", "CUSTOMER_ID",
                    "PURCHASED_AT", "CATEGORY", "PRODUCT", "QUANTITY", "AMOUNT", "CURRENCY");
            assertThat(columnsOf(db, "SUPPORT_TICKETS")).containsExactly("TICKET_ID", "CUSTOMER_ID", "OPENED_AT",
                    "CLOSED_AT", "STATUS", "TOPIC");
            assertThat(columnsOf(db, "ENGAGEMENT_EVENTS")).containsExactly("EVENT_ID", "CUSTOMER_ID", "OCCURRED_AT",
                    "CHANNEL", "TYPE", "CAMPAIGN_ID");
            assertThat(columnsOf(db, "REVIEW_ITEMS")).containsExactly("ITEM_ID", "SOURCE_A", "RECORD_A", "SOURCE_B",
                    "RECORD_B", "SCORE", "STATUS", "CREATED_AT", "DECIDED_AT", "DECIDED_BY", "MATCH_WEIGHT", "RUN_ID", "ANSWER", "DECISION_BATCH");
        }
    }

    @Test
    void theGoldSchemaRefusesValuesOutsideTheContract() {
        try (WorkspaceDatabase db = TestDatabases.fresh("gold-checks")) {
            assertThatThrownBy(() -> db.jdbi().useHandle(h -> h.execute(
                    "INSERT INTO gold_customer (customer_id, gender) VALUES ('c1', 'F')")))
                    .hasMessageContaining("GENDER");
            assertThatThrownBy(() -> db.jdbi().useHandle(h -> h.execute(
                    "INSERT INTO support_tickets (ticket_id, opened_at, status) VALUES ('t1', CURRENT_TIMESTAMP, 'solved')")))
                    .hasMessageContaining("STATUS");
        }
    }

    @Test
    void eachEventTableHasAnIndexOnCustomerId() {
        try (WorkspaceDatabase db = TestDatabases.fresh("indexes")) {
            List<String> indexed = db.jdbi().withHandle(h -> h.createQuery(
                            "SELECT DISTINCT TABLE_NAME FROM INFORMATION_SCHEMA.INDEX_COLUMNS "
                                    + "WHERE COLUMN_NAME = 'CUSTOMER_ID' AND ORDINAL_POSITION = 1")
                    .mapTo(String.class).list());
            assertThat(indexed).contains("GOLD_CUSTOMER", "CUSTOMER_METRICS", "PURCHASES", "SUPPORT_TICKETS",
                    "ENGAGEMENT_EVENTS");
        }
    }

    @Test
    void twoOpensOfOneWorkspaceInOneProcessShareTheData() {
        try (WorkspaceDatabase first = WorkspaceDatabase.open(workspace);
             WorkspaceDatabase second = WorkspaceDatabase.open(workspace)) {
            first.sourceStore().add(new Source("crm", SourceKind.FILE, "crm.csv", Map.of(), Instant.EPOCH));
            assertThat(second.sourceStore().find("crm")).isPresent();
        }
    }

    @Test
    void aSecondProcessOpensTheWorkspaceWhileThisOneHoldsIt() throws Exception {
        try (WorkspaceDatabase db = WorkspaceDatabase.open(workspace)) {
            db.sourceStore().add(new Source("desktop", SourceKind.FILE, "a.csv", Map.of(), Instant.EPOCH));

            Path output = workspace.resolve("child.out");
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    SecondProcess.class.getName(), workspace.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile())
                    .start();
            assertThat(child.waitFor(120, TimeUnit.SECONDS)).as("child finished").isTrue();
            String childOutput = Files.readString(output, StandardCharsets.UTF_8);
            assertThat(child.exitValue()).as(childOutput).isZero();

            assertThat(childOutput).contains("sources: [cli, desktop]");
            assertThat(db.sourceStore().find("cli")).isPresent();
        }
    }

    @Test
    void aPathWithASemicolonIsRefusedBeforeItReachesTheUrl() {
        Path odd = workspace.resolve("a;FILE_LOCK=NO");
        assertThatThrownBy(() -> WorkspaceDatabase.open(odd))
                .isInstanceOf(UserError.class)
                .hasMessageContaining("may not contain ';'");
        assertThat(new File(odd.toString())).doesNotExist();
    }

    @Test
    void anInMemoryNameCannotCarryUrlSettings() {
        assertThatThrownBy(() -> WorkspaceDatabase.inMemory("x;INIT=RUNSCRIPT FROM 'evil.sql'"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static List<String> appliedMigrations(WorkspaceDatabase db) {
        return db.jdbi().withHandle(h -> h.createQuery(
                        "SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" AND \"version\" IS NOT NULL ORDER BY \"installed_rank\"")
                .mapTo(String.class).list());
    }

    private static List<String> columnsOf(WorkspaceDatabase db, String table) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS "
                        + "WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = :table ORDER BY ORDINAL_POSITION")
                .bind("table", table).mapTo(String.class).list());
    }
}
