package io.lakefront.app.cli;

import io.lakefront.app.Workspace;
import io.lakefront.app.demo.DemoAccuracy;
import io.lakefront.app.demo.DemoWorkspaceBuilder;
import io.lakefront.app.identity.WorkspaceResolveSummary;
import io.lakefront.domain.identity.PairwiseAccuracy;
import io.lakefront.domain.UserError;
import io.lakefront.domain.prep.Preparation;
import io.lakefront.domain.source.SyncRun;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Builds a deterministic demo workspace: writes CRM, e-commerce, support and engagement exports, "
                + "ingests and prepares them, resolves identities (building the gold table and keying the event "
                + "tables), reports the resolution's accuracy against the demo's ground truth, and adds the demo "
                + "campaigns.")
final class DemoCommand implements java.util.concurrent.Callable<Integer> {
    static final int DEFAULT_CUSTOMERS = 20_000;
    static final long DEFAULT_SEED = 42;
    /** What a workspace folder holds that a rebuild may delete; anything else is left alone. */
    private static final List<String> WORKSPACE_PARTS = List.of("db", "demo-data", "campaigns", "sources", "workspace.yaml", "identity.yaml");

    @picocli.CommandLine.ParentCommand
    LakefrontCommand root;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--customers", defaultValue = "20000", description = "How many people (default: ${DEFAULT-VALUE}).")
    int customers;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed; the same seed gives the same workspace.")
    long seed;

    @Option(names = "--force", description = "Rebuild a workspace that already has sources (its data is replaced).")
    boolean force;

    @Option(names = "--leave-out", split = ",", paramLabel = "SOURCE",
            description = "Write these sources' files but do not add them (crm, shop, orders, support, engagement): "
                    + "add one later to see the rules recommended for a new source.")
    java.util.Set<String> leaveOut = java.util.Set.of();

    @Override
    public Integer call() {
        build(root.workspace, customers, seed, force, leaveOut, spec.commandLine().getOut());
        return LakefrontCommand.OK;
    }

    static void build(WorkspaceOptions options, int customers, long seed, boolean force, PrintWriter out) {
        build(options, customers, seed, force, java.util.Set.of(), out);
    }

    static void build(WorkspaceOptions options, int customers, long seed, boolean force, java.util.Set<String> leaveOut,
                      PrintWriter out) {
        Path directory = options.directory();
        if (force) {
            wipe(directory);
        }
        long started = System.nanoTime();
        try (Workspace workspace = Workspace.open(directory, options.clock())) {
            DemoWorkspaceBuilder.Result result = new DemoWorkspaceBuilder(workspace).build(seed, customers, leaveOut,
                    new ConsoleProgress());
            out.println("Demo workspace: " + directory);
            out.println("  as of      " + workspace.clock().now());
            out.println("  seed       " + seed + ", " + customers + " people");
            out.println("  files      " + result.dataFolder());
            result.data().describe().lines().forEach(line -> out.println("    " + line));
            for (int i = 0; i < result.syncs().size(); i++) {
                SyncRun run = result.syncs().get(i);
                Preparation prepared = result.preparations().get(i);
                out.printf("  source %-11s %,9d records staged, %,9d values normalized, %,6d quarantined%n",
                        run.source(), run.rowsStaged(), prepared.normalized(), prepared.quarantined());
            }
            WorkspaceResolveSummary.lines(result.resolution()).forEach(line -> out.println("  " + line));
            PairwiseAccuracy accuracy = DemoAccuracy.of(result.truthFile(), DemoWorkspaceBuilder.SOURCES,
                    workspace.database().resolutionStore().assignments());
            out.println("  identity accuracy against truth.csv (resolved sources, pairwise): " + accuracy);
            out.println("  metrics    " + MetricsCommand.summary(workspace.customerMetrics().all().values()));
            out.println("  campaigns  " + result.campaigns().stream().filter(c -> c.active()).count() + " active"
                    + (result.campaigns().stream().allMatch(c -> c.active()) ? ""
                    : ", " + result.campaigns().stream().filter(c -> !c.active()).count() + " draft"));
            out.printf("Done in %.1f s. Open it with: ./lakefront --workspace %s%n",
                    (System.nanoTime() - started) / 1e9, directory);
            out.flush();
        }
    }

    /** Deletes only the parts of a workspace Lakefront itself wrote, and only in a real workspace. */
    private static void wipe(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        if (!Workspace.exists(directory)) {
            throw new UserError("--force: " + directory + " is not a Lakefront workspace (no workspace.yaml); not touching it");
        }
        for (String part : WORKSPACE_PARTS) {
            Path path = directory.resolve(part);
            if (!Files.exists(path)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(path)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot remove " + path + " (is the workbench still open on it?)", e);
            }
        }
    }
}
