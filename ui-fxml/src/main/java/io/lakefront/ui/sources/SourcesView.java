package io.lakefront.ui.sources;

import atlantafx.base.controls.Message;
import atlantafx.base.theme.Styles;
import io.lakefront.ui.ViewLoader;
import io.lakefront.ui.common.Badge;
import io.lakefront.ui.common.EmptyState;
import io.lakefront.ui.common.EmptyStateText;
import io.lakefront.ui.common.Tone;
import io.lakefront.ui.shell.Navigator;
import io.lakefront.ui.shell.ScreenController;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;

/** Sources: table, detail tabs (preview, columns, quarantine, sync history), Add source…, Sync now and Prepare. */
public final class SourcesView implements ScreenController {
    static final EmptyStateText EMPTY = EmptyStateText.of("mdmz-storage", "No sources yet",
            "Sources are where your customer records come from: CSV or JSON Lines files, folders of files, "
                    + "or any database table reachable over JDBC. Each sync stages the rows as they are, "
                    + "with their original column names.",
            "Select Add source… to connect your first one, then Sync now — or build a demo workspace with "
                    + "./lakefront demo.");

    private final SourcesViewModel viewModel;
    private final Supplier<ViewLoader.Loaded<AddSourceView>> addSourceDialog;
    private final Navigator navigator;

    @FXML private Button addSource;
    @FXML private Button syncNow;
    @FXML private Button cancelSync;
    @FXML private Button prepareNow;
    @FXML private Message problem;
    @FXML private Message notice;
    @FXML private EmptyState emptyState;
    @FXML private SplitPane content;
    @FXML private TableView<SourceRow> sourcesTable;
    @FXML private TableColumn<SourceRow, String> nameColumn;
    @FXML private TableColumn<SourceRow, String> kindColumn;
    @FXML private TableColumn<SourceRow, String> locationColumn;
    @FXML private TableColumn<SourceRow, String> stagedColumn;
    @FXML private TableColumn<SourceRow, String> lastSyncColumn;
    @FXML private TableColumn<SourceRow, SourceRow> statusColumn;
    @FXML private Label detailTitle;
    @FXML private TableView<List<String>> previewTable;
    @FXML private Label tagsHint;
    @FXML private TableView<ColumnTagRow> columnsTable;
    @FXML private TableColumn<ColumnTagRow, String> columnNameColumn;
    @FXML private TableColumn<ColumnTagRow, ColumnTagRow> tagColumn;
    @FXML private TableColumn<ColumnTagRow, String> confidenceColumn;
    @FXML private TableColumn<ColumnTagRow, String> ruleColumn;
    @FXML private TableColumn<ColumnTagRow, String> columnQuarantinedColumn;
    @FXML private Label quarantineSummary;
    @FXML private TableView<QuarantineRow> quarantineTable;
    @FXML private TableColumn<QuarantineRow, String> recordColumn;
    @FXML private TableColumn<QuarantineRow, String> valueColumnName;
    @FXML private TableColumn<QuarantineRow, String> rawValueColumn;
    @FXML private TableColumn<QuarantineRow, String> reasonColumn;
    @FXML private TableView<SyncRunRow> historyTable;
    @FXML private TableColumn<SyncRunRow, String> startedColumn;
    @FXML private TableColumn<SyncRunRow, String> durationColumn;
    @FXML private TableColumn<SyncRunRow, SyncRunRow> runStatusColumn;
    @FXML private TableColumn<SyncRunRow, String> modeColumn;
    @FXML private TableColumn<SyncRunRow, String> readColumn;
    @FXML private TableColumn<SyncRunRow, String> insertedColumn;
    @FXML private TableColumn<SyncRunRow, String> updatedColumn;
    @FXML private TableColumn<SyncRunRow, String> driftColumn;
    @FXML private TableColumn<SyncRunRow, String> stagedRunColumn;
    @FXML private TableColumn<SyncRunRow, String> quarantinedColumn;
    @FXML private TableColumn<SyncRunRow, String> messageColumn;

    public SourcesView(SourcesViewModel viewModel, Supplier<ViewLoader.Loaded<AddSourceView>> addSourceDialog,
                       Navigator navigator) {
        this.viewModel = viewModel;
        this.addSourceDialog = addSourceDialog;
        this.navigator = navigator;
    }

