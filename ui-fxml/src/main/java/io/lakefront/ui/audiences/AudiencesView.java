package io.lakefront.ui.audiences;

import atlantafx.base.controls.Message;
import io.lakefront.domain.audience.Interpretation;
import io.lakefront.ui.common.EmptyState;
import io.lakefront.ui.shell.KeyboardShortcut;
import io.lakefront.ui.shell.ModalHost;
import io.lakefront.ui.shell.Navigator;
import io.lakefront.ui.shell.ScreenController;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.ListChangeListener;
import javafx.event.EventHandler;
import javafx.fxml.FXML;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The Audiences screen: the description box on top (Enter applies, Esc clears, Ctrl+S saves, the
 * Refine toggle makes words change the audience applied last), the conditions as chips beside their
 * words (× removes one; a click on a simple one edits its value), the live count with the suppressed
 * apart, the insights below, and on the right the suppression rules, the saved audiences and a comparison.
 */
public final class AudiencesView implements ScreenController {
    private final AudiencesViewModel viewModel;
    private final Navigator navigator;
    private final ModalHost modal;

    @FXML private StackPane root;
    @FXML private VBox emptyPane;
    @FXML private EmptyState emptyState;
    @FXML private VBox contentPane;
    @FXML private TextField descriptionField;
    @FXML private ToggleButton refineToggle;
    @FXML private Button applyButton;
    @FXML private Button clearButton;
    @FXML private Button saveButton;
    @FXML private Label interpreterLabel;
    @FXML private Label refiningLabel;
    @FXML private Message problem;
    @FXML private Message notice;
    @FXML private Label countLabel;
    @FXML private ProgressIndicator countProgress;
    @FXML private Label suppressedLabel;
    @FXML private Label noAudienceLabel;
    @FXML private FlowPane chipsPane;
    @FXML private Label notUnderstoodLabel;
    @FXML private VBox questionBox;
    @FXML private Label questionLabel;
    @FXML private HBox choicesBox;
    @FXML private VBox insightsPane;
    @FXML private Label trendNote;
    @FXML private BarChart<String, Number> trendChart;
    @FXML private Label averageSpendLabel;
    @FXML private ProgressIndicator insightsProgress;
    @FXML private GridPane categoriesGrid;
    @FXML private GridPane churnGrid;
    @FXML private GridPane reachGrid;
    @FXML private VBox rulesBox;
    @FXML private ListView<AudienceRows.SavedRow> savedList;
    @FXML private Button openButton;
    @FXML private Button duplicateButton;
    @FXML private Button deleteButton;
    @FXML private ComboBox<String> compareA;
    @FXML private ComboBox<String> compareB;
    @FXML private Button compareButton;
    @FXML private Label comparisonTitle;
    @FXML private GridPane comparisonGrid;

    public AudiencesView(AudiencesViewModel viewModel, Navigator navigator, ModalHost modal) {
        this.viewModel = viewModel;
        this.navigator = navigator;
        this.modal = modal;
    }

    @FXML
    private void initialize() {
        emptyState.show(viewModel.emptyState(), navigator);
        emptyPane.visibleProperty().bind(viewModel.noCustomersProperty());
        contentPane.visibleProperty().bind(viewModel.loadedProperty().and(viewModel.noCustomersProperty().not()));
        // The box is hidden until the customers are counted (the index may be building): focus it once it shows,
        // so that Ctrl+6 and typing is all it takes.
        contentPane.visibleProperty().addListener((obs, was, visible) -> {
            if (visible) {
                Platform.runLater(descriptionField::requestFocus);
            }
        });
        describe();
        audience();
        insights();
        side();
        keys();
    }

    private void describe() {
        descriptionField.textProperty().bindBidirectional(viewModel.descriptionProperty());
        refineToggle.selectedProperty().bindBidirectional(viewModel.refineModeProperty());
        refineToggle.setTooltip(new Tooltip("On: what you type changes the audience applied last (“only those in Texas”). "
                + "Words such as only, exclude, without, but at the start refine too."));
        applyButton.setOnAction(e -> viewModel.apply());
        clearButton.setOnAction(e -> viewModel.clear());
        saveButton.setOnAction(e -> askName());
        saveButton.disableProperty().bind(viewModel.mayEditProperty().not());
        interpreterLabel.textProperty().bind(viewModel.interpreterProperty());
        shown(refiningLabel, viewModel.refiningTextProperty());
        message(problem, viewModel.problemProperty());
        message(notice, viewModel.noticeProperty());
    }

