package io.lakefront.ui.audiences;

import io.lakefront.ui.common.EmptyStateText;
import io.lakefront.ui.shell.Screen;

/**
 * Audiences: for now the screen explains itself and what to do next; its engine lands later
 * and adds its state here.
 */
public final class AudiencesViewModel {
    private static final EmptyStateText EMPTY = EmptyStateText.of("mdal-groups", "No audiences yet",
            "Describe an audience in your own words — “lapsed VIPs in Texas who opened an email this month” — and it becomes editable conditions with a live count, the size trend, top categories and churn risk.",
            "Audiences are built from customer profiles: resolve identities first, or build a demo workspace with ./lakefront demo.")
            .withAction(Screen.CUSTOMERS, "Open Customers");

    /** What the screen shows while it has nothing to show. */
    public EmptyStateText emptyState() {
        return EMPTY;
    }
}
