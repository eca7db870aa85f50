package io.lakefront.ui.shell;

import atlantafx.base.controls.ModalPane;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.scene.Node;
import javafx.scene.layout.Region;

/**
 * The window's one modal layer (AtlantaFX {@link ModalPane}): the help overlay and in-window
 * dialogs such as Add source show here instead of in separate windows.
 */
public final class ModalHost {
    private final ModalPane pane = new ModalPane();

    public ModalHost() {
        pane.setId("modal-pane");
        // No slide animations: overlays appear at once, which also keeps screenshots and tests exact.
        pane.setInTransitionFactory(null);
        pane.setOutTransitionFactory(null);
    }

    public ModalPane pane() {
        return pane;
    }

    /**
     * Shows the content centred over the window.
     *
     * @param persistent true for forms, which a stray click outside must not throw away
     */
    public void show(Region content, boolean persistent) {
        content.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        pane.setPersistent(persistent);
        pane.show(content);
    }

    public void hide() {
        pane.hide(true);
    }

    public boolean showing() {
        return pane.isDisplay();
    }

    public ReadOnlyBooleanProperty showingProperty() {
        return pane.displayProperty();
    }

    public Node content() {
        return pane.getContent();
    }
}
