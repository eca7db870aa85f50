package io.lakefront.ui.sources;

import atlantafx.base.controls.Card;
import io.lakefront.domain.source.SourceKind;
import io.lakefront.ui.shell.ModalHost;
import java.io.File;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;

/** The Add source dialog, shown in the window's modal layer. */
public final class AddSourceView {
    private final AddSourceViewModel viewModel;
    private final ModalHost modal;

    @FXML private Card dialog;
    @FXML private TextField sourceName;
    @FXML private ComboBox<SourceKind> sourceKind;
    @FXML private TextField sourceLocation;
    @FXML private Button browse;
    @FXML private Label tableLabel;
    @FXML private TextField sourceTable;
    @FXML private Label userLabel;
    @FXML private TextField sourceUser;
    @FXML private Label sourceError;
    @FXML private Button cancelAddSource;
    @FXML private Button addSourceButton;

    public AddSourceView(AddSourceViewModel viewModel, ModalHost modal) {
        this.viewModel = viewModel;
        this.modal = modal;
    }

    @FXML
    private void initialize() {
        sourceName.textProperty().bindBidirectional(viewModel.nameProperty());
        sourceKind.getItems().setAll(SourceKind.values());
        sourceKind.setConverter(new StringConverter<>() {
            @Override public String toString(SourceKind k) { return k == null ? "" : SourceKinds.longLabel(k); }
            @Override public SourceKind fromString(String s) { return null; }
        });
        sourceKind.valueProperty().bindBidirectional(viewModel.kindProperty());
        sourceLocation.textProperty().bindBidirectional(viewModel.locationProperty());
        sourceLocation.promptTextProperty().bind(viewModel.locationPromptProperty());
        browse.disableProperty().bind(viewModel.browsableProperty().not());
        browse.setOnAction(e -> browse());
        sourceTable.textProperty().bindBidirectional(viewModel.tableOrQueryProperty());
        sourceUser.textProperty().bindBidirectional(viewModel.userProperty());
        for (javafx.scene.Node node : new javafx.scene.Node[] {tableLabel, sourceTable, userLabel, sourceUser}) {
            node.visibleProperty().bind(viewModel.databaseProperty());
            node.managedProperty().bind(viewModel.databaseProperty());
        }
        sourceError.textProperty().bind(viewModel.errorProperty());
        sourceError.visibleProperty().bind(viewModel.errorProperty().isNotEmpty());
        sourceError.managedProperty().bind(sourceError.visibleProperty());
        cancelAddSource.setOnAction(e -> modal.hide());
        addSourceButton.disableProperty().bind(viewModel.busyProperty());
        addSourceButton.setOnAction(e -> viewModel.submit().thenAccept(added -> added.ifPresent(source -> modal.hide())));
    }

    /** Shows the dialog over the window with the cursor in the name field. */
    public void open() {
        modal.show(dialog, true);
        sourceName.requestFocus();
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
                    new FileChooser.ExtensionFilter("CSV and JSON Lines", "*.csv", "*.tsv", "*.jsonl", "*.ndjson"),
                    new FileChooser.ExtensionFilter("All files", "*.*"));
            chosen = chooser.showOpenDialog(window);
        }
        if (chosen != null) {
            viewModel.locationProperty().set(chosen.getAbsolutePath());
        }
    }
}
