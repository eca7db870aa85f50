package io.lakefront.ui.shell;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** The chosen theme, shared by the header switch and the Settings screen. */
public final class ThemeSettings {
    private final ObjectProperty<ThemeMode> mode;

    public ThemeSettings(ThemeMode initial) {
        this.mode = new SimpleObjectProperty<>(this, "mode", initial);
    }

    public ObjectProperty<ThemeMode> modeProperty() {
        return mode;
    }

    public ThemeMode mode() {
        return mode.get();
    }

    public void toggle() {
        mode.set(mode.get().other());
    }
}
