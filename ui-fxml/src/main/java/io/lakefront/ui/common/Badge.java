package io.lakefront.ui.common;

import java.util.Locale;
import javafx.scene.control.Label;

/** A small rounded label whose colour says how things stand. */
public final class Badge extends Label {
    private static final String[] TONES = {"badge-success", "badge-warning", "badge-danger", "badge-accent", "badge-neutral"};

    public Badge() {
        getStyleClass().add("badge");
    }

    public Badge(String text, Tone tone) {
        this();
        show(text, tone);
    }

    public void show(String text, Tone tone) {
        setText(text);
        getStyleClass().removeAll(TONES);
        getStyleClass().add("badge-" + tone.name().toLowerCase(Locale.ROOT));
    }
}
