package io.lakefront.domain.identity.review;

import io.lakefront.domain.governance.Actor;
import io.lakefront.domain.governance.Permission;
import io.lakefront.domain.identity.IdentitySpec;
import io.lakefront.domain.identity.Thresholds;
import io.lakefront.domain.identity.workspace.IdentityRules;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The open review queue in value order ({@link ReviewValue}: uncertainty first, then how many
 * records a decision moves, then source importance), filtered and paged. The band's middle comes
 * from the workspace's rules (their thresholds); ties keep the older item first.
 */
public final class ListReviewQueue {
    private static final Comparator<QueueEntry> BY_VALUE = Comparator
            .comparingDouble((QueueEntry entry) -> entry.value().value()).reversed()
            .thenComparingLong(entry -> entry.item().id());

    private final ReviewItems items;
    private final IdentityRules rules;
    private final SourceImportance importance;

    public ListReviewQueue(ReviewItems items, IdentityRules rules, SourceImportance importance) {
        this.items = items;
        this.rules = rules;
        this.importance = importance;
    }

    public ReviewPage list(Actor actor, ReviewQuery query) {
        actor.require(Permission.REVIEW_MATCHES);
        List<QueueEntry> all = ordered();
        List<QueueEntry> matching = new ArrayList<>();
        String text = query.text().toLowerCase(Locale.ROOT);
        for (QueueEntry entry : all) {
            ReviewItem item = entry.item();
            if (query.source() != null && !item.a().source().equals(query.source())
                    && !item.b().source().equals(query.source())) {
                continue;
            }
            if (!text.isEmpty() && !item.a().toString().toLowerCase(Locale.ROOT).contains(text)
                    && !item.b().toString().toLowerCase(Locale.ROOT).contains(text)) {
                continue;
            }
            matching.add(entry);
        }
        int from = Math.min(query.offset(), matching.size());
        int to = Math.min(matching.size(), from + query.limit());
        return new ReviewPage(matching.subList(from, to), matching.size());
    }

    /** Every open item in value order (what bulk decisions and the screen's next/previous walk). */
    List<QueueEntry> ordered() {
        Thresholds thresholds = thresholds();
        List<QueueEntry> entries = new ArrayList<>();
        for (QueuedPair pair : items.open()) {
            entries.add(new QueueEntry(pair, ReviewValue.of(pair, thresholds, importance)));
        }
        entries.sort(BY_VALUE);
        return entries;
    }

    /** The thresholds of the workspace's rules; the defaults while there is no rules file. */
    Thresholds thresholds() {
        return rules.load().orElseGet(IdentitySpec::defaults).thresholds();
    }
}
