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
    @FXML private TextField name;
    @FXML private ComboBox<SourceKind> kind;
    @FXML private TextField location;
    @FXML private Button browse;
    @FXML private Label error;
    @FXML private Button cancel;
    @FXML private Button add;

    public AddSourceView(AddSourceViewModel viewModel, ModalHost modal) {
        this.viewModel = viewModel;
        this.modal = modal;
    }

    @FXML
    private void initialize() {
        name.textProperty().bindBidirectional(viewModel.nameProperty());
        kind.getItems().setAll(SourceKind.values());
        kind.setConverter(new StringConverter<>() {
            @Override public String toString(SourceKind k) { return k == null ? "" : SourceKinds.longLabel(k); }
            @Override public SourceKind fromString(String s) { return null; }
        });
        kind.valueProperty().bindBidirectional(viewModel.kindProperty());
        location.textProperty().bindBidirectional(viewModel.locationProperty());
        location.promptTextProperty().bind(viewModel.locationPromptProperty());
        browse.disableProperty().bind(viewModel.browsableProperty().not());
        browse.setOnAction(e -> browse());
        error.textProperty().bind(viewModel.errorProperty());
        error.visibleProperty().bind(viewModel.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        cancel.setOnAction(e -> modal.hide());
        add.disableProperty().bind(viewModel.busyProperty());
        add.setOnAction(e -> viewModel.submit().thenAccept(added -> added.ifPresent(source -> modal.hide())));
    }

    /** Shows the dialog over the window with the cursor in the name field. */
    public void open() {
        modal.show(dialog, true);
        name.requestFocus();
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
