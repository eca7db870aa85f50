package io.lakefront.app.identity;

import io.lakefront.domain.identity.workspace.ResolutionRun;
import io.lakefront.domain.identity.workspace.ReviewQueueChange;
import io.lakefront.domain.identity.workspace.SourceUse;
import io.lakefront.domain.identity.workspace.WorkspaceResolution;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

/** The account of a workspace run that {@code resolve} (workspace mode) and {@code demo} print on stdout. */
public final class WorkspaceResolveSummary {
    private WorkspaceResolveSummary() {
    }

    public static List<String> lines(WorkspaceResolution resolution) {
        ResolutionRun run = resolution.run();
        ReviewQueueChange review = resolution.review();
        List<String> lines = new ArrayList<>();
        lines.add("resolve: run " + run.id() + " by " + run.actor() + ", rules from " + run.specOrigin()
                + " (" + run.specFingerprint().substring(0, 12) + ")");
        List<String> people = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (SourceUse use : run.sources()) {
            if (use.people()) {
                people.add(use.source() + " " + n(use.records()));
            } else {
                others.add(use.source());
            }
        }
        lines.add(String.format(Locale.ROOT, "  records   %s from %d source%s (%s)", n(run.records()), people.size(),
                people.size() == 1 ? "" : "s", String.join(", ", people)));
        for (SourceUse use : run.sources()) {
            if (use.people()) {
                lines.add("    " + use.source() + ": " + use.detail());
            }
        }
        if (!others.isEmpty()) {
            lines.add("  not resolved " + String.join(", ", others) + " (no person fields tagged; their rows are "
                    + "keyed to customers as events, see gold)");
        }
        lines.add(String.format(Locale.ROOT, "  clusters  %s (largest %s); ids kept %s, new %s, retired %s",
                n(run.clusters()), n(run.largestCluster()), n(run.clustersKept()), n(run.clustersNew()),
                n(run.clustersRetired())));
        lines.add(String.format(Locale.ROOT, "  pairs     %s candidates: %s match (%s by deterministic rules), %s review, "
                        + "%s non_match; %s kept for the Identity screen",
                n(run.candidatePairs()), n(run.matchPairs()), n(run.deterministicPairs()), n(run.reviewPairs()),
                n(run.nonMatchPairs()), n(run.pairsKept())));
        lines.add(String.format(Locale.ROOT, "  review    %s new review items, %s still open, %s superseded",
                n(review.added()), n(review.kept()), n(review.superseded())));
        lines.add(String.format(Locale.ROOT, "  gold      %s customers; purchases %s, support_tickets %s, "
                        + "engagement_events %s (%s without a customer)",
                n(run.customers()), n(run.purchases()), n(run.supportTickets()), n(run.engagementEvents()),
                n(run.eventsUnkeyed())));
        for (String note : run.notes()) {
            lines.add("    " + note);
        }
        StringJoiner phases = new StringJoiner(", ", " (", ")");
        run.millisPerPhase().forEach((phase, millis) -> phases.add(phase + " " + seconds(millis)));
        lines.add("  time      " + seconds(run.millis()) + (run.millisPerPhase().isEmpty() ? "" : phases.toString()));
        return lines;
    }

    private static String n(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }
}
