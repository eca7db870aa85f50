package io.lakefront.ui.sources;

import atlantafx.base.controls.Message;
import io.lakefront.ui.ViewLoader;
import io.lakefront.ui.common.EmptyState;
import io.lakefront.ui.common.EmptyStateText;
import io.lakefront.ui.shell.Navigator;
import io.lakefront.ui.shell.ScreenController;
import java.util.List;
import java.util.function.Supplier;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * Sources: table, detail tabs (Preview, Columns, Normalization, Quarantine, Sync history — the middle
 * three have controllers of their own), Add source…, Sync now and Prepare.
 */
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
        SourceCells.text(nameColumn, SourceRow::name);
        SourceCells.text(kindColumn, SourceRow::kindLabel);
        SourceCells.text(locationColumn, SourceRow::location);
        SourceCells.text(stagedColumn, SourceRow::stagedText);
        SourceCells.text(lastSyncColumn, SourceRow::lastSync);
        SourceCells.row(statusColumn);
        statusColumn.setCellFactory(c -> SourceCells.badgeCell(row -> row.status().label(), row -> row.status().tone()));
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
        previewTable.setPlaceholder(SourceCells.placeholder(viewModel.previewEmptyTextProperty()));

        historyTable.setItems(viewModel.syncRuns());
        historyTable.setPlaceholder(new Label("No syncs yet."));
        SourceCells.text(startedColumn, SyncRunRow::started);
        SourceCells.text(durationColumn, SyncRunRow::duration);
        SourceCells.row(runStatusColumn);
        runStatusColumn.setCellFactory(c -> SourceCells.badgeCell(SyncRunRow::status, SyncRunRow::tone));
        SourceCells.text(modeColumn, SyncRunRow::mode);
        SourceCells.text(readColumn, SyncRunRow::rowsRead);
        SourceCells.text(insertedColumn, SyncRunRow::rowsInserted);
        SourceCells.text(updatedColumn, SyncRunRow::rowsUpdated);
        SourceCells.text(driftColumn, SyncRunRow::drift);
        SourceCells.text(stagedRunColumn, SyncRunRow::rowsStaged);
        SourceCells.text(quarantinedColumn, SyncRunRow::rowsQuarantined);
        SourceCells.text(messageColumn, SyncRunRow::message);

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
        SourceCells.grid(previewTable, viewModel.previewColumns(), viewModel.previewRows());
    }

    @Override
    public void shown() {
        viewModel.refresh();
    }

}
