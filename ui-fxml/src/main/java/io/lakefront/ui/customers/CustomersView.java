package io.lakefront.ui.customers;

import atlantafx.base.controls.Message;
import io.lakefront.ui.common.EmptyState;
import io.lakefront.ui.shell.KeyboardShortcut;
import io.lakefront.ui.shell.ModalHost;
import io.lakefront.ui.shell.Navigator;
import io.lakefront.ui.shell.ScreenController;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.event.EventHandler;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Customers screen (Customer 360): the search box and results on the left, the opened customer
 * on the right. Ctrl+F focuses the search; ↓ / ↑ walk the results (from the search box too), Enter or
 * a click opens one. "Split out…" asks for a reason, then for confirmation, before anything is recorded.
 */
public final class CustomersView implements ScreenController {
    private final CustomersViewModel viewModel;
    private final Navigator navigator;
    private final ModalHost modal;

    @FXML private VBox root;
    @FXML private TextField searchField;
    @FXML private ProgressIndicator searchProgress;
    @FXML private Label resultsText;
    @FXML private Button refreshButton;
    @FXML private Message problem;
    @FXML private HBox noticeRow;
    @FXML private Message notice;
    @FXML private Button runResolutionButton;
    @FXML private VBox emptyPane;
    @FXML private EmptyState emptyState;
    @FXML private SplitPane customersSplit;
    @FXML private ListView<ResultRow> resultsList;
    @FXML private VBox noProfilePane;
    @FXML private Label noProfileText;
    @FXML private ScrollPane profileScroll;
    @FXML private Label profileTitle;
    @FXML private Label profileSubtitle;
    @FXML private ProgressIndicator profileProgress;
    @FXML private Label maskedNote;
    @FXML private FlowPane metricsPane;
    @FXML private Label metricsNote;
    @FXML private Label spendNote;
    @FXML private BarChart<String, Number> spendChart;
    @FXML private BarChart<String, Number> engagementChart;
    @FXML private Label lineageNote;
    @FXML private TableView<ProfileFieldRow> fieldsTable;
    @FXML private TableColumn<ProfileFieldRow, String> fieldColumn;
    @FXML private TableColumn<ProfileFieldRow, String> valueColumn;
    @FXML private TableColumn<ProfileFieldRow, String> sourceColumn;
    @FXML private TableColumn<ProfileFieldRow, String> recordColumn;
    @FXML private TableColumn<ProfileFieldRow, String> ruleColumn;
    @FXML private Label fieldDetail;
    @FXML private Button splitButton;
    @FXML private TableView<MemberRecordRow> membersTable;
    @FXML private TableColumn<MemberRecordRow, String> memberSourceColumn;
    @FXML private TableColumn<MemberRecordRow, String> memberRecordColumn;
    @FXML private TableColumn<MemberRecordRow, String> memberNameColumn;
    @FXML private TableColumn<MemberRecordRow, String> memberEmailColumn;
    @FXML private TableColumn<MemberRecordRow, String> memberPhoneColumn;
    @FXML private TableColumn<MemberRecordRow, String> memberPlaceColumn;
    @FXML private ListView<String> historyList;
    @FXML private Label timelineNote;
    @FXML private ListView<TimelineRow> timelineList;

    public CustomersView(CustomersViewModel viewModel, Navigator navigator, ModalHost modal) {
        this.viewModel = viewModel;
        this.navigator = navigator;
        this.modal = modal;
    }

    @FXML
    private void initialize() {
        emptyState.show(viewModel.emptyState(), navigator);
        emptyPane.visibleProperty().bind(viewModel.noCustomersProperty());
        customersSplit.visibleProperty().bind(viewModel.loadedProperty().and(viewModel.noCustomersProperty().not()));
        searchField.textProperty().bindBidirectional(viewModel.queryProperty());
        searchProgress.visibleProperty().bind(viewModel.searchingProperty());
        resultsText.textProperty().bind(viewModel.resultsTextProperty());
        refreshButton.setOnAction(e -> viewModel.refresh());
        message(problem, viewModel.problemProperty());
        message(notice, viewModel.noticeProperty());
        noticeRow.visibleProperty().bind(notice.visibleProperty());
        noticeRow.managedProperty().bind(noticeRow.visibleProperty());
        runResolutionButton.visibleProperty().bind(viewModel.resolutionOfferedProperty());
        runResolutionButton.managedProperty().bind(runResolutionButton.visibleProperty());
        runResolutionButton.disableProperty().bind(viewModel.resolvingProperty());
        runResolutionButton.setOnAction(e -> viewModel.runResolution());
        results();
        profile();
        keys();
    }

