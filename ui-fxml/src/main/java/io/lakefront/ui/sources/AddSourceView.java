package io.lakefront.ui.sources;

import atlantafx.base.controls.Card;
import io.lakefront.domain.source.SourceKind;
import io.lakefront.ui.common.Badge;
import io.lakefront.ui.shell.ModalHost;
import java.io.File;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.PasswordField;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * The Add source wizard, shown in the window's modal layer: kind, where it is, then test and preview.
 * Enter goes on (the forward button is the default one), Esc cancels, Alt+B goes back.
 */
public final class AddSourceView {
    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");

    private final AddSourceViewModel viewModel;
    private final ModalHost modal;

    @FXML private Card dialog;
    @FXML private ToggleGroup kinds;
    @FXML private Label stepKind;
    @FXML private Label stepConnection;
    @FXML private Label stepPreview;
    @FXML private VBox kindPage;
    @FXML private RadioButton kindFile;
    @FXML private RadioButton kindFolder;
    @FXML private RadioButton kindDatabase;
    @FXML private VBox connectionPage;
    @FXML private Label locationLabel;
    @FXML private TextField sourceLocation;
    @FXML private Button browse;
    @FXML private HBox userRow;
    @FXML private TextField sourceUser;
    @FXML private HBox passwordRow;
    @FXML private PasswordField sourcePassword;
    @FXML private Label passwordNote;
    @FXML private HBox tableRow;
    @FXML private TextField sourceTable;
    @FXML private TextField sourceName;
    @FXML private VBox previewPage;
    @FXML private Label previewSummary;
    @FXML private FlowPane tagChips;
    @FXML private TableView<List<String>> wizardPreview;
    @FXML private ComboBox<String> watermarkColumn;
    @FXML private ComboBox<String> keyColumn;
    @FXML private CheckBox syncAfterAdding;
    @FXML private Label sourceError;
    @FXML private Label wizardBusy;
    @FXML private Button cancelAddSource;
    @FXML private Button wizardBack;
    @FXML private Button wizardNext;

    public AddSourceView(AddSourceViewModel viewModel, ModalHost modal) {
        this.viewModel = viewModel;
        this.modal = modal;
    }

