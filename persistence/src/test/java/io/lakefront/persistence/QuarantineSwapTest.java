package io.lakefront.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.lakefront.domain.prep.ColumnTag;
import io.lakefront.domain.prep.PreparedColumn;
import io.lakefront.domain.prep.PreparedWriter;
import io.lakefront.domain.prep.QuarantinedValue;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A source's quarantine lives in {@code QUAR_X}, swapped in with {@code PREP_X}: replaced whole by each
 * preparation, repaired like the prepared table after a crash, and read from the shared table of
 * earlier versions until the source is prepared again.
 */
class QuarantineSwapTest {
    private static final Instant AT = Instant.parse("2026-10-20T10:00:00Z");
    private static final List<PreparedColumn> COLUMNS = List.of(new PreparedColumn("id", ColumnTag.RECORD_ID),
            new PreparedColumn("email", ColumnTag.EMAIL));

    private final WorkspaceDatabase db = TestDatabases.fresh("quarantine");
    private final JdbiPreparedStore prepared = new JdbiPreparedStore(db.jdbi(), () -> AT);
    private final JdbiQuarantineStore quarantine = new JdbiQuarantineStore(db.jdbi());

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void eachPreparationReplacesTheQuarantineWholeInItsOwnTable() {
        prepare("crm", 20_000);
        prepare("crm", 3);

        assertThat(quarantine.count("crm")).isEqualTo(3);
        assertThat(quarantine.countsByColumn("crm")).containsExactly(Map.entry("email", 3L));
        assertThat(quarantine.list("crm", 10)).extracting(QuarantinedValue::source, QuarantinedValue::recordId)
                .containsExactly(tuple("crm", "R-1"), tuple("crm", "R-2"), tuple("crm", "R-3"));
        assertThat(tables("QUAR")).containsExactly("QUAR_CRM");
        long shared = db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM quarantine").mapTo(Long.class).one());
        assertThat(shared).isZero();
    }

    @Test
    void aSourceLastPreparedByAnEarlierVersionShowsItsOldQuarantineUntilPreparedAgain() {
        db.jdbi().useHandle(h -> h.createUpdate("INSERT INTO quarantine (source, record_id, column_name, raw_value, "
                        + "reason, found_at) VALUES ('crm', 'OLD-1', 'email', 'x', 'no @ in the address', :at)")
                .bind("at", AT).execute());
        prepare("shop", 1);

        assertThat(quarantine.list("crm", 10)).extracting(QuarantinedValue::recordId).containsExactly("OLD-1");
        assertThat(quarantine.countsByColumn("crm")).containsExactly(Map.entry("email", 1L));

        prepare("crm", 2);

        assertThat(quarantine.list("crm", 10)).extracting(QuarantinedValue::recordId).containsExactly("R-1", "R-2");
        assertThat(quarantine.count("crm")).isEqualTo(2);
        assertThat(quarantine.list("shop", 10)).extracting(QuarantinedValue::recordId).containsExactly("R-1");
    }

    @Test
    void aQuarantineSwapInterruptedBeforeTheCommitPointIsUndone() {
        prepare("crm", 2);
        db.jdbi().useHandle(h -> {
            h.execute("ALTER TABLE QUAR_CRM RENAME TO \"QUAR_CRM$OLD\"");
            h.execute("CREATE TABLE QUAR_CRM (seq BIGINT PRIMARY KEY, record_id VARCHAR, column_name VARCHAR, "
                    + "raw_value VARCHAR, reason VARCHAR, found_at TIMESTAMP(9) WITH TIME ZONE)");
            h.execute("COMMENT ON TABLE QUAR_CRM IS '999'");
        });

        try (PreparedWriter writer = prepared.open("crm", COLUMNS)) {
            assertThat(quarantine.list("crm", 10)).extracting(QuarantinedValue::recordId).containsExactly("R-1", "R-2");
        }
        assertThat(tables("QUAR")).containsExactly("QUAR_CRM");
    }

    @Test
    void aQuarantineSwapInterruptedAfterTheCommitPointIsFinished() {
        prepare("crm", 2);
        prepare("crm", 1);
        long committed = db.jdbi().withHandle(h -> h.createQuery(
                "SELECT generation FROM prepared_sources WHERE source = 'crm'").mapTo(Long.class).one());
        db.jdbi().useHandle(h -> {
            h.execute("CREATE TABLE \"QUAR_CRM$OLD\" (seq BIGINT PRIMARY KEY)");
            h.execute("COMMENT ON TABLE \"QUAR_CRM$OLD\" IS '" + (committed - 1) + "'");
        });

        try (PreparedWriter writer = prepared.open("crm", COLUMNS)) {
            assertThat(tables("QUAR")).containsExactly("QUAR_CRM", "QUAR_CRM$NEW");
        }
        assertThat(quarantine.list("crm", 10)).extracting(QuarantinedValue::recordId).containsExactly("R-1");
        assertThat(tables("QUAR")).containsExactly("QUAR_CRM");
    }

    private void prepare(String source, int refused) {
        try (PreparedWriter writer = prepared.open(source, COLUMNS)) {
            for (int i = 1; i <= refused; i++) {
                writer.append(i, List.of("R-" + i, "nope"));
                writer.quarantine(new QuarantinedValue(source, "R-" + i, "email", "nope", "no @ in the address", AT));
            }
            writer.commit();
        }
    }

    private List<String> tables(String prefix) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES "
                        + "WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME LIKE :prefix ORDER BY TABLE_NAME")
                .bind("prefix", prefix + "\\_%")
                .mapTo(String.class).list());
    }
}
