package io.lakefront.ui.review;

import io.lakefront.domain.identity.review.DecideReview;
import io.lakefront.domain.identity.review.FindSimilarPairs;
import io.lakefront.domain.identity.review.ReviewAnswer;
import io.lakefront.domain.identity.review.ReviewItem;
import io.lakefront.domain.identity.review.ReviewItemDetail;
import io.lakefront.domain.identity.review.ReviewPage;
import io.lakefront.domain.identity.review.ReviewQuery;
import io.lakefront.domain.task.TaskContext;
import java.util.List;

/**
 * What the Review screen needs from below, on behalf of the workspace's user: the queue in value
 * order, one item in full, answers (one or in bulk), undo and the history. The app's composition root
 * implements it over the review use cases; every method may read the database or train a model, so
 * none runs on the UI thread.
 */
public interface ReviewDesk {
    ReviewPage queue(ReviewQuery query);

    /** May train the match model again to explain the pair (after a restart): long work. */
    ReviewItemDetail show(long itemId, TaskContext context);

    DecideReview.Answered decide(long itemId, ReviewAnswer answer);

    /** Takes back the user's newest batch; returns the items open again. */
    List<ReviewItem> undo();

    /** The open pairs with the same comparison pattern as this one, for a bulk decision's preview. */
    FindSimilarPairs.Preview similar(long itemId, TaskContext context);

    DecideReview.Answered decideAll(List<Long> itemIds, ReviewAnswer answer, String reason);

    /** Answered items, newest first. */
    List<ReviewItem> history(int limit);
}
