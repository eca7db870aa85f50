package io.lakefront.app.cli;

import io.lakefront.app.Workspace;
import io.lakefront.domain.UserError;
import io.lakefront.domain.source.SchemaDrift;
import io.lakefront.domain.source.Source;
import io.lakefront.domain.source.SourceKind;
import io.lakefront.domain.source.SyncRun;
import io.lakefront.domain.source.SyncSource;
import io.lakefront.domain.source.Watermark;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "sources", mixinStandardHelpOptions = true,
        description = "Add, list and sync the workspace's sources.",
        subcommands = {SourcesCommand.ListSources.class, SourcesCommand.AddSourceCommand.class,
                SourcesCommand.SyncSources.class, SourcesCommand.History.class})
final class SourcesCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                "sources: name a subcommand (list, add, sync, history)");
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "One source a line: name, kind, staged rows, location.")
    static final class ListSources extends WorkspaceCommand {
        @Override
        protected int run(Workspace workspace) {
            workspace.actor().require(io.lakefront.domain.governance.Permission.VIEW_WORKSPACE);
            for (Source source : workspace.database().sourceStore().list()) {
                long rows = workspace.database().stagingStore().count(source.name());
                out().printf("%-16s %-7s %10d  %s%n", source.name(), source.kind().name().toLowerCase(), rows,
                        source.location());
            }
            return LakefrontCommand.OK;
        }
    }

    static String mode(SyncRun run) {
        return run.mode().name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Where a new source's records come from: exactly one of a file, a folder or a JDBC URL. */
    static final class Location {
        @Option(names = "--file", paramLabel = "PATH", description = "A CSV or JSON Lines file.")
        Path file;
        @Option(names = "--folder", paramLabel = "DIR", description = "A folder of files read as one source.")
        Path folder;
        @Option(names = "--jdbc", paramLabel = "URL", description = "A JDBC URL (PostgreSQL, H2, ... any driver on the class path).")
        String jdbcUrl;
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Registers a source (then run: sources sync NAME).")
    static final class AddSourceCommand extends WorkspaceCommand {
        @Parameters(index = "0", paramLabel = "NAME", description = "Short lower-case name, e.g. crm.")
        String name;
        @ArgGroup(exclusive = true, multiplicity = "1")
        Location location;
        @Option(names = "--table", description = "JDBC: the table to read.") String table;
        @Option(names = "--query", description = "JDBC: a SELECT to read instead of a table.") String query;
        @Option(names = "--user", description = "JDBC: the user name.") String user;
        @Option(names = "--format", description = "csv or jsonl (default: from the file extension).") String format;
        @Option(names = "--delimiter", description = "CSV delimiter (default: sniffed).") String delimiter;
        @Option(names = "--encoding", description = "File encoding (default: sniffed; UTF-8 or Latin-1).") String encoding;
        @Option(names = "--watermark", paramLabel = "COLUMN",
                description = "Sync incrementally: only rows whose COLUMN (e.g. updated_at) is newer than the last sync's highest value.")
        String watermark;
        @Option(names = "--key", paramLabel = "COLUMN",
                description = "The record id that incremental syncs upsert by (default: the first column).")
        String key;
        @Option(names = "--sync", description = "Sync it right away.") boolean syncNow;

        @Override
        protected int run(Workspace workspace) {
            Map<String, String> options = new LinkedHashMap<>();
            put(options, "table", table);
            put(options, "query", query);
            put(options, "user", user);
            put(options, "format", format);
            put(options, "delimiter", delimiter);
            put(options, "encoding", encoding);
            put(options, Watermark.OPTION, watermark);
            put(options, SyncSource.KEY_OPTION, key);
            SourceKind kind;
            String where;
            if (location.file != null) {
                kind = SourceKind.FILE;
                where = location.file.toAbsolutePath().normalize().toString();
            } else if (location.folder != null) {
                kind = SourceKind.FOLDER;
                where = location.folder.toAbsolutePath().normalize().toString();
            } else {
                kind = SourceKind.JDBC;
                where = location.jdbcUrl;
            }
            Source source = workspace.addSource().add(workspace.actor(), name, kind, where, options);
            out().println("added " + source.name() + " (" + kind.name().toLowerCase() + " " + where + ")");
            if (syncNow) {
                SyncSources.syncAndReport(workspace, source.name(), false, out());
            }
            out().println("next: " + (syncNow ? "" : "sources sync " + source.name() + "; ") + "prepare "
                    + source.name() + " (lists rule recommendations for a new person source); "
                    + "rules recommend --source " + source.name());
            return LakefrontCommand.OK;
        }

        private static void put(Map<String, String> options, String key, String value) {
            if (value != null) {
                options.put(key, value);
            }
        }
    }

    @Command(name = "sync", mixinStandardHelpOptions = true, description = "Reads sources into their staging tables.")
    static final class SyncSources extends WorkspaceCommand {
        @Parameters(paramLabel = "NAME", arity = "0..*", description = "Sources to sync.")
        List<String> names = new ArrayList<>();
        @Option(names = "--all", description = "Sync every source.") boolean all;
        @Option(names = "--full", description = "Read every row again, rebuild the staging table and start the watermark over.")
        boolean full;

        @Override
        protected int run(Workspace workspace) {
            List<String> targets = new ArrayList<>(names);
            if (all) {
                workspace.database().sourceStore().list().forEach(s -> targets.add(s.name()));
            }
            if (targets.isEmpty()) {
                throw new UserError("sources sync: name a source or pass --all");
            }
            for (String target : targets) {
                syncAndReport(workspace, target, full, out());
            }
            return LakefrontCommand.OK;
        }

        static SyncRun syncAndReport(Workspace workspace, String name, boolean full, java.io.PrintWriter out) {
            SyncSource sync = workspace.syncSource();
            SyncRun run = full ? sync.fullResync(workspace.actor(), name, new ConsoleProgress())
                    : sync.sync(workspace.actor(), name, new ConsoleProgress());
            out.printf("synced %s (%s): %d rows read, %d staged, %d quarantined; %d inserted, %d updated, "
                            + "%d unchanged, %d skipped%n", run.source(), mode(run), run.rowsRead(), run.rowsStaged(),
                    run.rowsQuarantined(), run.rowsInserted(), run.rowsUpdated(), run.rowsUnchanged(), run.rowsSkipped());
            for (SchemaDrift drift : run.drift()) {
                out.println("  schema drift: " + drift.describe());
            }
            return run;
        }
    }

    @Command(name = "history", mixinStandardHelpOptions = true, description = "A source's sync history, newest first.")
    static final class History extends WorkspaceCommand {
        @Parameters(index = "0", paramLabel = "NAME") String name;
        @Option(names = "--limit", defaultValue = "20") int limit;

        @Override
        protected int run(Workspace workspace) {
            if (workspace.database().sourceStore().find(name).isEmpty()) {
                throw new UserError("no source named '" + name + "'");
            }
            for (SyncRun run : workspace.database().syncHistory().forSource(name, limit)) {
                out().printf("%s  %-9s %-11s read=%d inserted=%d updated=%d unchanged=%d skipped=%d staged=%d "
                                + "quarantined=%d %s%n", run.startedAt(), run.status(), mode(run), run.rowsRead(),
                        run.rowsInserted(), run.rowsUpdated(), run.rowsUnchanged(), run.rowsSkipped(), run.rowsStaged(),
                        run.rowsQuarantined(), run.message());
                for (SchemaDrift drift : run.drift()) {
                    out().println("    drift: " + drift.describe());
                }
            }
            return LakefrontCommand.OK;
        }
    }
}
