package io.lakefront.ui.customers;

import io.lakefront.ui.common.EmptyStateText;
import io.lakefront.ui.shell.Screen;

/**
 * Customers: for now the screen explains itself and what to do next; its engine lands later
 * and adds its state here.
 */
public final class CustomersViewModel {
    private static final EmptyStateText EMPTY = EmptyStateText.of("mdmz-people", "No customer profiles yet",
            "The gold customer table: one row per person, each value traced back to the source record it came from, with lifetime spend, last order, open tickets, churn risk and consent.",
            "Profiles appear once identities are resolved. Start on Sources — or build a demo workspace with ./lakefront demo.")
            .withAction(Screen.SOURCES, "Open Sources");

    /** What the screen shows while it has nothing to show. */
    public EmptyStateText emptyState() {
        return EMPTY;
    }
}
