package io.lakefront.ui.shell;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;

/** Light or dark: JavaFX 21 cannot follow the OS setting, so the user switches explicitly. */
public enum ThemeMode {
    LIGHT("Light"),
    DARK("Dark");

    private final String label;

    ThemeMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public ThemeMode other() {
        return this == LIGHT ? DARK : LIGHT;
    }

    /** The AtlantaFX user-agent stylesheet that replaces Modena. */
    public String userAgentStylesheet() {
        return this == LIGHT ? new PrimerLight().getUserAgentStylesheet() : new PrimerDark().getUserAgentStylesheet();
    }
}
