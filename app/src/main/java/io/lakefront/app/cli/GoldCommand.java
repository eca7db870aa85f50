package io.lakefront.app.cli;

import io.lakefront.app.Workspace;
import io.lakefront.domain.gold.ColumnMapping;
import io.lakefront.domain.gold.CustomGoldField;
import io.lakefront.domain.gold.GoldField;
import io.lakefront.domain.gold.GoldSetup;
import io.lakefront.domain.gold.GoldTable;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code gold export --out FILE} and {@code gold show}: the gold table out, and how it is built. */
@Command(name = "gold", mixinStandardHelpOptions = true,
        description = "The gold customer table: export it, or show how it is built (gold.yaml).",
        subcommands = {GoldCommand.Export.class, GoldCommand.Show.class})
final class GoldCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "gold: name a subcommand (export, show)");
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Writes gold_customer as CSV (CONTRACTS.md §3 columns, then gold.yaml's custom fields).")
    static final class Export extends WorkspaceCommand {
        @Option(names = "--out", required = true, paramLabel = "FILE", description = "The CSV file to write.")
        Path out;

        @Override
        protected int run(Workspace workspace) {
            long rows = workspace.exportTables().export(workspace.actor(), GoldTable.GOLD_CUSTOMER, out,
                    new ConsoleProgress());
            out().println("exported " + rows + " customers to " + out);
            return LakefrontCommand.OK;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "Prints each gold field's survivorship rule and where each person source's columns go "
                    + "(chosen in gold.yaml or proposed from the column tags).")
    static final class Show extends WorkspaceCommand {
        @Override
        protected int run(Workspace workspace) {
            print(out(), workspace.configureGold().show(workspace.actor()));
            return LakefrontCommand.OK;
        }
    }

    static void print(PrintWriter out, GoldSetup setup) {
        out.println("survivorship (" + setup.location() + "):");
        for (GoldField field : GoldField.values()) {
            out.printf("  %-16s %s%n", field.columnName(), setup.spec().rule(field).describe());
        }
        for (String consent : List.of("email_opt_in", "sms_opt_in", "push_opt_in")) {
            out.printf("  %-16s %s%n", consent, "most restrictive (an opt-out anywhere wins)");
        }
        for (CustomGoldField field : setup.spec().customFields()) {
            out.printf("  %-16s %s (custom %s field)%n", field.name(), field.rule().describe(), field.type().yamlName());
        }
        if (setup.sources().isEmpty()) {
            out.println("mappings: no person source is prepared yet (add one with 'sources add')");
            return;
        }
        for (Map.Entry<String, List<ColumnMapping>> source : setup.sources().entrySet()) {
            out.println("mappings of " + source.getKey() + ":");
            for (ColumnMapping column : source.getValue()) {
                out.printf("  %-24s %-8s -> %s%s%n", column.column(), column.tag().code(), column.target().yamlName(),
                        column.chosen() ? " (gold.yaml; proposed " + column.proposed().yamlName() + ")" : "");
            }
        }
    }
}
