package io.lakefront.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sources add --watermark}, {@code sources sync [--full]} and {@code sources history} end to end. */
class IncrementalSyncCommandTest {
    @TempDir
    Path temp;

    @Test
    void aCsvSecondVersionAddsRowsChangesOneAndAddsAColumnAndHistoryShowsItAll() throws Exception {
        Path ws = temp.resolve("ws");
        Path file = temp.resolve("contacts.csv");
        Files.writeString(file, """
                Contact ID,Email,Last Modified
                c1,ann@example.com,9/30/2026 11:15 PM
                c2,bo@example.com,10/1/2026 8:00 AM
                """);
        CliRun add = cli(ws, "sources", "add", "contacts", "--file", file.toString(), "--watermark", "Last Modified", "--sync");
        assertThat(add.exit()).as(add.err()).isZero();
        assertThat(add.out()).contains("(full): 2 rows read, 2 staged");

        Files.writeString(file, """
                Contact ID,Email,Last Modified,Tier
                c1,ann@example.com,9/30/2026 11:15 PM,gold
                c2,bo.chen@example.com,10/2/2026 9:30 AM,silver
                c3,cy@example.com,10/3/2026 7:05 PM,none
                """);
        CliRun sync = cli(ws, "sources", "sync", "contacts");
        assertThat(sync.exit()).as(sync.err()).isZero();
        assertThat(sync.out())
                .contains("(incremental): 3 rows read, 3 staged")
                .contains("1 inserted, 1 updated, 0 unchanged, 1 skipped")
                .contains("schema drift: added 'Tier'");

        CliRun history = cli(ws, "sources", "history", "contacts");
        assertThat(history.out().lines().findFirst().orElseThrow())
                .contains("incremental").contains("read=3 inserted=1 updated=1 unchanged=0 skipped=1 staged=3")
                .contains("newer than 10/1/2026 8:00 AM");
        assertThat(history.out()).contains("drift: added 'Tier'").contains("first sync with watermark Last Modified");

        CliRun full = cli(ws, "sources", "sync", "contacts", "--full");
        assertThat(full.exit()).as(full.err()).isZero();
        assertThat(full.out()).contains("(full): 3 rows read, 3 staged").contains("3 inserted, 0 updated");
        assertThat(cli(ws, "sources", "history", "contacts").out().lines().findFirst().orElseThrow())
                .contains("full resync; watermark Last Modified started over");
    }

    @Test
    void aJdbcSourceSyncsIncrementallyWithTheWatermarkFilterPushedIntoTheQuery() throws Exception {
        String url = "jdbc:h2:mem:crm_" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1";
        try (Connection db = DriverManager.getConnection(url); Statement sql = db.createStatement()) {
            sql.execute("CREATE TABLE contacts (id INT PRIMARY KEY, email VARCHAR(100), updated_at TIMESTAMP)");
            sql.execute("INSERT INTO contacts SELECT x, 'p' || x || '@x.org', TIMESTAMP '2026-10-01 00:00:00' + x * INTERVAL '1' MINUTE "
                    + "FROM SYSTEM_RANGE(1, 500)");
            Path ws = temp.resolve("ws");
            CliRun add = cli(ws, "sources", "add", "crm", "--jdbc", url, "--table", "contacts", "--watermark", "updated_at", "--sync");
            assertThat(add.exit()).as(add.err()).isZero();
            assertThat(add.out()).contains("500 rows read, 500 staged");

            sql.execute("UPDATE contacts SET email = 'new@x.org', updated_at = TIMESTAMP '2026-10-05 00:00:00' WHERE id = 7");
            sql.execute("INSERT INTO contacts VALUES (501, 'p501@x.org', TIMESTAMP '2026-10-05 00:00:01')");
            CliRun sync = cli(ws, "sources", "sync", "crm");

            // Only the two newer rows crossed the connection: nothing was read to be skipped.
            assertThat(sync.exit()).as(sync.err()).isZero();
            assertThat(sync.out()).contains("(incremental): 2 rows read, 501 staged")
                    .contains("1 inserted, 1 updated, 0 unchanged, 0 skipped");
            sql.execute("SHUTDOWN");
        }
    }

    private static CliRun cli(Path ws, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--workspace";
        all[1] = ws.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return CliRun.of(all);
    }
}
