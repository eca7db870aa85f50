package io.lakefront.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lakefront.app.Workspace;
import io.lakefront.domain.prep.ColumnTag;
import io.lakefront.domain.prep.PreparedColumn;
import io.lakefront.domain.task.TaskContext;
import io.lakefront.domain.time.WorkspaceClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrepareCommandTest {
    private static final String AS_OF = "2026-10-20";
    private static final String MESSY = """
            Customer ID,First Name,Last Name,Email,Phone,Birthdate,Country
            C-001,Anna,Müller,Anna.Mueller@Example.DE,030 12345678,03/14/1985,Germany
            C-002,JOHN,SMITH,john.smith@example.com,(415) 555-2671,11/02/1979,US
            C-003,Lena,Schmidt,lena.schmidt(at)example.de,0171 2345678,06/30/1992,DE
            C-004,Mary,Johnson,mary@example,1234,01/15/2031,USA
            C-005,Jürgen,Weber,j.weber@example.de,089 7654321,05/05/1960,Deutschland
            C-006,Emily,Davis,EMILY.DAVIS@EXAMPLE.COM,212-736-5000,08/17/1988,United States
            C-007,Petra,Fischer,,040 9876543,12/21/1975,Germany
            C-008,Robert,Brown,robert.brown@example.com,+1 312 870 0147,09/09/1990,US
            C-009,Klaus,Becker,klaus.becker@example.de,0221 1234567,11/11/1955,DE
            C-010,Linda,Wilson,linda.wilson@example.com,617-253-1000,02/31/1980,USA
            """;

    @TempDir
    Path temp;
    private Path workspace;

    @BeforeEach
    void addTheMessyExport() throws Exception {
        workspace = temp.resolve("ws");
        Path file = temp.resolve("customers.csv");
        Files.writeString(file, MESSY);
        CliRun added = cli("sources", "add", "customers", "--file", file.toString(), "--sync");
        assertThat(added.exit()).as(added.err()).isZero();
    }

    private CliRun cli(String... args) {
        String[] all = new String[args.length + 4];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(new String[] {"--workspace", workspace.toString(), "--as-of", AS_OF}, 0, all, args.length, 4);
        return CliRun.of(all);
    }

    private Workspace open() {
        return Workspace.open(workspace, WorkspaceClock.parse(AS_OF));
    }

    @Test
    void preparesAMessyExportIntoCanonicalValuesAndQuarantinesTheRest() {
        CliRun run = cli("prepare", "customers");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("prepared customers: 10 rows", "5 quarantined")
                .containsPattern("Email\\s+email\\s+\\d\\.\\d\\d\\s+7\\s+2")
                .containsPattern("Phone\\s+phone\\s+\\d\\.\\d\\d\\s+9\\s+1")
                .containsPattern("Birthdate\\s+birth_date\\s+\\d\\.\\d\\d\\s+8\\s+2");
        try (Workspace ws = open()) {
            assertThat(ws.preparedStore().count("customers")).isEqualTo(ws.database().stagingStore().count("customers"));
            assertThat(ws.preparedStore().columns("customers")).extracting(PreparedColumn::tag).containsExactly(
                    ColumnTag.RECORD_ID, ColumnTag.GIVEN_NAME, ColumnTag.FAMILY_NAME, ColumnTag.EMAIL, ColumnTag.PHONE,
                    ColumnTag.BIRTH_DATE, ColumnTag.COUNTRY);
            List<List<String>> rows = ws.preparedStore().sample("customers", 10);
            assertThat(rows.get(0)).containsExactly("C-001", "Anna", "Müller", "anna.mueller@example.de", "+493012345678",
                    "1985-03-14", "DE");
            assertThat(rows.get(1)).containsExactly("C-002", "John", "Smith", "john.smith@example.com", "+14155552671",
                    "1979-11-02", "US");
            assertThat(rows.get(3)).containsExactly("C-004", "Mary", "Johnson", null, null, null, "US");
            assertThat(rows.get(5).get(4)).isEqualTo("+12127365000");
            assertThat(rows.get(8).get(4)).isEqualTo("+492211234567");
            assertThat(rows.get(9).get(5)).isNull();
        }

        CliRun quarantine = cli("quarantine", "customers");
        assertThat(quarantine.exit()).as(quarantine.err()).isZero();
        assertThat(quarantine.out().lines()).containsExactly(
                "source,record_id,column,value,reason",
                "customers,C-003,Email,lena.schmidt(at)example.de,no @ in the address",
                "customers,C-004,Email,mary@example,no domain with a dot after the @",
                "customers,C-004,Phone,1234,too short for a phone number in US",
                "customers,C-004,Birthdate,01/15/2031,birth date in the future",
                "customers,C-010,Birthdate,02/31/1980,not a date in the format M/d/yyyy");
    }

    @Test
    void exportsTheQuarantineToACsvFile() throws Exception {
        cli("prepare", "--all");
        Path out = temp.resolve("refused.csv");

        CliRun run = cli("quarantine", "customers", "--out", out.toString(), "--limit", "2");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("wrote 2 quarantined values of customers");
        assertThat(Files.readAllLines(out)).hasSize(3).first().isEqualTo("source,record_id,column,value,reason");
    }

    @Test
    void theTagTheUserEditedInTheSourcesYamlWins() throws Exception {
        cli("prepare", "customers");
        Path yaml = workspace.resolve("sources/customers.yaml");
        assertThat(yaml).exists();
        Files.writeString(yaml, Files.readString(yaml).replace("tag: family_name", "tag: text"));

        CliRun run = cli("prepare", "customers");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).containsPattern("Last Name\\s+text\\*").contains("your tag from the source's YAML file");
        try (Workspace ws = open()) {
            assertThat(ws.preparedStore().columns("customers").get(2).tag()).isEqualTo(ColumnTag.TEXT);
            assertThat(ws.preparedStore().sample("customers", 2).get(1).get(2)).isEqualTo("SMITH");
        }
        assertThat(Files.readString(yaml)).contains("tag: text", "edited: true", "detected: family_name");
    }

    @Test
    void aBrokenYamlFileStopsThePreparationWithFileLineAndColumn() throws Exception {
        cli("prepare", "customers");
        Path yaml = workspace.resolve("sources/customers.yaml");
        Files.writeString(yaml, Files.readString(yaml).replace("tag: email", "tag: e-mail"));

        CliRun run = cli("prepare", "customers");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).containsPattern("customers\\.yaml:\\d+:\\d+: tag: 'e-mail' is not a tag");
    }

    @Test
    void aCancelledPreparationLeavesThePreviousPreparedTableAndQuarantine() throws Exception {
        StringBuilder big = new StringBuilder("id,email,phone\n");
        for (int i = 1; i <= 12_000; i++) {
            big.append(i).append(",user").append(i).append("@example.org,+1 212 736 ").append(String.format("%04d", i % 10_000)).append('\n');
        }
        Path file = temp.resolve("big.csv");
        Files.writeString(file, big);
        assertThat(cli("sources", "add", "big", "--file", file.toString(), "--sync").exit()).isZero();
        assertThat(cli("prepare", "big").exit()).isZero();
        Files.writeString(file, "id,email,phone\n" + "1,broken,12\n".repeat(6_000));
        assertThat(cli("sources", "sync", "big").exit()).isZero();

        try (Workspace ws = open()) {
            TaskContext cancelAtFirstProgress = new TaskContext() {
                private boolean cancelled;
                @Override public void progress(long done, long total) { cancelled = true; }
                @Override public void message(String text) { }
                @Override public boolean cancelled() { return cancelled; }
            };
            assertThatThrownBy(() -> ws.prepareSource().prepare(ws.actor(), "big", cancelAtFirstProgress))
                    .isInstanceOf(CancellationException.class);

            assertThat(ws.preparedStore().count("big")).isEqualTo(12_000);
            assertThat(ws.preparedStore().sample("big", 1).get(0)).containsExactly("1", "user1@example.org", "+12127360001");
            assertThat(ws.quarantineStore().count("big")).isZero();
            int prepTables = ws.database().jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES "
                    + "WHERE TABLE_NAME LIKE 'PREP\\_BIG%'").mapTo(Integer.class).one());
            assertThat(prepTables).as("no side tables left").isEqualTo(1);
        }
    }

    @Test
    void theDemoWorkspaceIsPreparedWithEveryStagedRowAndSomeValuesQuarantined() {
        Path demo = temp.resolve("demo");
        CliRun built = CliRun.of("demo", "--customers", "300", "--workspace", demo.toString(), "--as-of", AS_OF);
        assertThat(built.exit()).as(built.err()).isZero();

        CliRun run = CliRun.of("prepare", "--all", "--workspace", demo.toString(), "--as-of", AS_OF);

        assertThat(run.exit()).as(run.err()).isZero();
        try (Workspace ws = Workspace.open(demo, WorkspaceClock.parse(AS_OF))) {
            long quarantined = 0;
            for (var source : ws.database().sourceStore().list()) {
                long staged = ws.database().stagingStore().count(source.name());
                assertThat(staged).as(source.name()).isPositive();
                assertThat(ws.preparedStore().count(source.name())).as(source.name()).isEqualTo(staged);
                assertThat(run.out()).contains("prepared " + source.name() + ": " + staged + " rows");
                quarantined += ws.quarantineStore().count(source.name());
            }
            assertThat(quarantined).isPositive();
            assertThat(ws.quarantineStore().countsByColumn("crm")).isNotEmpty();
        }
    }

    @Test
    void prepareNeedsASourceOrAll() {
        CliRun run = cli("prepare");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("name a source or pass --all");
        assertThat(cli("quarantine", "nope").err()).contains("no source named 'nope'");
    }
}
