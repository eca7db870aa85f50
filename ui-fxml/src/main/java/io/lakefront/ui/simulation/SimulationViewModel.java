package io.lakefront.ui.simulation;

import io.lakefront.ui.common.EmptyStateText;
import io.lakefront.ui.shell.Screen;

/**
 * Simulation: for now the screen explains itself and what to do next; its engine lands later
 * and adds its state here.
 */
public final class SimulationViewModel {
    private static final EmptyStateText EMPTY = EmptyStateText.of("mdmz-science", "Nothing simulated yet",
            "Before a campaign launches, a simulation runs it over a sample of real profiles and shows what would happen to each one: which message, which channel, when — or why not. Nothing is sent.",
            "Choose a campaign on Campaigns, then simulate it here. From a terminal: ./lakefront simulate --campaign NAME.")
            .withAction(Screen.CAMPAIGNS, "Open Campaigns");

    /** What the screen shows while it has nothing to show. */
    public EmptyStateText emptyState() {
        return EMPTY;
    }
}