    @FXML
    private void initialize() {
        emptyState.show(EMPTY, navigator);
        emptyState.visibleProperty().bind(viewModel.emptyProperty());
        content.visibleProperty().bind(viewModel.emptyProperty().not());

        sourcesTable.setItems(viewModel.rows());
        text(nameColumn, SourceRow::name);
        text(kindColumn, SourceRow::kindLabel);
        text(locationColumn, SourceRow::location);
        text(stagedColumn, SourceRow::stagedText);
        text(lastSyncColumn, SourceRow::lastSync);
        statusColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        statusColumn.setCellFactory(c -> badgeCell(row -> row.status().label(), row -> row.status().tone()));
        sourcesTable.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null) {
                viewModel.selectedProperty().set(row);
            }
        });
        viewModel.selectedProperty().addListener((obs, old, row) -> {
            if (row != null && sourcesTable.getSelectionModel().getSelectedItem() != row) {
                sourcesTable.getSelectionModel().select(row);
            }
            detailTitle.setText(row == null ? "" : row.name() + " · " + row.location());
        });

        previewTable.setItems(viewModel.previewRows());
        // The view model sets the columns, then the rows: build the columns once the rows are there,
        // so that each column is as wide as its longest sample value.
        viewModel.previewRows().addListener((ListChangeListener<List<String>>) change -> previewColumns());
        previewTable.setPlaceholder(new Label("Not synced yet: Sync now stages the records and shows the first "
                + SourcesViewModel.PREVIEW_ROWS + " here."));

        historyTable.setItems(viewModel.syncRuns());
        historyTable.setPlaceholder(new Label("No syncs yet."));
        text(startedColumn, SyncRunRow::started);
        text(durationColumn, SyncRunRow::duration);
        runStatusColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        runStatusColumn.setCellFactory(c -> badgeCell(SyncRunRow::status, SyncRunRow::tone));
        text(modeColumn, SyncRunRow::mode);
        text(readColumn, SyncRunRow::rowsRead);
        text(insertedColumn, SyncRunRow::rowsInserted);
        text(updatedColumn, SyncRunRow::rowsUpdated);
        text(driftColumn, SyncRunRow::drift);
        text(stagedRunColumn, SyncRunRow::rowsStaged);
        text(quarantinedColumn, SyncRunRow::rowsQuarantined);
        text(messageColumn, SyncRunRow::message);

        columnsTable.setItems(viewModel.columnTags());
        columnsTable.setPlaceholder(placeholder(viewModel.columnsEmptyTextProperty()));
        text(columnNameColumn, ColumnTagRow::column);
        tagColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        tagColumn.setCellFactory(c -> new TagCell());
        text(confidenceColumn, ColumnTagRow::confidence);
        text(ruleColumn, ColumnTagRow::rule);
        ruleColumn.setCellFactory(column -> withTooltip());
        text(columnQuarantinedColumn, ColumnTagRow::quarantinedText);
        showWhenNotEmpty(tagsHint, viewModel.tagsHintProperty());

        quarantineTable.setItems(viewModel.quarantined());
        quarantineTable.setPlaceholder(placeholder(viewModel.quarantineEmptyTextProperty()));
        text(recordColumn, QuarantineRow::recordId);
        text(valueColumnName, QuarantineRow::column);
        text(rawValueColumn, QuarantineRow::value);
        text(reasonColumn, QuarantineRow::reason);
        showWhenNotEmpty(quarantineSummary, viewModel.quarantineSummaryProperty());

        addSource.setOnAction(e -> openAddSource());
        syncNow.setOnAction(e -> viewModel.syncSelected());
        syncNow.disableProperty().bind(viewModel.workingProperty().or(viewModel.selectedProperty().isNull()));
        prepareNow.setOnAction(e -> viewModel.prepareSelected());
        prepareNow.disableProperty().bind(viewModel.canPrepareProperty().not());
        cancelSync.setOnAction(e -> viewModel.cancelSync());
        cancelSync.visibleProperty().bind(viewModel.syncingProperty());
        cancelSync.managedProperty().bind(viewModel.syncingProperty());

        problem.descriptionProperty().bind(viewModel.problemProperty());
        problem.visibleProperty().bind(viewModel.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        problem.setOnClose(e -> viewModel.dismissProblem());
        notice.descriptionProperty().bind(viewModel.noticeProperty());
        notice.visibleProperty().bind(viewModel.noticeProperty().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());
        notice.setOnClose(e -> viewModel.dismissNotice());
    }

    private void openAddSource() {
        addSourceDialog.get().controller().open();
    }

    private void previewColumns() {
        List<String> names = List.copyOf(viewModel.previewColumns());
        previewTable.getColumns().setAll(java.util.stream.IntStream.range(0, names.size()).mapToObj(i -> {
            TableColumn<List<String>, String> column = new TableColumn<>(names.get(i));
            column.setCellValueFactory(c -> new ReadOnlyStringWrapper(i < c.getValue().size() ? c.getValue().get(i) : null));
            int longest = names.get(i).length();
            for (List<String> row : viewModel.previewRows()) {
                if (i < row.size() && row.get(i) != null) {
                    longest = Math.max(longest, row.get(i).length());
                }
            }
            column.setPrefWidth(Math.max(90, Math.min(320, longest * 8 + 32)));
            return column;
        }).toList());
    }

    private static Label placeholder(javafx.beans.value.ObservableStringValue text) {
        Label label = new Label();
        label.getStyleClass().add("text-muted");
        label.textProperty().bind(text);
        return label;
    }

    private static void showWhenNotEmpty(Label label, javafx.beans.value.ObservableStringValue text) {
        label.textProperty().bind(text);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }

    /** The tag as a chip, and a second one when the user chose it in the YAML file. */
    private static final class TagCell extends TableCell<ColumnTagRow, ColumnTagRow> {
        private final Badge tag = new Badge();
        private final Badge edited = new Badge("edited", Tone.SUCCESS);
        private final HBox chips = new HBox(6, tag, edited);

        TagCell() {
            chips.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(ColumnTagRow item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            tag.show(item.tag(), item.tone());
            edited.setVisible(item.edited());
            edited.setManaged(item.edited());
            setGraphic(chips);
        }
    }

    private static <R> void text(TableColumn<R, String> column, Function<R, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
    }

    /** A text cell whose whole text shows on hover: long rules are cut with "…" in the column. */
    private static <R> TableCell<R, String> withTooltip() {
        return new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null || item.isBlank() ? null : new javafx.scene.control.Tooltip(item));
            }
        };
    }

    private static <R> TableCell<R, R> badgeCell(Function<R, String> label, Function<R, Tone> tone) {
        return new TableCell<>() {
            private final Badge badge = new Badge();

            @Override
            protected void updateItem(R item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setGraphic(null);
                } else {
                    badge.show(label.apply(item), tone.apply(item));
                    setGraphic(badge);
                }
            }
        };
    }

    @Override
    public void shown() {
        viewModel.refresh();
    }

}
