package io.lakefront.ui.shell;

import atlantafx.base.controls.ToggleSwitch;
import atlantafx.base.theme.Styles;
import io.lakefront.ui.ViewLoader;
import java.util.EnumMap;
import java.util.Map;
import javafx.application.Application;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.javafx.FontIcon;

/** The main window: sidebar, header, the current screen, status bar and the modal layer. */
public final class MainView {
    private final MainViewModel viewModel;
    private final ScreenLoader screens;
    private final ModalHost modal;
    private final ObservableList<Task<?>> tasks;
    private final Map<Screen, ViewLoader.Loaded<? extends ScreenController>> loaded = new EnumMap<>(Screen.class);
    private HelpOverlay help;

    @FXML private StackPane root;
    @FXML private ListView<Screen> navigation;
    @FXML private Label screenTitle;
    @FXML private Label screenSubtitle;
    @FXML private Label clock;
    @FXML private ToggleSwitch darkSwitch;
    @FXML private Button helpButton;
    @FXML private StackPane content;
    @FXML private HBox statusBar;
    @FXML private Label workspace;
    @FXML private Label user;

    public MainView(MainViewModel viewModel, ScreenLoader screens, ModalHost modal, ObservableList<Task<?>> tasks) {
        this.viewModel = viewModel;
        this.screens = screens;
        this.modal = modal;
        this.tasks = tasks;
    }

    @FXML
    private void initialize() {
        root.getChildren().add(modal.pane());
        help = new HelpOverlay(viewModel::hideHelp);

        navigation.getItems().setAll(Screen.values());
        navigation.setCellFactory(list -> new ScreenCell());
        navigation.getSelectionModel().selectedItemProperty().addListener((obs, old, screen) -> viewModel.navigate(screen));
        viewModel.currentProperty().addListener((obs, old, screen) -> show(screen));

        screenTitle.textProperty().bind(viewModel.titleProperty());
        screenSubtitle.textProperty().bind(viewModel.subtitleProperty());
        clock.setText(viewModel.clockText());
        clock.setGraphic(new FontIcon("mdal-calendar_today"));
        if (viewModel.clockFixed()) {
            clock.getStyleClass().add("clock-fixed");
        }

        darkSwitch.setSelected(viewModel.darkProperty().get());
        darkSwitch.selectedProperty().addListener((obs, old, dark) -> {
            if (dark != viewModel.darkProperty().get()) {
                viewModel.toggleTheme();
            }
        });
        viewModel.darkProperty().addListener((obs, old, dark) -> darkSwitch.setSelected(dark));
        viewModel.theme().modeProperty().addListener((obs, old, mode) ->
                Application.setUserAgentStylesheet(mode.userAgentStylesheet()));

        helpButton.setOnAction(e -> viewModel.showHelp());
        viewModel.helpShowingProperty().addListener((obs, old, showing) -> {
            if (showing) {
                modal.show(help, false);
            } else if (modal.content() == help) {
                modal.hide();
            }
        });
        modal.showingProperty().addListener((obs, old, showing) -> {
            if (!showing) {
                viewModel.hideHelp();
            }
        });

        StackPane taskSlot = new StackPane(new TaskStatusItem(tasks));
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        statusBar.getChildren().addAll(0, java.util.List.of(taskSlot, grow));
        workspace.setText(viewModel.workspaceText());
        workspace.setGraphic(new FontIcon("mdal-folder_open"));
        user.setText(viewModel.userText());
        user.setGraphic(new FontIcon("mdal-account_circle"));

        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                installShortcuts(scene);
            }
        });
        navigation.getSelectionModel().select(viewModel.current());
        show(viewModel.current());
    }

    public Parent root() {
        return root;
    }

    /** Reloads the visible screen. */
    public void refresh() {
        controller(viewModel.current()).refresh();
    }

    private void show(Screen screen) {
        if (navigation.getSelectionModel().getSelectedItem() != screen) {
            navigation.getSelectionModel().select(screen);
        }
        ViewLoader.Loaded<? extends ScreenController> view = loaded.computeIfAbsent(screen, screens::load);
        content.getChildren().setAll(view.root());
        view.controller().shown();
    }

    private ScreenController controller(Screen screen) {
        return loaded.computeIfAbsent(screen, screens::load).controller();
    }

    private void installShortcuts(Scene scene) {
        for (Screen screen : Screen.values()) {
            scene.getAccelerators().put(screen.shortcut().combination(), () -> viewModel.navigate(screen));
        }
        scene.getAccelerators().put(KeyboardShortcut.REFRESH.combination(), this::refresh);
        scene.getAccelerators().put(KeyboardShortcut.TOGGLE_THEME.combination(), viewModel::toggleTheme);
        scene.getAccelerators().put(KeyboardShortcut.SHOW_HELP.combination(), viewModel::showHelp);
        scene.getAccelerators().put(KeyboardShortcut.SHOW_HELP_ALT.combination(), viewModel::showHelp);
    }

    /** A sidebar entry: icon, title, and its shortcut in muted small print. */
    private static final class ScreenCell extends ListCell<Screen> {
        @Override
        protected void updateItem(Screen screen, boolean empty) {
            super.updateItem(screen, empty);
            if (empty || screen == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            FontIcon icon = new FontIcon(screen.icon());
            icon.getStyleClass().add("sidebar-icon");
            Label title = new Label(screen.title());
            title.getStyleClass().add("sidebar-title");
            Region grow = new Region();
            HBox.setHgrow(grow, Priority.ALWAYS);
            Label key = new Label(screen.shortcut().combination().getDisplayText());
            key.getStyleClass().addAll("sidebar-key", Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            HBox line = new HBox(10, icon, title, grow, key);
            line.getStyleClass().add("sidebar-item");
            setId("nav-" + screen.slug());
            setText(null);
            setGraphic(line);
        }
    }
}
