package io.lakefront.app.cli;

import io.lakefront.app.Workspace;
import io.lakefront.domain.identity.review.ReviewWithModel;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code review-model [--limit N]}: the language-model stage over the latest run's open review items.
 * Prints one summary line; the pairs it did not settle stay in the review queue for people. It finds
 * the workspace options through the root command, so it works under {@code review} as {@code model}
 * as well.
 */
@Command(name = "review-model", mixinStandardHelpOptions = true,
        description = {"Asks the configured language model (settings llm) about the open pairs of the review band of "
                + "the latest resolution run: only what the data policy allows leaves the machine. A same/different "
                + "verdict at or above the confidence threshold settles the pair (decided by model:<name>, audited); "
                + "unsure, low-confidence and failed answers stay for people.",
                "Prints: N asked (N from cache), N same, N different, N unsure, N failed, N settled, N left for people."})
public final class ReviewModelCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--limit", paramLabel = "N", description = "The most open items to look at (default: ${DEFAULT-VALUE}).")
    int limit = 100;

    @Override
    public Integer call() {
        WorkspaceOptions options = ((LakefrontCommand) spec.root().userObject()).workspace;
        PrintWriter out = spec.commandLine().getOut();
        try (Workspace workspace = Workspace.open(options.directory(), options.clock())) {
            ReviewWithModel.Summary summary = workspace.reviewWithModel().review(workspace.actor(), limit,
                    new ConsoleProgress());
            out.println("model " + summary.model() + ": " + summary.line());
            out.flush();
        }
        return LakefrontCommand.OK;
    }
}
