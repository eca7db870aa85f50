package io.lakefront.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.lakefront.domain.UserError;
import io.lakefront.domain.prep.ColumnTag;
import io.lakefront.domain.prep.PreparedColumn;
import io.lakefront.domain.prep.PreparedWriter;
import io.lakefront.domain.prep.QuarantinedValue;
import io.lakefront.domain.source.StagingWriter;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JdbiPreparedStoreTest {
    private static final Instant AT = Instant.parse("2026-10-20T10:00:00Z");
    private static final List<PreparedColumn> COLUMNS = List.of(new PreparedColumn("Contact ID", ColumnTag.RECORD_ID),
            new PreparedColumn("E-Mail", ColumnTag.EMAIL), new PreparedColumn("Phone", ColumnTag.PHONE));

    private final WorkspaceDatabase db = TestDatabases.fresh("prepared");
    private final JdbiPreparedStore prepared = new JdbiPreparedStore(db.jdbi(), () -> AT);
    private final JdbiQuarantineStore quarantine = new JdbiQuarantineStore(db.jdbi());

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aCommittedPreparationComesBackWithItsTaggedColumnsRowsAndQuarantine() {
        try (PreparedWriter writer = prepared.open("crm", COLUMNS)) {
            writer.append(1, List.of("C-1", "ana@example.org", "+4930123456"));
            writer.quarantine(refused("crm", "C-2", "E-Mail", "bo(at)example.org", "no @ in the address"));
            writer.quarantine(refused("crm", "C-2", "Phone", "1234", "too short for a phone number in US"));
            writer.append(2, Arrays.asList("C-2", null, null));
            writer.commit();
        }

        assertThat(prepared.count("crm")).isEqualTo(2);
        assertThat(prepared.columns("crm")).containsExactlyElementsOf(COLUMNS);
        assertThat(prepared.sample("crm", 10)).containsExactly(List.of("C-1", "ana@example.org", "+4930123456"),
                Arrays.asList("C-2", null, null));
        assertThat(prepared.tableName("crm")).contains("PREP_CRM");
        assertThat(prepared.preparedAt("crm")).contains(AT);
        assertThat(quarantine.count("crm")).isEqualTo(2);
        assertThat(quarantine.countsByColumn("crm")).containsExactly(Map.entry("E-Mail", 1L), Map.entry("Phone", 1L));
        assertThat(quarantine.list("crm", 10)).extracting(QuarantinedValue::recordId, QuarantinedValue::column,
                QuarantinedValue::rawValue, QuarantinedValue::reason, QuarantinedValue::foundAt).containsExactly(
                tuple("C-2", "E-Mail", "bo(at)example.org", "no @ in the address", AT),
                tuple("C-2", "Phone", "1234", "too short for a phone number in US", AT));
        assertThat(quarantine.list("crm", 1)).hasSize(1);
        assertThat(tables()).containsExactly("PREP_CRM");
    }

    @Test
    void aNewPreparationReplacesTheRowsAndTheSourcesQuarantineButNoOtherSources() {
        prepare("crm", 3, "C-1");
        prepare("shop", 1, "S-9");
        prepare("crm", 2, "C-7");

        assertThat(prepared.count("crm")).isEqualTo(2);
        assertThat(quarantine.list("crm", 10)).extracting(QuarantinedValue::recordId).containsExactly("C-7");
        assertThat(quarantine.list("shop", 10)).extracting(QuarantinedValue::recordId).containsExactly("S-9");
        assertThat(tables()).containsExactly("PREP_CRM", "PREP_SHOP");
    }

    @Test
    void closingWithoutCommitKeepsThePreviousPreparationAndQuarantineExactlyAsTheyWere() {
        prepare("crm", 2, "C-1");

        try (PreparedWriter writer = prepared.open("crm", COLUMNS)) {
            for (int i = 1; i <= 12_000; i++) {
                writer.append(i, List.of("X-" + i, "x@example.org", "+15551234567"));
                writer.quarantine(refused("crm", "X-" + i, "Phone", "1", "too short"));
            }
        }

        assertThat(prepared.count("crm")).isEqualTo(2);
        assertThat(prepared.sample("crm", 10)).extracting(row -> row.get(0)).containsExactly("C-1-1", "C-1-2");
        assertThat(quarantine.list("crm", 10)).extracting(QuarantinedValue::recordId).containsExactly("C-1");
        assertThat(tables()).containsExactly("PREP_CRM");
    }

    @Test
    void aSourceIsNeverSyncedAndPreparedAtOnce() {
        try (PreparedWriter writer = prepared.open("crm", COLUMNS)) {
            assertThatThrownBy(() -> db.stagingStore().open("crm", List.of("id")))
                    .isInstanceOf(UserError.class).hasMessageContaining("'crm' is already being synced or prepared");
            assertThatThrownBy(() -> prepared.open("crm", COLUMNS))
                    .isInstanceOf(UserError.class).hasMessageContaining("'crm' is already being synced or prepared");
            writer.commit();
        }
        try (StagingWriter sync = db.stagingStore().open("crm", List.of("id"))) {
            assertThatThrownBy(() -> prepared.open("crm", COLUMNS)).isInstanceOf(UserError.class);
            try (PreparedWriter other = prepared.open("shop", COLUMNS)) {
                other.commit();
            }
        }
        prepare("crm", 1, "C-1");
        assertThat(prepared.count("crm")).isEqualTo(1);
    }

    @Test
    void aSwapInterruptedBeforeItsCommitPointIsUndoneByTheNextPreparation() {
        prepare("crm", 1, "C-old");
        db.jdbi().useHandle(h -> {
            h.execute("ALTER TABLE PREP_CRM RENAME TO \"PREP_CRM$OLD\"");
            h.execute("CREATE TABLE PREP_CRM (row_no BIGINT PRIMARY KEY, c1 VARCHAR)");
            h.execute("COMMENT ON TABLE PREP_CRM IS '999'");
        });

        try (PreparedWriter writer = prepared.open("crm", COLUMNS)) {
            assertThat(prepared.sample("crm", 5)).extracting(row -> row.get(0)).containsExactly("C-old-1");
        }
        assertThat(prepared.sample("crm", 5)).extracting(row -> row.get(0)).containsExactly("C-old-1");
        assertThat(quarantine.list("crm", 5)).extracting(QuarantinedValue::recordId).containsExactly("C-old");
        assertThat(tables()).containsExactly("PREP_CRM");
    }

    @Test
    void aNeverPreparedSourceHasNothingAndBadNamesAreRefusedBeforeAnySql() {
        assertThat(prepared.count("crm")).isZero();
        assertThat(prepared.columns("crm")).isEmpty();
        assertThat(prepared.sample("crm", 5)).isEmpty();
        assertThat(quarantine.count("crm")).isZero();
        assertThatThrownBy(() -> prepared.open("crm; DROP TABLE sources", COLUMNS))
                .isInstanceOf(UserError.class).hasMessageContaining("cannot name a prepared table");
    }

    private void prepare(String source, int rows, String refusedRecord) {
        try (PreparedWriter writer = prepared.open(source, COLUMNS)) {
            for (int i = 1; i <= rows; i++) {
                writer.append(i, List.of(refusedRecord + "-" + i, "a@example.org", "+15551234567"));
            }
            writer.quarantine(refused(source, refusedRecord, "E-Mail", "nope", "no @ in the address"));
            writer.commit();
        }
    }

    private static QuarantinedValue refused(String source, String record, String column, String raw, String reason) {
        return new QuarantinedValue(source, record, column, raw, reason, AT);
    }

    private List<String> tables() {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES "
                        + "WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME LIKE 'PREP\\_%' ORDER BY TABLE_NAME")
                .mapTo(String.class).list());
    }
}
