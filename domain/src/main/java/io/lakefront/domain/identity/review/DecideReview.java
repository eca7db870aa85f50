package io.lakefront.domain.identity.review;

import io.lakefront.domain.UserError;
import io.lakefront.domain.governance.Actor;
import io.lakefront.domain.governance.AuditEntry;
import io.lakefront.domain.governance.AuditLog;
import io.lakefront.domain.governance.Permission;
import io.lakefront.domain.identity.workspace.DecideLink;
import io.lakefront.domain.identity.workspace.LinkDecision;
import io.lakefront.domain.time.WorkspaceClock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * A steward's answers to review items, one at a time or in bulk, and undo. A match or non-match
 * goes through {@link DecideLink} (a must-link or cannot-link, audited and respected by every later
 * run); a skip only closes the item. Each call is one decision batch; {@link #undo} takes back the
 * actor's newest batch whole: a withdrawal for each link decision (audited) and the items open again.
 */
public final class DecideReview {
    /** What a call answered: the batch and the items it closed (items no longer open are left out). */
    public record Answered(long batch, ReviewAnswer answer, List<ReviewItem> items) {
        public Answered {
            items = List.copyOf(items);
        }
    }

    private final ReviewItems items;
    private final DecideLink decideLink;
    private final AuditLog audit;
    private final WorkspaceClock clock;

    public DecideReview(ReviewItems items, DecideLink decideLink, AuditLog audit, WorkspaceClock clock) {
        this.items = items;
        this.decideLink = decideLink;
        this.audit = audit;
        this.clock = clock;
    }

    /** Answers one open item; refuses one that is not open, naming its state. */
    public Answered decide(Actor actor, long itemId, ReviewAnswer answer) {
        actor.require(Permission.REVIEW_MATCHES);
        ReviewItem item = items.item(itemId).orElseThrow(() -> new UserError("no review item " + itemId));
        if (!item.open()) {
            throw new UserError("review item " + itemId + " is not open (it is " + item.status().column()
                    + (item.decidedBy() == null ? "" : " by " + item.decidedBy()) + ")");
        }
        return answerAll(actor, List.of(item), answer, "");
    }

    /**
     * Answers many open items in one batch (a bulk decision on similar pairs); items that are not open
     * any more are skipped over.
     */
    public Answered decideAll(Actor actor, Collection<Long> itemIds, ReviewAnswer answer, String reason) {
        actor.require(Permission.REVIEW_MATCHES);
        List<ReviewItem> open = new ArrayList<>();
        for (long id : new LinkedHashSet<>(itemIds)) {
            items.item(id).filter(ReviewItem::open).ifPresent(open::add);
        }
        if (open.isEmpty()) {
            throw new UserError("none of the " + itemIds.size() + " review items is open any more");
        }
        Answered answered = answerAll(actor, open, answer, reason);
        audit.append(new AuditEntry(clock.now(), actor.name(), "identity.review_bulk", "review batch " + answered.batch(),
                answer.word() + " on " + answered.items().size() + " pairs" + (reason.isBlank() ? "" : ": " + reason)));
        return answered;
    }

    private Answered answerAll(Actor actor, List<ReviewItem> open, ReviewAnswer answer, String reason) {
        long batch = items.nextBatch();
        List<ReviewItem> closed = new ArrayList<>();
        for (ReviewItem item : open) {
            if (!items.close(item.id(), answer, actor.name(), clock.now(), batch)) {
                continue;
            }
            Optional<LinkDecision.Kind> kind = answer.linkKind();
            if (kind.isPresent()) {
                decideLink.decide(actor, item.a(), item.b(), kind.get(),
                        reason.isBlank() ? "review item " + item.id() : reason, item.id());
            } else {
                audit.append(new AuditEntry(clock.now(), actor.name(), "identity.review_skipped",
                        item.a() + " - " + item.b(), "review item " + item.id()));
            }
            closed.add(items.item(item.id()).orElse(item));
        }
        return new Answered(batch, answer, closed);
    }

    /**
     * Takes back the actor's newest batch: each match or non-match is withdrawn (so the pair is free
     * again in the next run) and every item of the batch is open again.
     *
     * @return the items opened again
     */
    public List<ReviewItem> undo(Actor actor) {
        actor.require(Permission.REVIEW_MATCHES);
        List<ReviewItem> batch = items.lastBatch(actor.name());
        if (batch.isEmpty()) {
            throw new UserError("nothing to undo: " + actor.name() + " has no answered review item");
        }
        List<ReviewItem> reopened = new ArrayList<>();
        for (ReviewItem item : batch) {
            if (item.answer() != null && item.answer().linkKind().isPresent()) {
                decideLink.decide(actor, item.a(), item.b(), LinkDecision.Kind.WITHDRAWN,
                        "undo of review item " + item.id(), item.id());
            }
            items.reopen(item.id());
            audit.append(new AuditEntry(clock.now(), actor.name(), "identity.review_undone", item.a() + " - " + item.b(),
                    "review item " + item.id() + " open again (was " + (item.answer() == null ? "?" : item.answer().word())
                            + ")"));
            reopened.add(items.item(item.id()).orElse(item));
        }
        return reopened;
    }

    /** Items people answered, newest first: who decided what and when. */
    public List<ReviewItem> history(Actor actor, int limit) {
        actor.require(Permission.REVIEW_MATCHES);
        return items.answered(limit);
    }
}
