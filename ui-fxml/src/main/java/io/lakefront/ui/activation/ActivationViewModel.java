package io.lakefront.ui.activation;

import io.lakefront.ui.common.EmptyStateText;
import io.lakefront.ui.shell.Screen;

/**
 * Activation: for now the screen explains itself and what to do next; its engine lands later
 * and adds its state here.
 */
public final class ActivationViewModel {
    private static final EmptyStateText EMPTY = EmptyStateText.of("mdmz-send", "No destinations yet",
            "Activation pushes audiences and campaign decisions to the tools that reach customers — email, SMS, push, ad audiences — with diff-based syncs, retries, rate limits and a dry run that changes nothing.",
            "Add a destination with ./lakefront destinations add NAME --type webhook --url URL, then sync an audience to it here.")
            .withAction(Screen.AUDIENCES, "Open Audiences");

    /** What the screen shows while it has nothing to show. */
    public EmptyStateText emptyState() {
        return EMPTY;
    }
}
