package io.lakefront.app.cli;

import io.lakefront.app.Workspace;
import io.lakefront.domain.gold.GoldTable;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code export TABLE --out FILE}: one of the gold, metrics or event tables as CSV (CONTRACTS.md §2, §3). */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes a table as CSV: gold_customer, customer_metrics, purchases, support_tickets or "
                + "engagement_events.")
final class ExportCommand extends WorkspaceCommand {
    @Parameters(index = "0", paramLabel = "TABLE", description = "gold_customer, customer_metrics, purchases, "
            + "support_tickets or engagement_events")
    String table;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The CSV file to write.")
    Path out;

    @Override
    protected int run(Workspace workspace) {
        GoldTable which = GoldTable.named(table);
        long rows = workspace.exportTables().export(workspace.actor(), which, out, new ConsoleProgress());
        out().println("exported " + rows + " rows of " + which.sqlName() + " to " + out);
        return LakefrontCommand.OK;
    }
}
