package io.lakefront.ui.review;

import atlantafx.base.controls.Message;
import io.lakefront.domain.identity.review.FindSimilarPairs;
import io.lakefront.domain.identity.review.ReviewAnswer;
import io.lakefront.ui.common.EmptyState;
import io.lakefront.ui.identity.WaterfallBarCell;
import io.lakefront.ui.identity.WaterfallRow;
import io.lakefront.ui.shell.KeyboardShortcut;
import io.lakefront.ui.shell.ModalHost;
import io.lakefront.ui.shell.Navigator;
import io.lakefront.ui.shell.ScreenController;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The Review screen: the queue on the left, the selected pair in full on the right, answered with
 * M / N / S, walked with J / K or Down / Up, undone with Ctrl+Z; "Apply to similar pairs…" opens a
 * preview of the pairs a bulk answer would cover before anything is recorded.
 */
public final class ReviewQueueView implements ScreenController {
    private final ReviewQueueViewModel viewModel;
    private final Navigator navigator;
    private final ModalHost modal;

    @FXML private VBox root;
    @FXML private Label totalText;
    @FXML private Button undoButton;
    @FXML private Button refreshButton;
    @FXML private Message problem;
    @FXML private Message notice;
    @FXML private VBox emptyPane;
    @FXML private EmptyState emptyState;
    @FXML private SplitPane reviewSplit;
    @FXML private ListView<ReviewRow> queueList;
    @FXML private Label pairTitle;
    @FXML private Label pairSummary;
    @FXML private Button matchButton;
    @FXML private Button nonMatchButton;
    @FXML private Button skipButton;
    @FXML private Button similarButton;
    @FXML private Label titleA;
    @FXML private Label titleB;
    @FXML private Label clusterA;
    @FXML private Label clusterB;
    @FXML private ListView<String> valuesA;
    @FXML private ListView<String> valuesB;
    @FXML private TableView<FieldRow> fieldsTable;
    @FXML private TableColumn<FieldRow, String> fieldColumn;
    @FXML private TableColumn<FieldRow, String> valueAColumn;
    @FXML private TableColumn<FieldRow, String> valueBColumn;
    @FXML private TableColumn<FieldRow, String> similarityColumn;
    @FXML private TableColumn<FieldRow, String> levelColumn;
    @FXML private TableColumn<FieldRow, String> fieldWeightColumn;
    @FXML private VBox verdictBox;
    @FXML private Label verdict;
    @FXML private Label rationale;
    @FXML private TableView<WaterfallRow> waterfallTable;
    @FXML private TableColumn<WaterfallRow, String> stepComparisonColumn;
    @FXML private TableColumn<WaterfallRow, String> stepLevelColumn;
    @FXML private TableColumn<WaterfallRow, String> stepWeightColumn;
    @FXML private TableColumn<WaterfallRow, WaterfallRow> stepBarColumn;
    @FXML private Label notes;
    @FXML private ListView<HistoryRow> historyList;

    public ReviewQueueView(ReviewQueueViewModel viewModel, Navigator navigator, ModalHost modal) {
        this.viewModel = viewModel;
        this.navigator = navigator;
        this.modal = modal;
    }

