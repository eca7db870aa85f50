package io.lakefront.ui.review;

import io.lakefront.ui.common.EmptyStateText;
import io.lakefront.ui.shell.Screen;

/**
 * Review queue: for now the screen explains itself and what to do next; its engine lands later
 * and adds its state here.
 */
public final class ReviewQueueViewModel {
    private static final EmptyStateText EMPTY = EmptyStateText.of("mdal-fact_check", "Nothing to review",
            "Pairs the rules cannot decide on their own land here for a data steward: two records side by side with the evidence for and against a match, decided with the keyboard. Each decision teaches the rules.",
            "The queue fills after the first identity run. Sync your sources first — or build a demo workspace with ./lakefront demo.")
            .withAction(Screen.IDENTITY, "Open Identity");

    /** What the screen shows while it has nothing to show. */
    public EmptyStateText emptyState() {
        return EMPTY;
    }
}