    private void audience() {
        countLabel.textProperty().bind(viewModel.countTextProperty());
        suppressedLabel.textProperty().bind(viewModel.suppressedTextProperty());
        countProgress.visibleProperty().bind(viewModel.countingProperty());
        noAudienceLabel.visibleProperty().bind(Bindings.isEmpty(viewModel.chips()).and(viewModel.questionProperty().isEmpty()));
        noAudienceLabel.managedProperty().bind(noAudienceLabel.visibleProperty());
        viewModel.chips().addListener((ListChangeListener<AudienceRows.Chip>) change -> showChips());
        shown(notUnderstoodLabel, viewModel.notUnderstoodProperty());
        questionLabel.textProperty().bind(viewModel.questionProperty());
        questionBox.visibleProperty().bind(viewModel.questionProperty().isNotEmpty());
        questionBox.managedProperty().bind(questionBox.visibleProperty());
        viewModel.choices().addListener((ListChangeListener<Interpretation.Choice>) change -> {
            choicesBox.getChildren().clear();
            for (Interpretation.Choice choice : viewModel.choices()) {
                Button button = new Button(choice.label());
                button.getStyleClass().add("button-outlined");
                button.setId("choice-" + choice.key());
                button.setOnAction(e -> {
                    viewModel.answer(choice);
                    descriptionField.requestFocus();
                    descriptionField.end();
                });
                choicesBox.getChildren().add(button);
            }
        });
    }

    /** One chip per condition: the words it came from, what it means (click to edit a simple one), and ×. */
    private void showChips() {
        chipsPane.getChildren().clear();
        for (AudienceRows.Chip chip : viewModel.chips()) {
            Label words = new Label(chip.words().isEmpty() ? "kept" : "“" + chip.words() + "”");
            words.getStyleClass().addAll("text-small", "text-muted");
            Label meaning = new Label(chip.description());
            meaning.getStyleClass().add("text-bold");
            Button remove = new Button("×");
            remove.getStyleClass().addAll("flat", "chip-remove");
            remove.setId("remove-chip-" + chip.index());
            remove.setTooltip(new Tooltip("Remove this condition"));
            remove.setOnAction(e -> viewModel.removeChip(chip.index()));
            HBox box = new HBox(6, words, meaning, remove);
            box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            box.getStyleClass().add("audience-chip");
            box.setId("chip-" + chip.index());
            if (chip.editable()) {
                meaning.setTooltip(new Tooltip("Click to change the value"));
                meaning.setOnMouseClicked(e -> editChip(box, meaning, chip));
            }
            chipsPane.getChildren().add(box);
        }
    }

