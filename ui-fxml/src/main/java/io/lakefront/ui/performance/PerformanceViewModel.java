package io.lakefront.ui.performance;

import io.lakefront.ui.common.EmptyStateText;
import io.lakefront.ui.shell.Screen;

/**
 * Performance: for now the screen explains itself and what to do next; its engine lands later
 * and adds its state here.
 */
public final class PerformanceViewModel {
    private static final EmptyStateText EMPTY = EmptyStateText.of("mdmz-show_chart", "No results yet",
            "Live results of running campaigns and their A/B tests against a holdout, with statistics that stay honest when you look early, and suggested adjustments.",
            "Results appear once a campaign is active and sending. See which campaigns run on Campaigns.")
            .withAction(Screen.CAMPAIGNS, "Open Campaigns");

    /** What the screen shows while it has nothing to show. */
    public EmptyStateText emptyState() {
        return EMPTY;
    }
}
