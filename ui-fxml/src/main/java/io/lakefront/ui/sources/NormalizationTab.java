package io.lakefront.ui.sources;

import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;

/**
 * The Normalization tab: the source's columns with tag and what the rule does to the sample rows; for
 * the selected column, its rule in words and each sample value before and after, invalid values in red
 * with the reason they would be quarantined.
 */
public final class NormalizationTab {
    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid-value");
    private static final PseudoClass CHANGED = PseudoClass.getPseudoClass("changed-value");

    private final NormalizationViewModel viewModel;

    @FXML private Label normalizationSummary;
    @FXML private CheckBox onlyChanges;
    @FXML private Label normalizationEmpty;
    @FXML private SplitPane normalizationContent;
    @FXML private TableView<NormalizedColumnRow> normalizedColumns;
    @FXML private TableColumn<NormalizedColumnRow, String> normColumnName;
    @FXML private TableColumn<NormalizedColumnRow, NormalizedColumnRow> normColumnTag;
    @FXML private TableColumn<NormalizedColumnRow, NormalizedColumnRow> normColumnSummary;
    @FXML private Label ruleText;
    @FXML private TableView<NormalizedValueRow> normalizedValues;
    @FXML private TableColumn<NormalizedValueRow, String> valueRowColumn;
    @FXML private TableColumn<NormalizedValueRow, String> valueBeforeColumn;
    @FXML private TableColumn<NormalizedValueRow, String> valueAfterColumn;
    @FXML private TableColumn<NormalizedValueRow, String> valueNoteColumn;

    public NormalizationTab(SourcesViewModel sources) {
        this.viewModel = sources.normalization();
    }

    @FXML
    private void initialize() {
        SourceCells.showWhenNotEmpty(normalizationSummary, viewModel.summaryProperty());
        onlyChanges.selectedProperty().bindBidirectional(viewModel.onlyChangesProperty());
        normalizationEmpty.textProperty().bind(viewModel.emptyTextProperty());
        normalizationEmpty.visibleProperty().bind(javafx.beans.binding.Bindings.isEmpty(viewModel.columns()));
        normalizationContent.visibleProperty().bind(normalizationEmpty.visibleProperty().not());
        onlyChanges.disableProperty().bind(normalizationEmpty.visibleProperty());

        normalizedColumns.setItems(viewModel.columns());
        SourceCells.text(normColumnName, NormalizedColumnRow::column);
        SourceCells.row(normColumnTag);
        normColumnTag.setCellFactory(c -> SourceCells.badgeCell(NormalizedColumnRow::tag,
                row -> io.lakefront.ui.common.Tone.ACCENT));
        SourceCells.row(normColumnSummary);
        normColumnSummary.setCellFactory(c -> SourceCells.badgeCell(NormalizedColumnRow::summary, NormalizedColumnRow::tone));
        normalizedColumns.setRowFactory(table -> new TableRow<>() {
            @Override
            protected void updateItem(NormalizedColumnRow item, boolean empty) {
                super.updateItem(item, empty);
                setTooltip(empty || item == null ? null : SourceCells.tooltip(item.column() + " · " + item.tag() + "\n" + item.rule()));
            }
        });
        normalizedColumns.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null && row != viewModel.selectedProperty().get()) {
                viewModel.selectedProperty().set(row);
            }
        });
        viewModel.selectedProperty().addListener((obs, old, row) -> {
            if (row != null && normalizedColumns.getSelectionModel().getSelectedItem() != row) {
                normalizedColumns.getSelectionModel().select(row);
            }
        });

        SourceCells.showWhenNotEmpty(ruleText, viewModel.ruleProperty());
        normalizedValues.setItems(viewModel.values());
        normalizedValues.setPlaceholder(SourceCells.placeholder(viewModel.valuesEmptyTextProperty()));
        SourceCells.text(valueRowColumn, row -> Integer.toString(row.row()));
        SourceCells.text(valueBeforeColumn, NormalizedValueRow::before);
        valueBeforeColumn.setCellFactory(c -> SourceCells.withTooltip());
        SourceCells.text(valueAfterColumn, NormalizedValueRow::after);
        valueAfterColumn.setCellFactory(c -> {
            TableCell<NormalizedValueRow, String> cell = SourceCells.withTooltip();
            cell.getStyleClass().add("after-cell");
            return cell;
        });
        SourceCells.text(valueNoteColumn, NormalizedValueRow::note);
        valueNoteColumn.setCellFactory(c -> SourceCells.withTooltip());
        normalizedValues.setRowFactory(table -> new TableRow<>() {
            @Override
            protected void updateItem(NormalizedValueRow item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(INVALID, !empty && item != null && item.invalid());
                pseudoClassStateChanged(CHANGED, !empty && item != null
                        && item.state() == NormalizedValueRow.State.CHANGED);
            }
        });
    }
}