    private void editChip(HBox box, Label meaning, AudienceRows.Chip chip) {
        TextField value = new TextField(chip.value());
        value.setId("chip-value-" + chip.index());
        value.setPrefColumnCount(Math.max(6, chip.value().length() + 2));
        value.setOnAction(e -> viewModel.editChip(chip.index(), value.getText()));
        value.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                box.getChildren().set(box.getChildren().indexOf(value), meaning);
                e.consume();
            }
        });
        box.getChildren().set(box.getChildren().indexOf(meaning), value);
        value.requestFocus();
        value.selectAll();
    }

    private void insights() {
        insightsPane.visibleProperty().bind(viewModel.hasInsightsProperty());
        insightsPane.managedProperty().bind(insightsPane.visibleProperty());
        insightsProgress.visibleProperty().bind(viewModel.insightsLoadingProperty());
        trendNote.textProperty().bind(viewModel.trendNoteProperty());
        averageSpendLabel.textProperty().bind(viewModel.averageSpendProperty());
        viewModel.trend().addListener((ListChangeListener<AudienceRows.TrendPoint>) change -> {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            for (AudienceRows.TrendPoint point : viewModel.trend()) {
                series.getData().add(new XYChart.Data<>(point.month(), point.size()));
            }
            trendChart.getData().setAll(List.of(series));
        });
        rows(categoriesGrid, viewModel.categories(), "No purchases in this audience");
        rows(churnGrid, viewModel.churnRisk(), "No churn risk computed yet");
        rows(reachGrid, viewModel.reachability(), "No consent recorded");
    }

    /** A grid of insight rows (label, value, small bar, note), rebuilt when the rows change. */
    private static void rows(GridPane grid, javafx.collections.ObservableList<AudienceRows.InsightRow> rows, String none) {
        rows.addListener((ListChangeListener<AudienceRows.InsightRow>) change -> {
            grid.getChildren().clear();
            if (rows.isEmpty()) {
                Label empty = new Label(none);
                empty.getStyleClass().addAll("text-small", "text-muted");
                grid.add(empty, 0, 0);
                return;
            }
            int r = 0;
            for (AudienceRows.InsightRow row : rows) {
                Label label = new Label(row.label());
                Label value = new Label(row.value());
                value.getStyleClass().add("text-bold");
                ProgressBar bar = new ProgressBar(Math.max(0, Math.min(1, row.share())));
                bar.setPrefWidth(70);
                bar.getStyleClass().add("small");
                Label note = new Label(row.note());
                note.getStyleClass().addAll("text-small", "text-muted");
                for (Label whole : List.of(label, value, note)) {
                    whole.setMinWidth(Region.USE_PREF_SIZE);
                }
                grid.addRow(r++, label, value, bar, note);
            }
        });
    }

    private void side() {
        viewModel.rules().addListener((ListChangeListener<AudienceRows.RuleRow>) change -> {
            rulesBox.getChildren().clear();
            for (AudienceRows.RuleRow rule : viewModel.rules()) {
                CheckBox box = new CheckBox(rule.name());
                box.setSelected(rule.enabled());
                box.setId("rule-" + rule.name().replace(' ', '-'));
                box.setTooltip(new Tooltip(rule.description()));
                box.setDisable(!viewModel.mayEditProperty().get());
                box.selectedProperty().addListener((obs, old, on) -> viewModel.enableRule(rule.name(), on));
                Region gap = new Region();
                HBox.setHgrow(gap, Priority.ALWAYS);
                Label taken = new Label(rule.suppressed());
                taken.getStyleClass().addAll("text-small", "text-muted");
                HBox row = new HBox(6, box, gap, taken);
                row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
                rulesBox.getChildren().add(row);
            }
        });
        savedList.setItems(viewModel.saved());
        savedList.setPlaceholder(new Label("No saved audiences yet: describe one, then Ctrl+S."));
        savedList.setCellFactory(list -> new ListCell<>() {
            private final Label name = new Label();
            private final Label words = new Label();
            private final VBox box = new VBox(1, name, words);

            {
                name.getStyleClass().add("text-bold");
                words.getStyleClass().addAll("text-small", "text-muted");
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(AudienceRows.SavedRow row, boolean empty) {
                super.updateItem(row, empty);
                if (empty || row == null) {
                    setGraphic(null);
                    return;
                }
                name.setText(row.name());
                words.setText(row.description());
                setGraphic(box);
            }
        });
        savedList.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && chosen() != null) {
                viewModel.open(chosen().name());
            }
        });
        var none = savedList.getSelectionModel().selectedItemProperty().isNull();
        openButton.disableProperty().bind(none);
        duplicateButton.disableProperty().bind(none.or(viewModel.mayEditProperty().not()));
        deleteButton.disableProperty().bind(none.or(viewModel.mayEditProperty().not()));
        openButton.setOnAction(e -> viewModel.open(chosen().name()));
        duplicateButton.setOnAction(e -> viewModel.duplicate(chosen().name()));
        deleteButton.setOnAction(e -> confirmDelete(chosen().name()));
        compareA.setItems(viewModel.compareChoices());
        compareB.setItems(viewModel.compareChoices());
        compareButton.disableProperty().bind(compareA.valueProperty().isNull().or(compareB.valueProperty().isNull()));
        compareButton.setOnAction(e -> viewModel.compare(compareA.getValue(), compareB.getValue()));
        shown(comparisonTitle, viewModel.comparisonTitleProperty());
        viewModel.comparison().addListener((ListChangeListener<AudienceRows.CompareRow>) change -> {
            comparisonGrid.getChildren().clear();
            int r = 0;
            for (AudienceRows.CompareRow row : viewModel.comparison()) {
                Label label = new Label(row.label());
                label.getStyleClass().addAll("text-small", "text-muted");
                comparisonGrid.addRow(r++, label, new Label(row.a()), new Label(row.b()));
            }
        });
    }

    private AudienceRows.SavedRow chosen() {
        return savedList.getSelectionModel().getSelectedItem();
    }

    /** Ctrl+S / Save…: asks for the name (the opened audience's, by default). */
    private void askName() {
        if (!viewModel.hasAudience() || !viewModel.mayEditProperty().get()) {
            viewModel.save(null);
            return;
        }
        Label heading = new Label("Save this audience");
        heading.getStyleClass().add("title-4");
        Label what = new Label("Lower-case letters, digits, '-' and '_'. It is kept in audiences/NAME.yaml with your words and "
                + "its conditions; the same name replaces the saved one.");
        what.setWrapText(true);
        what.getStyleClass().add("text-muted");
        TextField name = new TextField(viewModel.openNameProperty().get());
        name.setId("saveName");
        name.setPromptText("e.g. texas-vips");
        Button cancel = new Button("Cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> modal.hide());
        Button save = new Button("Save");
        save.setId("saveConfirm");
        save.getStyleClass().add("accent");
        save.setDefaultButton(true);
        save.disableProperty().bind(name.textProperty().isEmpty());
        save.setOnAction(e -> {
            modal.hide();
            viewModel.save(name.getText());
        });
        modal.show(dialog("audience-save", heading, what, name, buttons(cancel, save)), true);
        Platform.runLater(name::requestFocus);
    }

    private void confirmDelete(String name) {
        Label heading = new Label("Delete “" + name + "”?");
        heading.getStyleClass().add("title-4");
        Label what = new Label("Its file audiences/" + name + ".yaml is removed (audited). Campaigns that named it keep their text.");
        what.setWrapText(true);
        Button cancel = new Button("Cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> modal.hide());
        Button delete = new Button("Delete");
        delete.setId("deleteConfirm");
        delete.getStyleClass().add("danger");
        delete.setOnAction(e -> {
            modal.hide();
            viewModel.delete(name);
        });
        modal.show(dialog("audience-delete", heading, what, buttons(cancel, delete)), true);
    }

    private static VBox dialog(String id, javafx.scene.Node... children) {
        VBox content = new VBox(children);
        content.setId(id);
        content.getStyleClass().add("customer-split");
        content.setPrefWidth(460);
        return content;
    }

    private static HBox buttons(Button... buttons) {
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox row = new HBox(8, gap);
        row.getChildren().addAll(buttons);
        return row;
    }

    private void keys() {
        // Enter applies and Esc clears from the description box; Ctrl+S saves anywhere on this screen.
        descriptionField.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER) {
                viewModel.apply();
                // Selected, so that what is typed next ("only those in Texas") replaces the words applied.
                descriptionField.selectAll();
                event.consume();
            } else if (event.getCode() == KeyCode.ESCAPE) {
                viewModel.clear();
                event.consume();
            }
        });
        EventHandler<KeyEvent> save = event -> {
            if (KeyboardShortcut.SAVE.combination().match(event) && !modal.showing() && root.isVisible()) {
                askName();
                event.consume();
            }
        };
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.removeEventFilter(KeyEvent.KEY_PRESSED, save);
            }
            if (scene != null) {
                scene.addEventFilter(KeyEvent.KEY_PRESSED, save);
            }
        });
    }

    private static void message(Message message, ReadOnlyStringProperty text) {
        message.descriptionProperty().bind(text);
        message.visibleProperty().bind(text.isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
    }

    private static void shown(Label label, ReadOnlyStringProperty text) {
        label.textProperty().bind(text);
        label.visibleProperty().bind(text.isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }

    @Override
    public void shown() {
        viewModel.shown();
        Platform.runLater(descriptionField::requestFocus);
    }

    @Override
    public void refresh() {
        viewModel.refresh();
    }
}
