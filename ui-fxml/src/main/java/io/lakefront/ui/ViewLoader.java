package io.lakefront.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Map;
import java.util.function.Supplier;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/**
 * Loads {@code XxxView.fxml} beside the {@code XxxView} class and lets a hand-written map hand the
 * controller its dependencies (Scene Builder / Cryptomator style): no DI framework, and a missing
 * entry fails loudly with the controller's name.
 */
public final class ViewLoader {
    private final Map<Class<?>, Supplier<?>> controllers;

    public ViewLoader(Map<Class<?>, Supplier<?>> controllers) {
        this.controllers = Map.copyOf(controllers);
    }

    /** A loaded FXML file: its root node and its controller. */
    public record Loaded<C>(Parent root, C controller) { }

    public <C> Loaded<C> load(Class<C> viewClass) {
        String file = viewClass.getSimpleName() + ".fxml";
        URL fxml = viewClass.getResource(file);
        if (fxml == null) {
            throw new IllegalStateException(file + " not found beside " + viewClass.getName());
        }
        FXMLLoader loader = new FXMLLoader(fxml);
        loader.setControllerFactory(this::controller);
        try {
            Parent root = loader.load();
            return new Loaded<>(root, viewClass.cast(loader.getController()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load " + fxml + ": " + e.getMessage(), e);
        }
    }

    private Object controller(Class<?> type) {
        Supplier<?> supplier = controllers.get(type);
        if (supplier == null) {
            throw new IllegalStateException("no controller supplier for " + type.getName()
                    + "; add one to the view map in Workbench");
        }
        return supplier.get();
    }
}