    private void results() {
        resultsList.setItems(viewModel.results());
        resultsList.setPlaceholder(new Label("No customer matches"));
        resultsList.setCellFactory(list -> new ListCell<>() {
            private final Label name = new Label();
            private final Label contact = new Label();
            private final Label place = new Label();
            private final VBox box = new VBox(1, name, contact, place);

            {
                name.getStyleClass().add("text-bold");
                contact.getStyleClass().add("text-small");
                place.getStyleClass().addAll("text-small", "text-muted");
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(ResultRow row, boolean empty) {
                super.updateItem(row, empty);
                if (empty || row == null) {
                    setGraphic(null);
                    return;
                }
                name.setText(row.name());
                contact.setText(row.contact().isEmpty() ? "—" : row.contact());
                place.setText(row.place() + (row.matched().isEmpty() ? "" : " · " + row.matched()));
                setGraphic(box);
            }
        });
        viewModel.highlightedProperty().addListener((obs, old, index) -> {
            int at = index.intValue();
            if (at < 0) {
                resultsList.getSelectionModel().clearSelection();
            } else if (resultsList.getSelectionModel().getSelectedIndex() != at) {
                resultsList.getSelectionModel().select(at);
                resultsList.scrollTo(Math.max(0, at - 3));
            }
        });
        resultsList.getSelectionModel().selectedIndexProperty().addListener((obs, old, index) -> {
            if (index.intValue() >= 0 && index.intValue() != viewModel.highlightedProperty().get()) {
                viewModel.highlight(index.intValue());
            }
        });
        resultsList.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && resultsList.getSelectionModel().getSelectedIndex() >= 0) {
                viewModel.highlight(resultsList.getSelectionModel().getSelectedIndex());
                viewModel.openHighlighted();
            }
        });
    }

    private void profile() {
        var noProfile = viewModel.profileProperty().isNull();
        noProfilePane.visibleProperty().bind(noProfile);
        profileScroll.visibleProperty().bind(noProfile.not());
        noProfileText.setText(CustomersViewModel.NO_PROFILE);
        profileTitle.textProperty().bind(viewModel.titleProperty());
        profileSubtitle.textProperty().bind(viewModel.subtitleProperty());
        profileProgress.visibleProperty().bind(viewModel.profileLoadingProperty().or(viewModel.busyProperty()));
        shown(maskedNote, viewModel.maskedNoteProperty());
        shown(metricsNote, viewModel.metricsNoteProperty());
        shown(lineageNote, viewModel.lineageNoteProperty());
        timelineNote.textProperty().bind(viewModel.timelineNoteProperty());
        spendNote.textProperty().bind(viewModel.spendNoteProperty());
        viewModel.metrics().addListener((ListChangeListener<MetricRow>) change -> showMetrics());
        metricsPane.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(viewModel.metrics()));
        metricsPane.managedProperty().bind(metricsPane.visibleProperty());
        viewModel.spendBars().addListener((ListChangeListener<ChartBar>) change -> bars(spendChart, viewModel.spendBars()));
        viewModel.engagementBars().addListener((ListChangeListener<ChartBar>) change ->
                bars(engagementChart, viewModel.engagementBars()));

        fieldsTable.setItems(viewModel.fields());
        text(fieldColumn, ProfileFieldRow::label);
        text(valueColumn, ProfileFieldRow::value);
        text(sourceColumn, ProfileFieldRow::source);
        text(recordColumn, ProfileFieldRow::record);
        text(ruleColumn, ProfileFieldRow::rule);
        fieldsTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        fieldsTable.setRowFactory(table -> new TableRow<>() {
            @Override
            protected void updateItem(ProfileFieldRow row, boolean empty) {
                super.updateItem(row, empty);
                setTooltip(empty || row == null ? null : new Tooltip(row.detail()));
            }
        });
        fieldsTable.getSelectionModel().selectedIndexProperty().addListener((obs, old, index) ->
                viewModel.showFieldDetail(index.intValue()));
        fieldDetail.textProperty().bind(javafx.beans.binding.Bindings.when(viewModel.fieldDetailProperty().isEmpty())
                .then("Select a field to read which source record it came from and which rule chose it.")
                .otherwise(viewModel.fieldDetailProperty()));

        membersTable.setItems(viewModel.members());
        text(memberSourceColumn, MemberRecordRow::source);
        text(memberRecordColumn, MemberRecordRow::recordId);
        text(memberNameColumn, MemberRecordRow::name);
        text(memberEmailColumn, MemberRecordRow::email);
        text(memberPhoneColumn, MemberRecordRow::phone);
        text(memberPlaceColumn, MemberRecordRow::place);
        membersTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        membersTable.setPlaceholder(new Label("No member records in the latest run"));
        membersTable.setRowFactory(table -> new TableRow<>() {
            @Override
            protected void updateItem(MemberRecordRow row, boolean empty) {
                super.updateItem(row, empty);
                setTooltip(empty || row == null ? null : new Tooltip(row.allValues()));
            }
        });
        Runnable splitState = () -> {
            MemberRecordRow chosen = membersTable.getSelectionModel().getSelectedItem();
            splitButton.setVisible(viewModel.splitAllowed());
            splitButton.setDisable(!viewModel.maySplit(chosen) || viewModel.busyProperty().get());
        };
        membersTable.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> splitState.run());
        viewModel.profileProperty().addListener((obs, old, now) -> splitState.run());
        viewModel.busyProperty().addListener((obs, old, now) -> splitState.run());
        splitButton.managedProperty().bind(splitButton.visibleProperty());
        splitState.run();
        splitButton.setOnAction(e -> askReason(membersTable.getSelectionModel().getSelectedItem()));

        historyList.setItems(viewModel.history());
        historyList.setPlaceholder(new Label("No merges or splits: the rules alone made this customer."));
        historyList.setFocusTraversable(false);
        timelineList.setItems(viewModel.timeline());
        timelineList.setPlaceholder(new Label("Nothing on the timeline"));
        timelineList.setFocusTraversable(false);
        timelineList.setCellFactory(list -> new ListCell<>() {
            private final FontIcon icon = new FontIcon();
            private final Label when = new Label();
            private final Label what = new Label();
            private final Label detail = new Label();
            private final Label amount = new Label();
            private final Region gap = new Region();
            private final HBox box = new HBox(8, icon, when, what, detail, gap, amount);

            {
                when.getStyleClass().addAll("text-small", "text-muted");
                when.setMinWidth(Region.USE_PREF_SIZE);
                detail.getStyleClass().addAll("text-small", "text-muted");
                amount.getStyleClass().add("text-bold");
                HBox.setHgrow(gap, Priority.ALWAYS);
                box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(TimelineRow row, boolean empty) {
                super.updateItem(row, empty);
                if (empty || row == null) {
                    setGraphic(null);
                    return;
                }
                icon.getStyleClass().setAll("ikonli-font-icon", "timeline-" + row.kind().name().toLowerCase(java.util.Locale.ROOT));
                icon.setIconLiteral(row.icon());
                when.setText(row.when());
                what.setText(row.title());
                detail.setText(row.detail());
                amount.setText(row.amount());
                setGraphic(box);
            }
        });
    }

    private void showMetrics() {
        metricsPane.getChildren().clear();
        for (MetricRow row : viewModel.metrics()) {
            Label caption = new Label(row.caption());
            caption.getStyleClass().addAll("text-small", "text-muted");
            Label value = new Label(row.value());
            value.getStyleClass().add("text-bold");
            VBox chip = new VBox(caption, value);
            chip.getStyleClass().add("metric-chip");
            metricsPane.getChildren().add(chip);
        }
    }

    private static void bars(BarChart<String, Number> chart, java.util.List<ChartBar> bars) {
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        for (ChartBar bar : bars) {
            series.getData().add(new XYChart.Data<>(bar.label(), bar.value()));
        }
        chart.getData().setAll(java.util.List.of(series));
    }

    private void keys() {
        // Ctrl+F anywhere while this screen shows; arrows and Enter from the search box walk and open results.
        EventHandler<KeyEvent> find = event -> {
            if (KeyboardShortcut.CUSTOMERS_FIND.combination().match(event) && !modal.showing()) {
                searchField.requestFocus();
                searchField.selectAll();
                event.consume();
            }
        };
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.removeEventFilter(KeyEvent.KEY_PRESSED, find);
            }
            if (scene != null) {
                scene.addEventFilter(KeyEvent.KEY_PRESSED, find);
            }
        });
        EventHandler<KeyEvent> walk = event -> {
            switch (event.getCode()) {
                case DOWN -> viewModel.highlightNext();
                case UP -> viewModel.highlightPrevious();
                case ENTER -> viewModel.openHighlighted();
                default -> {
                    return;
                }
            }
            event.consume();
        };
        searchField.addEventFilter(KeyEvent.KEY_PRESSED, walk);
        resultsList.addEventFilter(KeyEvent.KEY_PRESSED, walk);
    }

    /** Step one: the reason. */
    private void askReason(MemberRecordRow member) {
        if (!viewModel.maySplit(member)) {
            return;
        }
        Label heading = new Label("Split " + member.key() + " out of " + viewModel.titleProperty().get() + "?");
        heading.getStyleClass().add("title-4");
        heading.setWrapText(true);
        Label what = new Label("The record gets a cannot-link to every other member. The customer changes at the next "
                + "resolution run: the record then becomes a customer of its own, unless the rules join it to someone else.");
        what.setWrapText(true);
        what.getStyleClass().add("text-muted");
        TextArea reason = new TextArea();
        reason.setId("splitReason");
        reason.setPromptText("Why is this record not the same person? (kept in the history)");
        reason.setPrefRowCount(3);
        reason.setWrapText(true);
        Button cancel = new Button("Cancel");
        cancel.setId("splitCancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> modal.hide());
        Button next = new Button("Split out…");
        next.setId("splitNext");
        next.getStyleClass().add("danger");
        next.disableProperty().bind(reason.textProperty().isEmpty());
        next.setOnAction(e -> confirm(member, reason.getText()));
        modal.show(dialog("customer-split", heading, what, reason, buttons(cancel, next)), true);
        Platform.runLater(reason::requestFocus);
    }

    /** Step two: the confirmation, naming what will be recorded. */
    private void confirm(MemberRecordRow member, String reason) {
        int others = viewModel.members().size() - 1;
        Label heading = new Label("Record the split?");
        heading.getStyleClass().add("title-4");
        Label what = new Label(member.key() + " will be kept apart from " + others + (others == 1 ? " other record" : " other records")
                + " of " + viewModel.titleProperty().get() + ", because: “" + reason.strip() + "”. This is audited; "
                + "withdrawing it later is a new decision.");
        what.setWrapText(true);
        Button back = new Button("Back");
        back.setId("splitBack");
        back.setCancelButton(true);
        back.setOnAction(e -> modal.hide());
        Button yes = new Button("Confirm split");
        yes.setId("splitConfirm");
        yes.getStyleClass().add("danger");
        yes.setDefaultButton(true);
        yes.setOnAction(e -> {
            modal.hide();
            viewModel.split(member, reason);
        });
        modal.show(dialog("customer-split-confirm", heading, what, buttons(back, yes)), true);
    }

    private static VBox dialog(String id, Node... children) {
        VBox content = new VBox(children);
        content.setId(id);
        content.getStyleClass().add("customer-split");
        return content;
    }

    private static HBox buttons(Button... buttons) {
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox row = new HBox(8, gap);
        row.getChildren().addAll(buttons);
        return row;
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

    private static <R> void text(TableColumn<R, String> column, Function<R, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
    }

    @Override
    public void shown() {
        viewModel.shown();
        Platform.runLater(searchField::requestFocus);
    }

    @Override
    public void refresh() {
        viewModel.refresh();
    }
}
