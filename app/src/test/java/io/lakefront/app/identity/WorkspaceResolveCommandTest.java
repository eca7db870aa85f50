package io.lakefront.app.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.lakefront.app.cli.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code resolve} without {@code --input} (CONTRACTS.md §2, workspace mode), through the real command line. */
class WorkspaceResolveCommandTest {
    @TempDir
    Path temp;
    private Path workspace;

    private CliRun cli(String... args) {
        String[] all = new String[args.length + 4];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(new String[] {"--workspace", workspace.toString(), "--as-of", ResolveWorkspaceTest.AS_OF}, 0, all,
                args.length, 4);
        return CliRun.of(all);
    }

    @BeforeEach
    void addAndPrepareTheSources() throws Exception {
        workspace = temp.resolve("ws");
        for (String[] source : new String[][] {{"crm", ResolveWorkspaceTest.CRM}, {"shop", ResolveWorkspaceTest.SHOP},
                {"orders", ResolveWorkspaceTest.ORDERS}}) {
            Path file = temp.resolve(source[0] + ".csv");
            Files.writeString(file, source[1]);
            CliRun added = cli("sources", "add", source[0], "--file", file.toString(), "--sync");
            assertThat(added.exit()).as(added.err()).isZero();
        }
        CliRun prepared = cli("prepare", "--all");
        assertThat(prepared.exit()).as(prepared.err()).isZero();
    }

    @Test
    void resolvesTheWorkspacePrintsASummaryAndWritesTheClustersWhenAsked() throws Exception {
        Path out = temp.resolve("clusters.csv");
        CliRun run = cli("resolve", "--out", out.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("resolve: run 1", "rules from built from the sources' tags",
                "records   10 from 2 sources (crm 6, shop 4)", "clusters  7", "ids kept 0, new 7",
                "not resolved orders", "gold      7 customers; purchases 4", "time");
        List<String> lines = Files.readAllLines(out);
        assertThat(lines.get(0)).isEqualTo("source,record_id,cluster_id");
        assertThat(lines).hasSize(11).contains("crm,C-1,1");
        assertThat(workspace.resolve("identity.yaml")).isRegularFile();

        CliRun again = cli("resolve");
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(again.out()).contains("resolve: run 2", "rules from identity.yaml", "ids kept 7, new 0");

        CliRun status = cli("status");
        assertThat(status.out()).contains("last resolution   run 2", "10 records -> 7 clusters (7 ids kept, 0 new)");
    }

    @Test
    void configUsesOtherRulesForOneRunAndLeavesIdentityYamlAlone() throws Exception {
        assertThat(cli("resolve").exit()).isZero();
        String rules = Files.readString(workspace.resolve("identity.yaml"));
        Path strict = temp.resolve("strict.yaml");
        Files.writeString(strict, rules.replace("auto_match: 6", "auto_match: 60"));

        CliRun run = cli("resolve", "--config", strict.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("rules from --config " + strict);
        assertThat(Files.readString(workspace.resolve("identity.yaml"))).isEqualTo(rules);
    }

    @Test
    void fileModeOptionsAreRefusedInWorkspaceModeAndABrokenConfigNamesItsLine() throws Exception {
        CliRun pairs = cli("resolve", "--pairs", temp.resolve("pairs.csv").toString());
        assertThat(pairs.exit()).isEqualTo(1);
        assertThat(pairs.err()).contains("--pairs only apply with --input");

        Path broken = temp.resolve("broken.yaml");
        Files.writeString(broken, "comparisons:\n  - name: x\n    field: email\n    levels: [exact\n");
        CliRun bad = cli("resolve", "--config", broken.toString());
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.err()).contains(broken.toString() + ":");

        CliRun fileModeWithoutOut = cli("resolve", "--input", temp.resolve("crm.csv").toString());
        assertThat(fileModeWithoutOut.exit()).isEqualTo(1);
        assertThat(fileModeWithoutOut.err()).contains("--out");
    }

    @Test
    void anEmptyWorkspaceSaysWhatToDoFirst() {
        workspace = temp.resolve("empty");
        CliRun run = cli("resolve");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("no source is prepared yet");
    }
}
