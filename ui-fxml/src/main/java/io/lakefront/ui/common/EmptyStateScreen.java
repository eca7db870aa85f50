package io.lakefront.ui.common;

import io.lakefront.ui.shell.Navigator;
import io.lakefront.ui.shell.ScreenController;
import javafx.fxml.FXML;

/**
 * The controller of a screen whose engine has not landed yet: it shows its view model's empty
 * state (what the screen will do, what to do next, a button there). A screen's own
 * {@code *View} extends this until it has real content, then stops extending it.
 */
public abstract class EmptyStateScreen implements ScreenController {
    private final EmptyStateText text;
    private final Navigator navigator;

    @FXML private EmptyState emptyState;

    protected EmptyStateScreen(EmptyStateText text, Navigator navigator) {
        this.text = text;
        this.navigator = navigator;
    }

    @FXML
    private void initialize() {
        emptyState.show(text, navigator);
    }

    @Override
    public void shown() {
        // Nothing to load until the engine behind this screen exists.
    }
}
