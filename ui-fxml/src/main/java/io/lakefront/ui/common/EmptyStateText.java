package io.lakefront.ui.common;

import io.lakefront.ui.shell.Screen;
import java.util.Objects;
import java.util.Optional;

/**
 * What an empty screen says: what is missing, what the screen will do, and what to do next.
 *
 * @param icon        an Ikonli literal
 * @param goTo        the screen the action button opens, if any
 * @param actionLabel the button's label; ignored without {@code goTo}
 */
public record EmptyStateText(String icon, String title, String purpose, String nextStep, Optional<Screen> goTo,
                             String actionLabel) {
    public EmptyStateText {
        Objects.requireNonNull(icon, "icon");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(nextStep, "nextStep");
        Objects.requireNonNull(goTo, "goTo");
        actionLabel = actionLabel == null ? "" : actionLabel;
    }

    public static EmptyStateText of(String icon, String title, String purpose, String nextStep) {
        return new EmptyStateText(icon, title, purpose, nextStep, Optional.empty(), "");
    }

    public EmptyStateText withAction(Screen screen, String label) {
        return new EmptyStateText(icon, title, purpose, nextStep, Optional.of(screen), label);
    }
}
