package io.lakefront.ui.sources;

import java.io.File;
import javafx.animation.PauseTransition;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;
import javafx.util.Duration;
import javafx.util.StringConverter;

/**
 * The Quarantine tab: filters by column, reason and text (typed text applies after a short pause),
 * "showing N of M", the values, and Export CSV… to a file chosen in the system's dialog.
 */
public final class QuarantineTab {
    private static final Duration TYPING_PAUSE = Duration.millis(300);

    private final QuarantineViewModel viewModel;

    @FXML private HBox quarantineFilters;
    @FXML private ComboBox<String> columnFilter;
    @FXML private ComboBox<String> reasonFilter;
    @FXML private TextField quarantineSearch;
    @FXML private Button clearFilters;
    @FXML private Label quarantineCount;
    @FXML private Button exportQuarantine;
    @FXML private Label quarantineNotice;
    @FXML private Label quarantineProblem;
    @FXML private TableView<QuarantineRow> quarantineTable;
    @FXML private TableColumn<QuarantineRow, String> recordColumn;
    @FXML private TableColumn<QuarantineRow, String> valueColumnName;
    @FXML private TableColumn<QuarantineRow, String> rawValueColumn;
    @FXML private TableColumn<QuarantineRow, String> reasonColumn;

    public QuarantineTab(SourcesViewModel sources) {
        this.viewModel = sources.quarantine();
    }

    @FXML
    private void initialize() {
        choice(columnFilter, viewModel.columnChoices(), "All columns");
        choice(reasonFilter, viewModel.reasonChoices(), "All reasons");
        columnFilter.valueProperty().bindBidirectional(viewModel.columnProperty());
        reasonFilter.valueProperty().bindBidirectional(viewModel.reasonProperty());
        columnFilter.setAccessibleText("Column filter");
        reasonFilter.setAccessibleText("Reason filter");

        // Filter as the user types, once they pause; Enter applies at once.
        PauseTransition typing = new PauseTransition(TYPING_PAUSE);
        typing.setOnFinished(e -> viewModel.searchProperty().set(quarantineSearch.getText()));
        quarantineSearch.textProperty().addListener((obs, old, now) -> typing.playFromStart());
        quarantineSearch.setOnAction(e -> {
            typing.stop();
            viewModel.searchProperty().set(quarantineSearch.getText());
        });
        viewModel.searchProperty().addListener((obs, old, now) -> {
            if (!now.equals(quarantineSearch.getText())) {
                quarantineSearch.setText(now);
                typing.stop();
            }
        });
        clearFilters.setOnAction(e -> viewModel.clearFilters());
        clearFilters.disableProperty().bind(viewModel.filteredProperty().not());
        quarantineFilters.disableProperty().bind(viewModel.availableProperty().not());

        quarantineCount.textProperty().bind(viewModel.countTextProperty());
        exportQuarantine.disableProperty().bind(viewModel.canExportProperty().not());
        exportQuarantine.setOnAction(e -> export());
        SourceCells.showWhenNotEmpty(quarantineNotice, viewModel.noticeProperty());
        SourceCells.showWhenNotEmpty(quarantineProblem, viewModel.problemProperty());

        quarantineTable.setItems(viewModel.rows());
        quarantineTable.setPlaceholder(SourceCells.placeholder(viewModel.emptyTextProperty()));
        SourceCells.text(recordColumn, QuarantineRow::recordId);
        SourceCells.text(valueColumnName, QuarantineRow::column);
        SourceCells.text(rawValueColumn, QuarantineRow::value);
        rawValueColumn.setCellFactory(c -> SourceCells.withTooltip());
        SourceCells.text(reasonColumn, QuarantineRow::reason);
        reasonColumn.setCellFactory(c -> SourceCells.withTooltip());
    }

    private static void choice(ComboBox<String> combo, javafx.collections.ObservableList<String> items, String any) {
        combo.setItems(items);
        StringConverter<String> converter = new StringConverter<>() {
            @Override public String toString(String value) {
                return value == null || value.isEmpty() ? any : value;
            }
            @Override public String fromString(String text) {
                return any.equals(text) ? QuarantineViewModel.ANY : text;
            }
        };
        combo.setConverter(converter);
        combo.setCellFactory(list -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : converter.toString(item));
            }
        });
        combo.setButtonCell(combo.getCellFactory().call(null));
    }

    private void export() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the quarantined values");
        chooser.setInitialFileName(viewModel.suggestedFileName());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV files", "*.csv"));
        File file = chooser.showSaveDialog(quarantineTable.getScene() == null ? null : quarantineTable.getScene().getWindow());
        if (file != null) {
            viewModel.exportTo(file.toPath());
        }
    }
}
