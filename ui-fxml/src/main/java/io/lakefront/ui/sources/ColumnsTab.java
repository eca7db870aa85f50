package io.lakefront.ui.sources;

import io.lakefront.domain.prep.ColumnTag;
import io.lakefront.ui.common.Badge;
import io.lakefront.ui.common.Tone;
import io.lakefront.ui.shell.KeyboardShortcut;
import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The Columns tab: tag chips with confidence and the evidence on hover; the tag chooser (and each
 * row's context menu) changes the selected column's tag; Undo and Prepare now. Keyboard: Enter or F2
 * on a row opens the chooser (arrows choose, Enter saves, Esc puts it back), Shortcut+Z undoes the
 * last tag edit.
 */
public final class ColumnsTab {

    private final SourcesViewModel sources;
    private final ColumnsViewModel viewModel;
    private boolean showingSelection;

    @FXML private VBox columnsRoot;
    @FXML private Label tagsHint;
    @FXML private Label tagChooserLabel;
    @FXML private ComboBox<ColumnTag> tagChooser;
    @FXML private Button undoTagEdit;
    @FXML private HBox reprepareBar;
    @FXML private Label columnsNotice;
    @FXML private Button prepareAgain;
    @FXML private Button dismissColumnsNotice;
    @FXML private Label columnsProblem;
    @FXML private TableView<ColumnTagRow> columnsTable;
    @FXML private TableColumn<ColumnTagRow, String> columnNameColumn;
    @FXML private TableColumn<ColumnTagRow, ColumnTagRow> tagColumn;
    @FXML private TableColumn<ColumnTagRow, String> ruleColumn;
    @FXML private TableColumn<ColumnTagRow, String> columnQuarantinedColumn;

    public ColumnsTab(SourcesViewModel sources) {
        this.sources = sources;
        this.viewModel = sources.columns();
    }

    @FXML
    private void initialize() {
        columnsTable.setItems(viewModel.rows());
        columnsTable.setPlaceholder(SourceCells.placeholder(viewModel.emptyTextProperty()));
        SourceCells.text(columnNameColumn, ColumnTagRow::column);
        SourceCells.row(tagColumn);
        tagColumn.setCellFactory(c -> new TagCell());
        SourceCells.text(ruleColumn, ColumnTagRow::rule);
        ruleColumn.setCellFactory(c -> SourceCells.withTooltip());
        SourceCells.text(columnQuarantinedColumn, ColumnTagRow::quarantinedText);
        columnsTable.setRowFactory(table -> new TagRow());
        SourceCells.showWhenNotEmpty(tagsHint, viewModel.hintProperty());
        viewModel.hintProperty().addListener((obs, old, now) ->
                tagsHint.setTooltip(viewModel.settingsFile().isBlank() ? null : SourceCells.tooltip(viewModel.settingsFile())));

        // The table's selection and the view model's are one, kept across reloads by position.
        columnsTable.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (!showingSelection && row != null) {
                viewModel.selectedProperty().set(row);
            }
        });
        viewModel.selectedProperty().addListener((obs, old, row) -> showSelection(row));

        tagChooser.getItems().setAll(viewModel.vocabulary());
        tagChooser.setVisibleRowCount(14);
        tagChooser.setConverter(new StringConverter<>() {
            @Override public String toString(ColumnTag tag) { return tag == null ? "" : tag.code(); }
            @Override public ColumnTag fromString(String text) { return ColumnTag.fromCode(text); }
        });
        tagChooser.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(ColumnTag tag, boolean empty) {
                super.updateItem(tag, empty);
                setText(empty || tag == null ? null : tag.code());
            }
        });
        tagChooser.disableProperty().bind(viewModel.editableProperty().not()
                .or(viewModel.selectedProperty().isNull()));
        tagChooserLabel.setLabelFor(tagChooser);
        // Arrow keys on the closed chooser only move its value: a tag is saved when the user commits it
        // (a click in the list, or Enter), and put back when they leave it (Esc, or focus elsewhere).
        tagChooser.setOnHidden(e -> commitTag());
        tagChooser.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (tagChooser.isShowing()) {
                return;
            }
            if (e.getCode() == KeyCode.ENTER) {
                commitTag();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                showSelection(viewModel.selectedProperty().get());
                e.consume();
            }
        });
        tagChooser.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused && !tagChooser.isShowing()) {
                showSelection(viewModel.selectedProperty().get());
            }
        });

        undoTagEdit.textProperty().bind(viewModel.undoTextProperty());
        undoTagEdit.disableProperty().bind(viewModel.canUndoProperty().not());
        undoTagEdit.setOnAction(e -> viewModel.undo());

        columnsNotice.textProperty().bind(viewModel.noticeProperty());
        reprepareBar.visibleProperty().bind(viewModel.noticeProperty().isNotEmpty());
        reprepareBar.managedProperty().bind(reprepareBar.visibleProperty());
        prepareAgain.visibleProperty().bind(viewModel.reprepareSuggestedProperty());
        prepareAgain.managedProperty().bind(prepareAgain.visibleProperty());
        prepareAgain.disableProperty().bind(sources.canPrepareProperty().not());
        prepareAgain.setOnAction(e -> sources.prepareSelected());
        dismissColumnsNotice.setOnAction(e -> viewModel.dismissNotice());
        SourceCells.showWhenNotEmpty(columnsProblem, viewModel.problemProperty());
        // A refused edit leaves the column as it was: the chooser goes back to its tag.
        viewModel.problemProperty().addListener((obs, old, now) -> showSelection(viewModel.selectedProperty().get()));

        columnsTable.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if ((e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.F2) && !tagChooser.isDisabled()) {
                tagChooser.requestFocus();
                tagChooser.show();
                e.consume();
            }
        });
        columnsRoot.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (KeyboardShortcut.UNDO.combination().match(e) && viewModel.canUndoProperty().get()) {
                viewModel.undo();
                e.consume();
            }
        });
    }

    private void commitTag() {
        ColumnTagRow row = viewModel.selectedProperty().get();
        ColumnTag tag = tagChooser.getValue();
        if (row != null && tag != null && tag != row.columnTag()) {
            viewModel.changeTag(row, tag);
        }
    }

    private void showSelection(ColumnTagRow row) {
        showingSelection = true;
        try {
            tagChooser.setValue(row == null ? null : row.columnTag());
            if (row == null) {
                columnsTable.getSelectionModel().clearSelection();
            } else if (columnsTable.getSelectionModel().getSelectedIndex() != row.position()
                    || columnsTable.getSelectionModel().getSelectedItem() != row) {
                columnsTable.getSelectionModel().select(row);
            }
        } finally {
            showingSelection = false;
        }
    }

    /** A row with a context menu: the tags to choose from, and Undo. */
    private final class TagRow extends TableRow<ColumnTagRow> {
        @Override
        protected void updateItem(ColumnTagRow item, boolean empty) {
            super.updateItem(item, empty);
            setContextMenu(empty || item == null || !viewModel.editableProperty().get() ? null : menu(item));
        }

        private ContextMenu menu(ColumnTagRow item) {
            Menu change = new Menu("Change tag");
            ToggleGroup tags = new ToggleGroup();
            List<ColumnTag> vocabulary = viewModel.vocabulary();
            for (ColumnTag tag : vocabulary) {
                RadioMenuItem choice = new RadioMenuItem(tag.code());
                choice.setToggleGroup(tags);
                choice.setSelected(tag == item.columnTag());
                choice.setOnAction(e -> viewModel.changeTag(item, tag));
                change.getItems().add(choice);
            }
            MenuItem keep = new MenuItem("Keep " + item.tag() + " (pin it as your choice)");
            keep.setOnAction(e -> viewModel.changeTag(item, item.columnTag()));
            keep.setDisable(item.edited());
            MenuItem undo = new MenuItem();
            undo.textProperty().bind(viewModel.undoTextProperty());
            undo.disableProperty().bind(viewModel.canUndoProperty().not());
            undo.setOnAction(e -> viewModel.undo());
            return new ContextMenu(change, keep, new SeparatorMenuItem(), undo);
        }
    }

    /** The tag as a chip with its confidence, a second chip when it is the user's; the evidence on hover. */
    private static final class TagCell extends TableCell<ColumnTagRow, ColumnTagRow> {
        private final Badge tag = new Badge();
        private final Label confidence = new Label();
        private final Badge edited = new Badge("edited", Tone.SUCCESS);
        private final HBox chips = new HBox(6, tag, confidence, edited);

        TagCell() {
            chips.getStyleClass().add("tag-chip");
            confidence.getStyleClass().add("confidence");
        }

        @Override
        protected void updateItem(ColumnTagRow item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            tag.show(item.tag(), item.tone());
            confidence.setText(item.edited() ? "" : item.confidence());
            confidence.setVisible(!item.edited());
            confidence.setManaged(!item.edited());
            edited.setVisible(item.edited());
            edited.setManaged(item.edited());
            setGraphic(chips);
            setTooltip(item.evidence().isBlank() ? null : SourceCells.tooltip(item.evidence()));
        }
    }
}
