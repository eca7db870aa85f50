package io.lakefront.ui.review;

import io.lakefront.domain.identity.review.QueueEntry;
import java.util.Locale;

/** One line of the queue list: the pair, its match weight, its value and why it is where it is. */
public record ReviewRow(long id, String records, String weightText, String valueText, String why) {
    static ReviewRow of(QueueEntry entry) {
        return new ReviewRow(entry.item().id(), entry.item().a() + "  ↔  " + entry.item().b(),
                String.format(Locale.ROOT, "%+.2f", entry.item().matchWeight()),
                String.format(Locale.ROOT, "%.0f", entry.value().value()), entry.why());
    }
}
