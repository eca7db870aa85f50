package io.lakefront.ui;

import io.lakefront.ui.shell.ThemeMode;
import java.util.Objects;
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
    private Workbench workbench;

    /**
     * Opens the workbench and returns when its window is closed. The supplier runs once, off the
     * JavaFX thread, so that opening the workspace's database does not freeze the first frame.
     */
    public static void launch(Supplier<AppServices> services) {
        servicesSupplier = Objects.requireNonNull(services, "services");
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
        workbench = Workbench.build(services, ThemeMode.LIGHT);
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
