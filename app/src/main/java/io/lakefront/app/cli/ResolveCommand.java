package io.lakefront.app.cli;

import io.lakefront.connectors.phone.LibPhoneNumberNormalizer;
import io.lakefront.connectors.embedding.CombinedHeaderMeaning;
import io.lakefront.app.identity.FileResolution;
import io.lakefront.app.identity.InputReader;
import io.lakefront.app.identity.ResolutionFiles;
import io.lakefront.app.identity.ResolveFiles;
import io.lakefront.app.identity.ResolveSummary;
import io.lakefront.connectors.CompositeSourceReader;
import io.lakefront.connectors.plugin.ScorerPlugins;
import io.lakefront.connectors.similarity.CommonsStringMetrics;
import io.lakefront.connectors.yaml.IdentitySpecYaml;
import io.lakefront.domain.identity.IdentityEngine;
import io.lakefront.domain.identity.IdentitySpec;
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
 * {@code resolve --input FILE ... --out clusters.csv} (CONTRACTS.md §2, file mode): no workspace needed.
 * Without {@code --config} it tags the inputs' columns and builds the rules itself. Scorer plugins in
 * the workspace's {@code plugins} folder add to or replace the model's match weight.
 */
@Command(name = "resolve", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Resolves the people in one or more files (file mode, no workspace needed): tags each file's "
                + "columns, builds matching rules for the fields found (or reads them from --config), and writes "
                + "every record's cluster to --out as CSV: source,record_id,cluster_id.",
                "Record ids: the --id-column value; else the column tagged as the file's record id when unique; "
                + "else the 1-based data row number. A summary goes to stderr."})
final class ResolveCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @ParentCommand
    LakefrontCommand root;

    @Option(names = "--input", paramLabel = "FILE", required = true,
            description = "A CSV or JSON Lines file (or a folder of them); repeat for more files, resolved together.")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--id-column", paramLabel = "NAME",
            description = "The column holding record ids: once for all inputs, or once per input in order.")
    List<String> idColumns = new ArrayList<>();

    @Option(names = "--config", paramLabel = "rules.yaml",
            description = "Matching rules (identity.yaml format) to use instead of the ones built from the columns.")
    Path config;

    @Option(names = "--out", paramLabel = "clusters.csv", required = true,
            description = "Where to write source,record_id,cluster_id (every input record once).")
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
}
