package io.lakefront.ui.shell;

/** What the main window asks of every screen's controller. */
public interface ScreenController {
    /** The screen became visible: load what it shows (in the background). */
    void shown();

    /** The user asked to reload ({@link KeyboardShortcut#REFRESH}). */
    default void refresh() {
        shown();
    }
}
