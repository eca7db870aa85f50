package io.lakefront.ui.settings;

import atlantafx.base.controls.Message;
import io.lakefront.ui.common.Badge;
import io.lakefront.ui.common.Tone;
import io.lakefront.ui.shell.ScreenController;
import io.lakefront.ui.shell.ThemeMode;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;

public final class SettingsView implements ScreenController {
    private final SettingsViewModel viewModel;

    @FXML private Label workspaceFolder;
    @FXML private Label clockTitle;
    @FXML private Label clockExplanation;
    @FXML private Label userName;
    @FXML private FlowPane roles;
    @FXML private HBox themeChoice;
    @FXML private Message languageModel;

    public SettingsView(SettingsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        workspaceFolder.setText(viewModel.workspaceFolder());
        clockTitle.setText(viewModel.clockTitle());
        clockExplanation.setText(viewModel.clockExplanation());
        userName.setText(viewModel.userName());
        roles.getChildren().setAll(viewModel.roles().stream().map(role -> new Badge(role, Tone.ACCENT)).toList());
        if (viewModel.roles().isEmpty()) {
            roles.getChildren().setAll(new Badge("No role", Tone.WARNING));
        }
        ToggleGroup group = new ToggleGroup();
        for (ThemeMode mode : ThemeMode.values()) {
            RadioButton option = new RadioButton(mode.label());
            option.setId("theme-" + mode.name().toLowerCase(java.util.Locale.ROOT));
            option.setUserData(mode);
            option.setToggleGroup(group);
            option.setSelected(viewModel.themeProperty().get() == mode);
            themeChoice.getChildren().add(option);
        }
        group.selectedToggleProperty().addListener((obs, old, toggle) -> {
            if (toggle != null) {
                viewModel.themeProperty().set((ThemeMode) toggle.getUserData());
            }
        });
        viewModel.themeProperty().addListener((obs, old, mode) -> group.getToggles().stream()
                .filter(t -> t.getUserData() == mode).findFirst().ifPresent(group::selectToggle));
        languageModel.setDescription(viewModel.languageModel());
    }

    @Override
    public void shown() {
        // Everything shown is known at start; nothing to load.
    }
}