    @FXML
    private void initialize() {
        kindFile.setUserData(SourceKind.FILE);
        kindFolder.setUserData(SourceKind.FOLDER);
        kindDatabase.setUserData(SourceKind.JDBC);
        selectKind(viewModel.kindProperty().get());
        kinds.selectedToggleProperty().addListener((obs, old, toggle) -> {
            if (toggle == null) {
                old.setSelected(true); // one kind is always chosen
            } else {
                viewModel.kindProperty().set((SourceKind) toggle.getUserData());
            }
        });
        viewModel.kindProperty().addListener((obs, old, kind) -> selectKind(kind));

        sourceName.textProperty().bindBidirectional(viewModel.nameProperty());
        sourceLocation.textProperty().bindBidirectional(viewModel.locationProperty());
        sourceLocation.promptTextProperty().bind(viewModel.locationPromptProperty());
        locationLabel.textProperty().bind(viewModel.locationLabelProperty());
        locationLabel.setLabelFor(sourceLocation);
        browse.visibleProperty().bind(viewModel.browsableProperty());
        browse.managedProperty().bind(browse.visibleProperty());
        browse.setOnAction(e -> browse());
        sourceTable.textProperty().bindBidirectional(viewModel.tableOrQueryProperty());
        sourceUser.textProperty().bindBidirectional(viewModel.userProperty());
        sourcePassword.textProperty().bindBidirectional(viewModel.passwordProperty());
        passwordNote.setText(viewModel.passwordNote());
        for (Node node : new Node[] {userRow, passwordRow, tableRow}) {
            node.visibleProperty().bind(viewModel.databaseProperty());
            node.managedProperty().bind(viewModel.databaseProperty());
        }

        previewSummary.textProperty().bind(viewModel.previewSummaryProperty());
        viewModel.detectedTags().addListener((ListChangeListener<DetectedTag>) change -> showChips());
        viewModel.previewRows().addListener((ListChangeListener<List<String>>) change ->
                SourceCells.grid(wizardPreview, viewModel.previewColumns(), viewModel.previewRows()));
        wizardPreview.setItems(viewModel.previewRows());
        columnChoice(watermarkColumn, "none — full syncs");
        columnChoice(keyColumn, "none — the first column");
        watermarkColumn.valueProperty().bindBidirectional(viewModel.watermarkProperty());
        keyColumn.valueProperty().bindBidirectional(viewModel.keyProperty());
        syncAfterAdding.selectedProperty().bindBidirectional(viewModel.syncAfterAddingProperty());

        viewModel.stepProperty().addListener((obs, old, step) -> showStep(step));
        showStep(viewModel.stepProperty().get());

        SourceCells.showWhenNotEmpty(sourceError, viewModel.errorProperty());
        wizardBusy.visibleProperty().bind(viewModel.busyProperty());
        cancelAddSource.setOnAction(e -> modal.hide());
        wizardBack.disableProperty().bind(viewModel.canGoBackProperty().not());
        wizardBack.setOnAction(e -> viewModel.back());
        wizardNext.textProperty().bind(viewModel.nextLabelProperty());
        wizardNext.disableProperty().bind(viewModel.busyProperty());
        wizardNext.setOnAction(e -> viewModel.next().thenAccept(added -> added.ifPresent(source -> modal.hide())));
        // A focused radio button or check box keeps Enter to itself; on this form Enter always means go on.
        dialog.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && (e.getTarget() instanceof RadioButton || e.getTarget() instanceof CheckBox)
                    && !wizardNext.isDisabled()) {
                wizardNext.fire();
                e.consume();
            }
        });
    }

    private void selectKind(SourceKind kind) {
        for (Toggle toggle : kinds.getToggles()) {
            if (toggle.getUserData() == kind && !toggle.isSelected()) {
                toggle.setSelected(true);
            }
        }
    }

    private void showStep(AddSourceViewModel.Step step) {
        kindPage.setVisible(step == AddSourceViewModel.Step.KIND);
        connectionPage.setVisible(step == AddSourceViewModel.Step.CONNECTION);
        previewPage.setVisible(step == AddSourceViewModel.Step.PREVIEW);
        stepKind.pseudoClassStateChanged(CURRENT, step == AddSourceViewModel.Step.KIND);
        stepConnection.pseudoClassStateChanged(CURRENT, step == AddSourceViewModel.Step.CONNECTION);
        stepPreview.pseudoClassStateChanged(CURRENT, step == AddSourceViewModel.Step.PREVIEW);
        // The keyboard starts where the page asks for something.
        switch (step) {
            case KIND -> focus(kinds.getSelectedToggle() instanceof RadioButton chosen ? chosen : kindFile);
            case CONNECTION -> focus(sourceLocation);
            case PREVIEW -> focus(watermarkColumn);
        }
    }

    private static void focus(Node node) {
        javafx.application.Platform.runLater(node::requestFocus);
    }

    private void showChips() {
        tagChips.getChildren().setAll(viewModel.detectedTags().stream().map(tag -> {
            Label column = new Label(tag.column());
            column.getStyleClass().add("text-small");
            Label confidence = new Label(tag.confidence());
            confidence.getStyleClass().add("confidence");
            HBox chip = new HBox(column, new Badge(tag.tag(), tag.tone()), confidence);
            chip.getStyleClass().add("tag-chip");
            javafx.scene.control.Tooltip.install(chip, SourceCells.tooltip(tag.evidence()));
            return chip;
        }).toList());
    }

    private static void columnChoice(ComboBox<String> combo, String none) {
        StringConverter<String> converter = new StringConverter<>() {
            @Override public String toString(String value) {
                return value == null || value.isEmpty() ? none : value;
            }
            @Override public String fromString(String text) {
                return none.equals(text) ? AddSourceViewModel.NONE : text;
            }
        };
        combo.setConverter(converter);
        combo.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : converter.toString(item));
            }
        });
        combo.setButtonCell(combo.getCellFactory().call(null));
    }

    /** Shows the wizard over the window on its first page. */
    public void open() {
        combos();
        modal.show(dialog, true);
        showStep(viewModel.stepProperty().get());
    }

    private void combos() {
        watermarkColumn.setItems(viewModel.columnChoices());
        keyColumn.setItems(viewModel.columnChoices());
    }

    private void browse() {
        Window window = dialog.getScene() == null ? null : dialog.getScene().getWindow();
        File chosen;
        if (viewModel.kindProperty().get() == SourceKind.FOLDER) {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("Choose the folder of files");
            chosen = chooser.showDialog(window);
        } else {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Choose a CSV or JSON Lines file");
            chooser.getExtensionFilters().addAll(
                    new FileChooser.ExtensionFilter("CSV and JSON Lines", "*.csv", "*.tsv", "*.txt", "*.jsonl", "*.ndjson"),
                    new FileChooser.ExtensionFilter("All files", "*.*"));
            chosen = chooser.showOpenDialog(window);
        }
        if (chosen != null) {
            viewModel.locationProperty().set(chosen.getAbsolutePath());
        }
    }
}
