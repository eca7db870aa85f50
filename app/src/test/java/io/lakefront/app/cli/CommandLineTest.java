package io.lakefront.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {
    @TempDir
    Path temp;

    @Test
    void versionNamesTheProductAndExitsZero() {
        CliRun run = CliRun.of("--version");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("Lakefront");
    }

    @Test
    void helpListsTheCommands() {
        CliRun run = CliRun.of("--help");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("demo", "sources", "campaigns", "bench", "screenshots", "--workspace", "--as-of");
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : new String[] {"demo", "sources", "inspect", "prepare", "quarantine", "resolve", "review-model", "settings", "campaigns", "status", "bench", "screenshots"}) {
            CliRun run = CliRun.of(command, "--help");
            assertThat(run.exit()).as(command).isZero();
            assertThat(run.out()).as(command).contains("Usage:");
        }
    }

    @Test
    void anUnknownCommandIsAUserErrorOnOneLine() {
        CliRun run = CliRun.of("--workspace", temp.toString(), "frobnicate");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err()).contains("frobnicate");
    }

    @Test
    void aBadAsOfDateNamesTheOptionAndTheValue() {
        CliRun run = CliRun.of("status", "--workspace", temp.resolve("ws").toString(), "--as-of", "2026-13-45");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("--as-of").contains("2026-13-45");
        assertThat(run.err().strip().lines()).hasSize(1);
    }

    @Test
    void workspaceAndAsOfAreAcceptedBeforeOrAfterTheCommand() {
        Path before = temp.resolve("before");
        Path after = temp.resolve("after");
        assertThat(CliRun.of("--workspace", before.toString(), "--as-of", "2026-10-20", "status").exit()).isZero();
        CliRun run = CliRun.of("status", "--workspace", after.toString(), "--as-of", "2026-10-20");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains(after.toString()).contains("2026-10-20");
        assertThat(before.resolve("workspace.yaml")).exists();
        assertThat(after.resolve("workspace.yaml")).exists();
    }

    @Test
    void aSourceIsAddedSyncedListedAndItsHistoryShown() throws Exception {
        Path ws = temp.resolve("ws");
        Path file = temp.resolve("people.csv");
        Files.writeString(file, "id,name,email\n1,Ann Lee,ann@example.com\n2,Bo Chen,bo@example.com\n");
        CliRun add = CliRun.of("--workspace", ws.toString(), "sources", "add", "people", "--file", file.toString(), "--sync");
        assertThat(add.exit()).as(add.err()).isZero();
        assertThat(add.out()).contains("added people").contains("2 rows read, 2 staged");
        CliRun list = CliRun.of("--workspace", ws.toString(), "sources", "list");
        assertThat(list.out()).contains("people").contains("file").contains(" 2 ");
        CliRun history = CliRun.of("--workspace", ws.toString(), "sources", "history", "people");
        assertThat(history.out()).contains("SUCCEEDED").contains("read=2");
    }

    @Test
    void aMissingFileIsReportedByNameWhenSyncing() {
        Path ws = temp.resolve("ws");
        Path missing = temp.resolve("nope.csv");
        CliRun run = CliRun.of("--workspace", ws.toString(), "sources", "add", "crm", "--file", missing.toString(), "--sync");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("nope.csv");
        assertThat(run.err().strip().lines()).hasSize(1);
    }

    @Test
    void anInvalidSourceNameIsRefused() {
        CliRun run = CliRun.of("--workspace", temp.resolve("ws").toString(), "sources", "add", "Bad Name", "--file", "x.csv");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("Bad Name");
    }

    @Test
    void theDemoBuildsAWorkspaceWithSourcesAndCampaigns() {
        Path ws = temp.resolve("demo");
        CliRun demo = CliRun.of("demo", "--customers", "300", "--seed", "7", "--as-of", "2026-10-20", "--workspace", ws.toString());
        assertThat(demo.exit()).as(demo.err()).isZero();
        assertThat(demo.out()).contains("crm", "shop", "orders", "support", "engagement");
        CliRun campaigns = CliRun.of("campaigns", "list", "--workspace", ws.toString());
        assertThat(campaigns.out().strip().lines()).hasSizeGreaterThanOrEqualTo(3);
        CliRun status = CliRun.of("status", "--workspace", ws.toString());
        assertThat(status.out()).containsPattern("sources\\s+5");
        CliRun again = CliRun.of("demo", "--customers", "300", "--workspace", ws.toString());
        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.err()).contains("--force");
        CliRun forced = CliRun.of("demo", "--customers", "200", "--seed", "7", "--force", "--as-of", "2026-10-20", "--workspace", ws.toString());
        assertThat(forced.exit()).as(forced.err()).isZero();
    }

    @Test
    void forceRefusesToWipeAFolderThatIsNotAWorkspace() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("documents"));
        Files.writeString(folder.resolve("thesis.txt"), "precious");
        CliRun run = CliRun.of("demo", "--force", "--workspace", folder.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(folder.resolve("thesis.txt")).exists();
    }
}
