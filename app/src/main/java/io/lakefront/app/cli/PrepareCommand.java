package io.lakefront.app.cli;

import io.lakefront.app.Workspace;
import io.lakefront.connectors.file.CsvWriter;
import io.lakefront.domain.UserError;
import io.lakefront.domain.governance.Permission;
import io.lakefront.domain.prep.ColumnOutcome;
import io.lakefront.domain.prep.ExportQuarantine;
import io.lakefront.domain.prep.Preparation;
import io.lakefront.domain.prep.QuarantineFilter;
import io.lakefront.domain.prep.QuarantineStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code prepare NAME... | --all}: tags, normalizes and quarantines synced sources, printing per column
 * the tag and what happened to its values. Its sibling {@link Quarantine} lists or exports the
 * values a preparation refused.
 */
@Command(name = "prepare", mixinStandardHelpOptions = true,
        description = "Tags each column of synced sources, normalizes their values into prepared tables and "
                + "quarantines what cannot be normalized. Tags and rules are saved in sources/NAME.yaml; "
                + "tags you edit there win.")
final class PrepareCommand extends WorkspaceCommand {
    @Parameters(paramLabel = "NAME", arity = "0..*", description = "Sources to prepare.")
    List<String> names = new ArrayList<>();
    @Option(names = "--all", description = "Prepare every source that has been synced.")
    boolean all;

    @Override
    protected int run(Workspace workspace) {
        List<String> targets = new ArrayList<>(names);
        if (all) {
            workspace.database().sourceStore().list().stream()
                    .filter(s -> workspace.database().stagingStore().count(s.name()) > 0)
                    .forEach(s -> targets.add(s.name()));
        }
        if (targets.isEmpty()) {
            throw new UserError("prepare: name a source or pass --all" + (all ? " (no source has been synced yet)" : ""));
        }
        for (String target : targets) {
            // Timed here, not from the preparation's timestamps: --as-of stops the workspace clock.
            long started = System.nanoTime();
            Preparation result = workspace.prepareSource().prepare(workspace.actor(), target, new ConsoleProgress());
            report(result, (System.nanoTime() - started) / 1e9, out());
            recommendIfNew(workspace, target, out());
        }
        return LakefrontCommand.OK;
    }

    /**
     * A person source the latest resolution run did not include is new to identity: its rule
     * recommendations are listed right away (titles only; 'rules recommend' gives the reasoning).
     */
    static void recommendIfNew(Workspace workspace, String source, PrintWriter out) {
        var store = workspace.database().resolutionStore();
        if (store.latestRun().isEmpty() || store.assignments().stream().anyMatch(a -> a.key().source().equals(source))) {
            return;
        }
        var found = workspace.recommendRulesForSource().recommend(workspace.actor(), source,
                io.lakefront.domain.task.TaskContext.silent());
        if (found.records() == 0) {
            return;
        }
        out.println("  " + found.recommendations().size() + " rule recommendations for the new source "
                + source + (found.recommendations().isEmpty() ? "" : ":"));
        for (var r : found.recommendations()) {
            out.println("    " + r.number() + ". [" + r.kind().label() + "] " + r.title());
        }
        if (!found.recommendations().isEmpty()) {
            out.println("  see why and preview: rules recommend --source " + source);
        }
    }

    static void report(Preparation result, double seconds, PrintWriter out) {
        out.printf(Locale.ROOT, "prepared %s: %d rows, %d values normalized, %d quarantined (%.1f s)%n", result.source(),
                result.rows(), result.normalized(), result.quarantined(), seconds);
        int width = Math.max(6, result.columns().stream().mapToInt(c -> c.column().length()).max().orElse(6));
        out.printf(Locale.ROOT, "  %-" + width + "s  %-13s %5s %10s %11s  %s%n", "column", "tag", "conf", "normalized",
                "quarantined", "rule");
        for (ColumnOutcome c : result.columns()) {
            out.printf(Locale.ROOT, "  %-" + width + "s  %-13s %5.2f %10d %11d  %s%n", c.column(),
                    c.tag().code() + (c.edited() ? "*" : ""), c.confidence(), c.normalized(), c.quarantined(), c.rule());
        }
        if (result.columns().stream().anyMatch(ColumnOutcome::edited)) {
            out.println("  * your tag from the source's YAML file");
        }
    }

    @Command(name = "quarantine", mixinStandardHelpOptions = true,
            description = "Lists the values a source's last preparation quarantined (CSV: "
                    + "source,record_id,column,value,reason), or exports them with --out.")
    static final class Quarantine extends WorkspaceCommand {
        @Parameters(index = "0", paramLabel = "NAME", description = "The source.")
        String name;
        @Option(names = "--limit", paramLabel = "N",
                description = "At most N values (default: 20 on screen, all with --out).")
        Long limit;
        @Option(names = "--out", paramLabel = "FILE.csv", description = "Write them to a CSV file instead.")
        Path file;

        @Override
        protected int run(Workspace workspace) {
            // Quarantined values are raw personal data (emails, phone numbers, birth dates).
            workspace.actor().require(Permission.VIEW_PERSONAL_DATA);
            if (workspace.database().sourceStore().find(name).isEmpty()) {
                throw new UserError("no source named '" + name + "'");
            }
            if (limit != null && limit < 0) {
                throw new UserError("--limit: not a count (" + limit + ")");
            }
            QuarantineStore quarantine = workspace.quarantineStore();
            try {
                if (file == null) {
                    CsvWriter csv = new CsvWriter(out());
                    write(quarantine, csv, limit == null ? 20 : limit);
                    csv.flush();
                    long total = quarantine.count(name);
                    if (limit == null && total > 20) {
                        spec.commandLine().getErr().println("(" + total + " quarantined in all; --limit N or --out FILE.csv for more)");
                    }
                } else {
                    long written = workspace.exportQuarantine().export(workspace.actor(), name, QuarantineFilter.ALL,
                            limit == null ? Long.MAX_VALUE : limit, file, new ConsoleProgress());
                    out().println("wrote " + written + " quarantined values of " + name + " to " + file);
                }
            } catch (IOException e) {
                throw new UserError((file == null ? "quarantine" : file.toString()) + ": " + e.getMessage(), e);
            }
            return LakefrontCommand.OK;
        }

        private long write(QuarantineStore quarantine, CsvWriter csv, long max) throws IOException {
            csv.writeRow(ExportQuarantine.HEADER);
            AtomicLong written = new AtomicLong();
            try {
                quarantine.forEach(name, max, value -> {
                    try {
                        csv.writeRow(java.util.Arrays.asList(value.source(), value.recordId(), value.column(),
                                value.rawValue(), value.reason()));
                        written.incrementAndGet();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            return written.get();
        }
    }
}
