package io.lakefront.ui.shell;

/** Lets a screen send the user to another one (an empty state's "Go to Sources"). */
@FunctionalInterface
public interface Navigator {
    void navigate(Screen screen);
}
