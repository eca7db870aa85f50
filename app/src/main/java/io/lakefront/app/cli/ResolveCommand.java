package io.lakefront.app.cli;

import io.lakefront.app.Workspace;
import io.lakefront.app.identity.FileResolution;
import io.lakefront.app.identity.InputReader;
import io.lakefront.app.identity.ResolutionFiles;
import io.lakefront.app.identity.ResolveFiles;
import io.lakefront.app.identity.ResolveSummary;
import io.lakefront.app.identity.WorkspaceClusters;
import io.lakefront.app.identity.WorkspaceResolveSummary;
import io.lakefront.connectors.CompositeSourceReader;
import io.lakefront.connectors.embedding.CombinedHeaderMeaning;
import io.lakefront.connectors.phone.LibPhoneNumberNormalizer;
import io.lakefront.connectors.plugin.ScorerPlugins;
import io.lakefront.connectors.similarity.CommonsStringMetrics;
import io.lakefront.connectors.yaml.IdentitySpecYaml;
import io.lakefront.domain.UserError;
import io.lakefront.domain.identity.IdentityEngine;
import io.lakefront.domain.identity.IdentitySpec;
import io.lakefront.domain.identity.workspace.WorkspaceResolution;
import io.lakefront.domain.identity.ScorerPlugin;
import io.lakefront.domain.prep.NormalizationRules;
import io.lakefront.domain.prep.TagColumns;
import io.lakefront.domain.time.WorkspaceClock;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code resolve} (CONTRACTS.md §2). File mode, {@code resolve --input FILE ... --out clusters.csv}: no
 * workspace needed; without {@code --config} it tags the inputs' columns and builds the rules itself.
 * Workspace mode, {@code resolve} without {@code --input}: re-resolves the workspace's prepared sources
 * with {@code identity.yaml} (or {@code --config}), keeps cluster ids stable, rebuilds the gold table
 * and the event tables, and prints a summary on stdout.
 * Scorer plugins in the {@code --workspace} folder's {@code plugins} folder add to or replace the model's
 * match weight, in file mode (listed on stderr) as in workspace mode (docs/guide/plugins.md).
 */
@Command(name = "resolve", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Without --input (workspace mode): re-resolves the people in the workspace's prepared sources "
                + "with the workspace's identity.yaml (written from the sources' tags on the first run; --config "
                + "FILE uses other rules for this run), keeps cluster ids stable across runs, queues the review "
                + "band, rebuilds gold_customer and keys purchases, support_tickets and engagement_events by "
                + "customer_id. Prints a summary; --out also writes source,record_id,cluster_id.",
                "With --input (file mode, no workspace needed): tags each file's columns, builds matching rules "
                + "for the fields found (or reads them from --config), and writes every record's cluster to --out "
                + "as CSV: source,record_id,cluster_id.",
                "Record ids: the --id-column value; else the column tagged as the file's record id when unique; "
                + "else the 1-based data row number. In file mode a summary goes to stderr."})
final class ResolveCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @ParentCommand
    LakefrontCommand root;

    @Option(names = "--input", paramLabel = "FILE",
            description = "File mode: a CSV or JSON Lines file (or a folder of them); repeat for more files, resolved "
                    + "together. Without it, the workspace is resolved.")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--id-column", paramLabel = "NAME",
            description = "The column holding record ids: once for all inputs, or once per input in order.")
    List<String> idColumns = new ArrayList<>();

    @Option(names = "--config", paramLabel = "rules.yaml",
            description = "Matching rules (identity.yaml format) to use instead of the ones built from the columns.")
    Path config;

    @Option(names = "--out", paramLabel = "clusters.csv",
            description = "Where to write source,record_id,cluster_id (every record once); required in file mode.")
    Path out;

    @Option(names = "--pairs", paramLabel = "pairs.csv",
            description = "Also write every scored candidate pair: source_a,record_id_a,source_b,record_id_b,score,"
                    + "decision (score = match probability; decision match, review or non_match; pairs settled by "
                    + "a deterministic rule are match whatever their score).")
    Path pairs;

    @Option(names = "--write-config", paramLabel = "FILE",
            description = "Write the rules this run used (identity.yaml format), to edit and pass back with --config.")
    Path writeConfig;

    @Override
    public Integer call() throws Exception {
        if (inputs.isEmpty()) {
            return workspaceMode();
        }
        if (out == null) {
            throw new UserError("resolve --input needs --out clusters.csv (where every record's cluster is written)");
        }
        WorkspaceClock clock = root.workspace.clock();
        IdentitySpec given = config == null ? null : IdentitySpecYaml.read(config);
        InputReader reader = new InputReader(CompositeSourceReader.standard(),
                new TagColumns(CombinedHeaderMeaning.standard(), clock), new NormalizationRules(new LibPhoneNumberNormalizer(), clock));
        List<ScorerPlugin> plugins = ScorerPlugins.load(root.workspace.directory().resolve(ScorerPlugins.FOLDER));
        ResolveFiles resolve = new ResolveFiles(reader, new IdentityEngine(new CommonsStringMetrics(), plugins));
        FileResolution run = resolve.resolve(inputs, idColumns, given, new ConsoleProgress());
        ResolutionFiles.writeClusters(run, out);
        if (pairs != null) {
            ResolutionFiles.writePairs(run, pairs);
        }
        if (writeConfig != null && run.spec() != null) {
            IdentitySpecYaml.write(run.spec(), writeConfig);
        }
        PrintWriter err = spec.commandLine().getErr();
        for (ScorerPlugin plugin : plugins) {
            err.println("scorer plugin '" + plugin.name() + "' (" + plugin.getClass().getName() + ") "
                    + (plugin.mode() == ScorerPlugin.Mode.ADD ? "added to" : "replaced") + " the model's match weight");
        }
        err.println(ResolveSummary.of(run));
        err.flush();
        return LakefrontCommand.OK;
    }

    private int workspaceMode() throws Exception {
        List<String> fileOnly = new ArrayList<>();
        if (!idColumns.isEmpty()) {
            fileOnly.add("--id-column");
        }
        if (pairs != null) {
            fileOnly.add("--pairs");
        }
        if (writeConfig != null) {
            fileOnly.add("--write-config");
        }
        if (!fileOnly.isEmpty()) {
            throw new UserError(String.join(", ", fileOnly) + " only apply with --input (file mode); workspace mode "
                    + "keeps its rules in identity.yaml and its pairs for the Identity screen");
        }
        IdentitySpec given = config == null ? null : IdentitySpecYaml.read(config);
        try (Workspace workspace = Workspace.open(root.workspace.directory(), root.workspace.clock())) {
            WorkspaceResolution resolution = workspace.resolveWorkspace().resolve(workspace.actor(), given,
                    config == null ? null : "--config " + config, new ConsoleProgress());
            if (out != null) {
                WorkspaceClusters.write(workspace.database().resolutionStore(), out);
            }
            PrintWriter stdout = spec.commandLine().getOut();
            WorkspaceResolveSummary.lines(resolution).forEach(stdout::println);
            stdout.flush();
        }
        return LakefrontCommand.OK;
    }
}
