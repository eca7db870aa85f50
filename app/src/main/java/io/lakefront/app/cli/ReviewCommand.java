package io.lakefront.app.cli;

import io.lakefront.app.Workspace;
import io.lakefront.domain.identity.review.DecideReview;
import io.lakefront.domain.identity.review.QueueEntry;
import io.lakefront.domain.identity.review.ReviewAnswer;
import io.lakefront.domain.identity.review.ReviewItem;
import io.lakefront.domain.identity.review.ReviewPage;
import io.lakefront.domain.identity.review.ReviewQuery;
import java.io.PrintWriter;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code review list | decide ID match|non-match|skip | undo}: the data steward's review queue without
 * the desktop. Decisions are the same link decisions the Review screen makes (audited, respected by
 * every later run).
 */
@Command(name = "review", mixinStandardHelpOptions = true,
        description = "The review queue: pairs the rules could not decide, for a data steward.",
        subcommands = {ReviewCommand.ListCommand.class, ReviewCommand.DecideCommand.class, ReviewCommand.UndoCommand.class})
final class ReviewCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "review: name a subcommand (list, decide, undo)");
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = {"Prints the open review items, most valuable first, one a line: item id, match weight, "
                    + "value (0..100), the two records, and why the item is where it is.",
                    "Value: mostly how close the weight is to the middle of the review band, then how many records a "
                    + "decision moves, then source importance."})
    static final class ListCommand extends WorkspaceCommand {
        @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "At most N items (default 20).")
        int limit;

        @Option(names = "--source", paramLabel = "NAME", description = "Only pairs with a record from this source.")
        String source;

        @Override
        protected int run(Workspace workspace) {
            if (limit < 1 || limit > ReviewQuery.MAX_LIMIT) {
                throw new io.lakefront.domain.UserError("review list --limit " + limit + ": use 1.." + ReviewQuery.MAX_LIMIT);
            }
            ReviewPage page = workspace.listReviewQueue().list(workspace.actor(), new ReviewQuery(source, "", 0, limit));
            PrintWriter out = out();
            if (page.total() == 0) {
                out.println("The review queue is empty.");
                return LakefrontCommand.OK;
            }
            for (QueueEntry entry : page.entries()) {
                ReviewItem item = entry.item();
                out.println(String.format(Locale.ROOT, "%d\tweight %.2f\tvalue %.0f\t%s - %s\t%s", item.id(),
                        item.matchWeight(), entry.value().value(), item.a(), item.b(), entry.why()));
            }
            if (page.total() > page.entries().size()) {
                out.println("... " + (page.total() - page.entries().size()) + " more open items (--limit N)");
            }
            return LakefrontCommand.OK;
        }
    }

    @Command(name = "decide", mixinStandardHelpOptions = true,
            description = "Answers one open review item: match (a must-link), non-match (a cannot-link) or skip. "
                    + "Every later resolution run respects the decision.")
    static final class DecideCommand extends WorkspaceCommand {
        @Parameters(index = "0", paramLabel = "ID", description = "The review item's id (see review list).")
        long id;

        @Parameters(index = "1", paramLabel = "ANSWER", description = "match, non-match or skip.")
        String answer;

        @Override
        protected int run(Workspace workspace) {
            ReviewAnswer parsed = ReviewAnswer.parse(answer);
            DecideReview.Answered answered = workspace.decideReview().decide(workspace.actor(), id, parsed);
            ReviewItem item = answered.items().get(0);
            out().println("review item " + item.id() + " (" + item.a() + " - " + item.b() + "): " + parsed.word()
                    + (parsed == ReviewAnswer.SKIP ? "" : "; the next resolution run respects it"));
            return LakefrontCommand.OK;
        }
    }

    @Command(name = "undo", mixinStandardHelpOptions = true,
            description = "Takes back your newest answer (a whole bulk decision at once): the link decisions are "
                    + "withdrawn and the items open again.")
    static final class UndoCommand extends WorkspaceCommand {
        @Override
        protected int run(Workspace workspace) {
            for (ReviewItem item : workspace.decideReview().undo(workspace.actor())) {
                out().println("review item " + item.id() + " (" + item.a() + " - " + item.b() + ") is open again");
            }
            return LakefrontCommand.OK;
        }
    }
}