    @FXML
    private void initialize() {
        totalText.textProperty().bind(viewModel.totalTextProperty());
        emptyState.show(viewModel.emptyState(), navigator);
        emptyPane.visibleProperty().bind(viewModel.emptyProperty());
        reviewSplit.visibleProperty().bind(viewModel.loadedProperty().and(viewModel.emptyProperty().not()));
        // A hidden list cannot take the focus: give it the keys once the queue shows.
        reviewSplit.visibleProperty().addListener((obs, was, visible) -> {
            if (visible) {
                Platform.runLater(queueList::requestFocus);
            }
        });
        message(problem, viewModel.problemProperty());
        message(notice, viewModel.noticeProperty());
        undoButton.setOnAction(e -> viewModel.undo());
        refreshButton.setOnAction(e -> viewModel.refresh());
        undoButton.disableProperty().bind(viewModel.busyProperty());

        queue();
        detail();
        // On the scene while this screen shows, so that M / N / S / J / K work even when the sidebar
        // still has the focus after navigating here; the arrows only when the focus is on this screen.
        javafx.event.EventHandler<KeyEvent> keys = this::key;
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.removeEventFilter(KeyEvent.KEY_PRESSED, keys);
            }
            if (scene != null) {
                scene.addEventFilter(KeyEvent.KEY_PRESSED, keys);
            }
        });
    }

    private void queue() {
        queueList.setItems(viewModel.rows());
        queueList.getStyleClass().add("review-queue");
        queueList.setCellFactory(list -> new ListCell<>() {
            private final Label records = new Label();
            private final Label facts = new Label();
            private final Label why = new Label();
            private final VBox box = new VBox(2, records, facts, why);

            {
                records.getStyleClass().add("text-bold");
                facts.getStyleClass().addAll("text-small");
                why.getStyleClass().addAll("text-small", "text-muted");
                why.setWrapText(true);
                // As wide as the list, never wider: long record ids are cut, the reason wraps.
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(ReviewRow row, boolean empty) {
                super.updateItem(row, empty);
                if (empty || row == null) {
                    setGraphic(null);
                    return;
                }
                records.setText(row.records());
                facts.setText("#" + row.id() + " · weight " + row.weightText() + " · value " + row.valueText());
                why.setText(row.why());
                setGraphic(box);
            }
        });
        viewModel.selectedProperty().addListener((obs, old, index) -> {
            int at = index.intValue();
            if (at < 0) {
                queueList.getSelectionModel().clearSelection();
            } else if (queueList.getSelectionModel().getSelectedIndex() != at) {
                queueList.getSelectionModel().select(at);
                queueList.scrollTo(Math.max(0, at - 3));
            }
        });
        queueList.getSelectionModel().selectedIndexProperty().addListener((obs, old, index) -> {
            int at = index.intValue();
            if (at >= 0 && at != viewModel.selectedProperty().get()) {
                viewModel.select(at);
            }
        });
    }

    private void detail() {
        pairTitle.textProperty().bind(viewModel.titleProperty());
        pairSummary.textProperty().bind(viewModel.summaryProperty());
        titleA.textProperty().bind(viewModel.titleAProperty());
        titleB.textProperty().bind(viewModel.titleBProperty());
        clusterA.textProperty().bind(viewModel.clusterAProperty());
        clusterB.textProperty().bind(viewModel.clusterBProperty());
        valuesA.setItems(viewModel.valuesA());
        valuesB.setItems(viewModel.valuesB());
        valuesA.setFocusTraversable(false);
        valuesB.setFocusTraversable(false);
        var noSelection = viewModel.detailProperty().isNull().or(viewModel.busyProperty());
        matchButton.disableProperty().bind(noSelection);
        nonMatchButton.disableProperty().bind(noSelection);
        skipButton.disableProperty().bind(noSelection);
        similarButton.disableProperty().bind(noSelection);
        matchButton.setOnAction(e -> viewModel.decide(ReviewAnswer.MATCH));
        nonMatchButton.setOnAction(e -> viewModel.decide(ReviewAnswer.NON_MATCH));
        skipButton.setOnAction(e -> viewModel.decide(ReviewAnswer.SKIP));
        similarButton.setOnAction(e -> viewModel.previewSimilar());
        viewModel.previewProperty().addListener((obs, old, preview) -> {
            if (preview != null) {
                showPreview(preview);
            } else if (modal.showing() && modal.content() != null && "review-preview".equals(modal.content().getId())) {
                modal.hide();
            }
        });

        fieldsTable.setItems(viewModel.fields());
        text(fieldColumn, FieldRow::field);
        text(valueAColumn, FieldRow::valueA);
        text(valueBColumn, FieldRow::valueB);
        text(similarityColumn, FieldRow::similarityText);
        text(levelColumn, FieldRow::level);
        text(fieldWeightColumn, FieldRow::weightText);
        fieldsTable.setRowFactory(table -> new TableRow<>() {
            @Override
            protected void updateItem(FieldRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().removeAll("field-same", "field-similar", "field-different", "field-missing");
                if (!empty && row != null) {
                    getStyleClass().add(row.styleClass());
                }
            }
        });
        fieldsTable.setFocusTraversable(false);
        fieldsTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        verdict.textProperty().bind(viewModel.verdictProperty());
        rationale.textProperty().bind(viewModel.rationaleProperty());
        rationale.visibleProperty().bind(viewModel.rationaleProperty().isNotEmpty());
        rationale.managedProperty().bind(rationale.visibleProperty());
        verdictBox.visibleProperty().bind(viewModel.verdictProperty().isNotEmpty());
        verdictBox.managedProperty().bind(verdictBox.visibleProperty());

        waterfallTable.setItems(viewModel.waterfall());
        text(stepComparisonColumn, WaterfallRow::comparison);
        text(stepLevelColumn, WaterfallRow::level);
        text(stepWeightColumn, WaterfallRow::weightText);
        stepBarColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        stepBarColumn.setCellFactory(c -> new WaterfallBarCell());
        waterfallTable.setFocusTraversable(false);
        waterfallTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        notes.textProperty().bind(viewModel.notesProperty());
        notes.visibleProperty().bind(viewModel.notesProperty().isNotEmpty());
        notes.managedProperty().bind(notes.visibleProperty());

        historyList.setItems(viewModel.history());
        historyList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(HistoryRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : row.text());
            }
        });
        historyList.setPlaceholder(new Label("No decisions yet"));
        historyList.setFocusTraversable(false);
    }

    /** The screen's keys; they act only while no dialog is open. */
    private void key(KeyEvent event) {
        javafx.scene.Node focus = root.getScene() == null ? null : root.getScene().getFocusOwner();
        if (modal.showing() || focus instanceof javafx.scene.control.TextInputControl) {
            return;
        }
        boolean here = false;
        for (javafx.scene.Node n = focus; n != null; n = n.getParent()) {
            here |= n == root;
        }
        if (KeyboardShortcut.UNDO.combination().match(event)) {
            viewModel.undo();
            event.consume();
            return;
        }
        if (event.isShortcutDown() || event.isAltDown()) {
            return;
        }
        KeyCode code = event.getCode();
        Runnable action = switch (code) {
            case M -> () -> viewModel.decide(ReviewAnswer.MATCH);
            case N -> () -> viewModel.decide(ReviewAnswer.NON_MATCH);
            case S -> () -> viewModel.decide(ReviewAnswer.SKIP);
            case J -> viewModel::next;
            case K -> viewModel::previous;
            case DOWN -> here ? viewModel::next : null;
            case UP -> here ? viewModel::previous : null;
            default -> null;
        };
        if (action != null) {
            action.run();
            event.consume();
        }
    }

    /** The bulk preview: which pairs, how many, and the answer to give them all, or cancel. */
    private void showPreview(FindSimilarPairs.Preview preview) {
        Label heading = new Label("Apply one answer to " + preview.similar().size()
                + (preview.similar().size() == 1 ? " pair" : " similar pairs") + "?");
        heading.getStyleClass().add("title-4");
        Label pattern = new Label("Same level on every compared field as " + preview.of().a() + " ↔ " + preview.of().b()
                + ": " + preview.pattern().describe());
        pattern.setWrapText(true);
        pattern.getStyleClass().add("text-muted");
        ListView<String> pairs = new ListView<>();
        pairs.setId("previewPairs");
        pairs.getItems().setAll(viewModel.previewLines());
        pairs.setPrefHeight(Math.min(300, 28 * pairs.getItems().size() + 8));
        Button match = new Button("Match all " + preview.similar().size());
        match.setId("previewMatch");
        match.getStyleClass().add("success");
        match.setOnAction(e -> close(() -> viewModel.applyToSimilar(ReviewAnswer.MATCH)));
        Button nonMatch = new Button("Not a match, all " + preview.similar().size());
        nonMatch.setId("previewNonMatch");
        nonMatch.getStyleClass().add("danger");
        nonMatch.setOnAction(e -> close(() -> viewModel.applyToSimilar(ReviewAnswer.NON_MATCH)));
        Button cancel = new Button("Cancel");
        cancel.setId("previewCancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> close(viewModel::cancelPreview));
        Region gap = new Region();
        HBox.setHgrow(gap, javafx.scene.layout.Priority.ALWAYS);
        HBox buttons = new HBox(8, gap, cancel, nonMatch, match);
        Label undo = new Label("One Ctrl+Z takes the whole bulk decision back.");
        undo.getStyleClass().addAll("text-small", "text-muted");
        VBox content = new VBox(heading, pattern, pairs, undo, buttons);
        content.setId("review-preview");
        content.getStyleClass().add("review-preview");
        modal.show(content, true);
    }

    private void close(Runnable then) {
        modal.hide();
        then.run();
    }

    private static void message(Message message, ReadOnlyStringProperty text) {
        message.descriptionProperty().bind(text);
        message.visibleProperty().bind(text.isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
    }

    private static <R> void text(TableColumn<R, String> column, Function<R, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
    }

    @Override
    public void shown() {
        viewModel.shown();
        // After the navigation click has settled, so that M / N / S reach this screen straight away.
        Platform.runLater(queueList::requestFocus);
    }

    @Override
    public void refresh() {
        viewModel.refresh();
    }
}
