package io.lakefront.ui.settings;

import atlantafx.base.controls.Message;
import io.lakefront.domain.identity.review.FieldPolicy;
import io.lakefront.domain.identity.review.ModelReviewSettings.Provider;
import io.lakefront.ui.common.Badge;
import io.lakefront.ui.common.Tone;
import io.lakefront.ui.shell.ScreenController;
import io.lakefront.ui.shell.ThemeMode;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;

public final class SettingsView implements ScreenController {
    private final SettingsViewModel viewModel;
    private final ModelReviewSettingsViewModel model;

    @FXML private Label workspaceFolder;
    @FXML private Label clockTitle;
    @FXML private Label clockExplanation;
    @FXML private Label userName;
    @FXML private FlowPane roles;
    @FXML private HBox themeChoice;
    @FXML private Message languageModel;
    @FXML private GridPane modelForm;
    @FXML private ComboBox<Provider> providerChoice;
    @FXML private TextField baseUrlField;
    @FXML private TextField modelField;
    @FXML private PasswordField apiKeyField;
    @FXML private TextField timeoutField;
    @FXML private TextField attemptsField;
    @FXML private TextField budgetField;
    @FXML private TextField thresholdField;
    @FXML private GridPane policyTable;
    @FXML private Button testButton;
    @FXML private Button saveButton;
    @FXML private Label modelMessage;
    @FXML private Label modelProblem;

    public SettingsView(SettingsViewModel viewModel, ModelReviewSettingsViewModel model) {
        this.viewModel = viewModel;
        this.model = model;
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
            option.setId("theme-" + mode.name().toLowerCase(Locale.ROOT));
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
        bindLanguageModel();
    }

    private void bindLanguageModel() {
        // The title stays as the FXML sets it: AtlantaFX 2.0.1's tile skin shows the description when a title changes.
        languageModel.descriptionProperty().bind(model.statusProperty());
        providerChoice.setItems(FXCollections.observableArrayList(Provider.values()));
        providerChoice.setConverter(new StringConverter<>() {
            @Override public String toString(Provider provider) { return providerName(provider); }
            @Override public Provider fromString(String text) { return null; }
        });
        providerChoice.valueProperty().bindBidirectional(model.providerProperty());
        baseUrlField.textProperty().bindBidirectional(model.baseUrlProperty());
        modelField.textProperty().bindBidirectional(model.modelProperty());
        apiKeyField.textProperty().bindBidirectional(model.apiKeyProperty());
        apiKeyField.promptTextProperty().bind(Bindings.when(model.keyStoredProperty())
                .then("stored encrypted — type to replace").otherwise("not needed for most local servers"));
        timeoutField.textProperty().bindBidirectional(model.timeoutSecondsProperty());
        attemptsField.textProperty().bindBidirectional(model.attemptsProperty());
        budgetField.textProperty().bindBidirectional(model.budgetProperty());
        thresholdField.textProperty().bindBidirectional(model.thresholdProperty());
        model.policies().addListener((javafx.collections.ListChangeListener<ModelReviewSettingsViewModel.PolicyRow>) change -> showPolicies());
        showPolicies();
        modelMessage.textProperty().bind(model.messageProperty());
        modelProblem.textProperty().bind(model.problemProperty());
        modelMessage.visibleProperty().bind(model.messageProperty().isNotEmpty());
        modelMessage.managedProperty().bind(modelMessage.visibleProperty());
        modelProblem.visibleProperty().bind(model.problemProperty().isNotEmpty());
        modelProblem.managedProperty().bind(modelProblem.visibleProperty());
        boolean readOnly = !model.canEdit();
        modelForm.setDisable(readOnly);
        policyTable.setDisable(readOnly);
        saveButton.disableProperty().bind(model.busyProperty().or(Bindings.createBooleanBinding(() -> readOnly)));
        testButton.disableProperty().bind(model.busyProperty());
    }

    private void showPolicies() {
        policyTable.getChildren().clear();
        // Two pairs of columns keep the eleven standard fields within a glance.
        int half = (model.policies().size() + 1) / 2;
        int index = 0;
        for (ModelReviewSettingsViewModel.PolicyRow policy : model.policies()) {
            Label field = new Label(policy.field());
            field.getStyleClass().add("mono");
            ComboBox<FieldPolicy> choice = new ComboBox<>(FXCollections.observableArrayList(FieldPolicy.values()));
            choice.setId("policy-" + policy.field());
            choice.setConverter(new StringConverter<>() {
                @Override public String toString(FieldPolicy value) {
                    return value == null ? "" : value.name().toLowerCase(Locale.ROOT);
                }
                @Override public FieldPolicy fromString(String text) { return null; }
            });
            choice.valueProperty().bindBidirectional(policy.policyProperty());
            int column = index < half ? 0 : 2;
            int row = index < half ? index : index - half;
            policyTable.add(field, column, row);
            policyTable.add(choice, column + 1, row);
            index++;
        }
    }

    static String providerName(Provider provider) {
        if (provider == null) {
            return "";
        }
        return switch (provider) {
            case NONE -> "None — people review the band";
            case OPENAI_COMPATIBLE -> "OpenAI-compatible endpoint";
            case OLLAMA -> "Ollama";
            case ANTHROPIC -> "Anthropic";
        };
    }

    @FXML
    private void save() {
        model.save();
    }

    @FXML
    private void testConnection() {
        model.testConnection();
    }

    @Override
    public void shown() {
        model.load();
    }
}
