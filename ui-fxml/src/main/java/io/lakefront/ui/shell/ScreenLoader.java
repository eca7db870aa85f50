package io.lakefront.ui.shell;

import io.lakefront.ui.ViewLoader;

/** Loads a screen's FXML and controller the first time the user opens it. */
@FunctionalInterface
public interface ScreenLoader {
    ViewLoader.Loaded<? extends ScreenController> load(Screen screen);
}
