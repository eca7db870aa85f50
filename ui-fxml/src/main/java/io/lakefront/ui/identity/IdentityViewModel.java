package io.lakefront.ui.identity;

import io.lakefront.ui.common.EmptyStateText;
import io.lakefront.ui.shell.Screen;

/**
 * Identity: for now the screen explains itself and what to do next; its engine lands later
 * and adds its state here.
 */
public final class IdentityViewModel {
    private static final EmptyStateText EMPTY = EmptyStateText.of("mdal-fingerprint", "No identity run yet",
            "Identity resolution links the records of all your sources into one profile per person: readable rules first, then match weights learned from your data, then a review band for what stays uncertain. Every merge will be explained here, weight by weight.",
            "Sync your sources, then run resolution here — or build a demo workspace with ./lakefront demo.")
            .withAction(Screen.SOURCES, "Open Sources");

    /** What the screen shows while it has nothing to show. */
    public EmptyStateText emptyState() {
        return EMPTY;
    }
}
