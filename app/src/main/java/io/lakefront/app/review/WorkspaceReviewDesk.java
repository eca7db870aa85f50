package io.lakefront.app.review;

import io.lakefront.domain.governance.Actor;
import io.lakefront.domain.identity.review.DecideReview;
import io.lakefront.domain.identity.review.FindSimilarPairs;
import io.lakefront.domain.identity.review.ListReviewQueue;
import io.lakefront.domain.identity.review.ReviewAnswer;
import io.lakefront.domain.identity.review.ReviewItem;
import io.lakefront.domain.identity.review.ReviewItemDetail;
import io.lakefront.domain.identity.review.ReviewPage;
import io.lakefront.domain.identity.review.ReviewQuery;
import io.lakefront.domain.identity.review.ShowReviewItem;
import io.lakefront.domain.task.TaskContext;
import io.lakefront.ui.review.ReviewDesk;
import java.util.List;
import java.util.function.Supplier;

/** The Review screen's port over the workspace's review use cases, acting as the workspace's user. */
public final class WorkspaceReviewDesk implements ReviewDesk {
    private final Supplier<Actor> actor;
    private final ListReviewQueue list;
    private final ShowReviewItem show;
    private final DecideReview decide;
    private final FindSimilarPairs similar;

    public WorkspaceReviewDesk(Supplier<Actor> actor, ListReviewQueue list, ShowReviewItem show, DecideReview decide,
                               FindSimilarPairs similar) {
        this.actor = actor;
        this.list = list;
        this.show = show;
        this.decide = decide;
        this.similar = similar;
    }

    @Override
    public ReviewPage queue(ReviewQuery query) {
        return list.list(actor.get(), query);
    }

    @Override
    public ReviewItemDetail show(long itemId, TaskContext context) {
        return show.show(actor.get(), itemId, context);
    }

    @Override
    public DecideReview.Answered decide(long itemId, ReviewAnswer answer) {
        return decide.decide(actor.get(), itemId, answer);
    }

    @Override
    public List<ReviewItem> undo() {
        return decide.undo(actor.get());
    }

    @Override
    public FindSimilarPairs.Preview similar(long itemId, TaskContext context) {
        return similar.preview(actor.get(), itemId, context);
    }

    @Override
    public DecideReview.Answered decideAll(List<Long> itemIds, ReviewAnswer answer, String reason) {
        return decide.decideAll(actor.get(), itemIds, answer, reason);
    }

    @Override
    public List<ReviewItem> history(int limit) {
        return decide.history(actor.get(), limit);
    }
}
