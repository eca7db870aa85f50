package io.lakefront.app.cli;

import io.lakefront.app.Workspace;
import io.lakefront.app.desktop.Desktop;
import io.lakefront.domain.UserError;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code lakefront}: with no command it opens the workbench; with a command it runs headless.
 * Exit codes (CONTRACTS.md §1): 0 success, 1 a user error with a one-line message, 2 an internal error.
 */
@Command(name = "lakefront",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Lakefront — a local-first, agentic Customer Data Platform.%n"
                + "With no command it opens the desktop workbench; with a command it runs headless.",
        subcommands = {
                DemoCommand.class,
                SourcesCommand.class,
                PrepareCommand.class, PrepareCommand.Quarantine.class,
                InspectCommand.class,
                ResolveCommand.class,
                ReviewCommand.class,
                CustomersCommand.class,
                AudienceCommand.class,
                ReviewModelCommand.class,
                RulesCommand.class,
                GoldCommand.class,
                ExportCommand.class,
                SettingsCommand.class,
                CampaignsCommand.class,
                SimulateCommand.class,
                StatusCommand.class,
                MetricsCommand.class,
                LoopCommand.class,
                SignalCommand.class,
                BenchCommand.class,
                ScreenshotsCommand.class,
                CommandLine.HelpCommand.class
        })
public final class LakefrontCommand implements Callable<Integer> {
    public static final int OK = 0;
    public static final int USER_ERROR = 1;
    public static final int INTERNAL_ERROR = 2;
    /** Exit code when a description is ambiguous and a question is printed instead (CONTRACTS.md §2). */
    public static final int QUESTION = 3;

    @Mixin
    WorkspaceOptions workspace;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!Workspace.exists(workspace.directory())) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("No workspace at " + workspace.directory() + " yet: building the demo workspace first.");
            err.flush();
            DemoCommand.build(workspace, DemoCommand.DEFAULT_CUSTOMERS, DemoCommand.DEFAULT_SEED, false, err);
        }
        Desktop.open(workspace);
        return OK;
    }

    /** Parses and runs; never throws. */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new LakefrontCommand());
        // The model stage also answers as "review model", beside list / decide / undo.
        cli.getSubcommands().get("review").addSubcommand("model", new CommandLine(new ReviewModelCommand()));
        cli.setExecutionExceptionHandler(LakefrontCommand::onFailure);
        cli.setParameterExceptionHandler(LakefrontCommand::onBadArguments);
        return cli;
    }

    private static int onBadArguments(CommandLine.ParameterException e, String[] args) {
        PrintWriter err = e.getCommandLine().getErr();
        err.println("lakefront: " + e.getMessage() + " (see: " + e.getCommandLine().getCommandSpec().qualifiedName() + " --help)");
        return USER_ERROR;
    }

    private static int onFailure(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        PrintWriter err = cli.getErr();
        Throwable cause = e;
        while (!(cause instanceof UserError) && cause.getCause() != null && cause != cause.getCause()) {
            cause = cause.getCause();
        }
        if (cause instanceof UserError) {
            err.println("lakefront: " + oneLine(cause.getMessage()));
            return USER_ERROR;
        }
        // Looked up late: the log folder is set from --workspace first.
        LoggerFactory.getLogger(LakefrontCommand.class).error("internal error", e);
        err.println("lakefront: internal error: " + oneLine(String.valueOf(e)) + " (details in the workspace log)");
        return INTERNAL_ERROR;
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replace('\n', ' ').replace('\r', ' ').strip();
    }
}
