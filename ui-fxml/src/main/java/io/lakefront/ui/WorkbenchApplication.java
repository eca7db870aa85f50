package io.lakefront.ui;

import io.lakefront.ui.shell.ThemeMode;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The desktop application. Start it through {@link #launch(Supplier)} from a plain {@code main}
 * (a main class that extends {@code Application} fails on the classpath).
 */
public final class WorkbenchApplication extends Application {
    public static final double WIDTH = 1400;
    public static final double HEIGHT = 900;

    private static volatile Supplier<AppServices> servicesSupplier;

    private AppServices services;
    private static volatile ThemeMode initialTheme = ThemeMode.LIGHT;
    private static volatile Consumer<ThemeMode> themeListener = mode -> { };
    private Workbench workbench;

    /**
     * Opens the workbench and returns when its window is closed. The supplier runs once, off the
     * JavaFX thread, so that opening the workspace's database does not freeze the first frame.
     */
    public static void launch(Supplier<AppServices> services) {
        launch(services, ThemeMode.LIGHT, mode -> { });
    }

    /**
     * Opens the workbench in the given theme; {@code themeChosen} hears every later switch (off
     * the JavaFX thread) so the choice can be remembered for the next start.
     */
    public static void launch(Supplier<AppServices> services, ThemeMode theme, Consumer<ThemeMode> themeChosen) {
        servicesSupplier = Objects.requireNonNull(services, "services");
        initialTheme = Objects.requireNonNull(theme, "theme");
        themeListener = Objects.requireNonNull(themeChosen, "themeChosen");
        Application.launch(WorkbenchApplication.class);
    }

    @Override
    public void init() {
        Supplier<AppServices> supplier = servicesSupplier;
        if (supplier == null) {
            throw new IllegalStateException("start the workbench with WorkbenchApplication.launch(services)");
        }
        services = supplier.get();
    }

    @Override
    public void start(Stage stage) {
        workbench = Workbench.build(services, initialTheme);
        Consumer<ThemeMode> listener = themeListener;
        workbench.themeProperty().addListener((property, before, now) ->
                CompletableFuture.runAsync(() -> listener.accept(now)));
        stage.setScene(workbench.scene(WIDTH, HEIGHT));
        stage.setTitle("Lakefront — " + services.workspace());
        stage.setMinWidth(1024);
        stage.setMinHeight(680);
        stage.show();
    }

    @Override
    public void stop() {
        if (workbench != null) {
            workbench.close();
        }
    }
}
