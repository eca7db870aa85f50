package io.lakefront.domain.identity.review;

import io.lakefront.domain.UserError;
import io.lakefront.domain.governance.Actor;
import io.lakefront.domain.governance.Permission;
import io.lakefront.domain.identity.workspace.ExplainPair;
import io.lakefront.domain.task.TaskContext;
import java.util.ArrayList;
import java.util.List;

/**
 * The preview of a bulk decision: the open items whose pairs reached the same level on every compared
 * field as the given item (the same {@link ComparisonPattern}), in value order, the item itself
 * first. Nothing is decided here; {@link DecideReview#decideAll} applies the answer to the ids the
 * steward saw. Explains every open pair with the run's model, so it reports progress and can be
 * cancelled.
 */
public final class FindSimilarPairs {
    /** The pattern looked for and the open items that have it (the given item first). */
    public record Preview(ReviewItem of, ComparisonPattern pattern, List<QueueEntry> similar) {
        public Preview {
            similar = List.copyOf(similar);
        }

        public List<Long> ids() {
            return similar.stream().map(entry -> entry.item().id()).toList();
        }
    }

    private final ListReviewQueue queue;
    private final ExplainPair explain;

    public FindSimilarPairs(ListReviewQueue queue, ExplainPair explain) {
        this.queue = queue;
        this.explain = explain;
    }

    public Preview preview(Actor actor, long itemId, TaskContext context) {
        actor.require(Permission.REVIEW_MATCHES);
        List<QueueEntry> open = queue.ordered();
        QueueEntry current = open.stream().filter(entry -> entry.item().id() == itemId).findFirst()
                .orElseThrow(() -> new UserError("review item " + itemId + " is not in the open queue"));
        context.message("Comparing the open pairs with review item " + itemId);
        ComparisonPattern pattern = ComparisonPattern.of(
                explain.explain(actor, current.item().a(), current.item().b(), context).waterfall());
        List<QueueEntry> similar = new ArrayList<>();
        similar.add(current);
        for (int i = 0; i < open.size(); i++) {
            context.checkCancelled();
            QueueEntry entry = open.get(i);
            if (entry != current && pattern.equals(ComparisonPattern.of(
                    explain.explain(actor, entry.item().a(), entry.item().b(), context).waterfall()))) {
                similar.add(entry);
            }
            context.progress(i + 1, open.size());
        }
        return new Preview(current.item(), pattern, similar);
    }
}
