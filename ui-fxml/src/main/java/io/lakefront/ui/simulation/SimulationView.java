package io.lakefront.ui.simulation;

import atlantafx.base.controls.Message;
import atlantafx.base.theme.Styles;
import io.lakefront.domain.decision.Outcome;
import io.lakefront.ui.common.Badge;
import io.lakefront.ui.common.TableColumns;
import io.lakefront.ui.common.EmptyState;
import io.lakefront.ui.common.EmptyStateText;
import io.lakefront.ui.shell.Navigator;
import io.lakefront.ui.shell.ScreenController;
import io.lakefront.ui.simulation.SimulationRows.Bar;
import io.lakefront.ui.simulation.SimulationRows.CompetitorRow;
import io.lakefront.ui.simulation.SimulationRows.Fact;
import io.lakefront.ui.simulation.SimulationRows.FunnelStep;
import io.lakefront.ui.simulation.SimulationRows.OtherDecision;
import io.lakefront.ui.simulation.SimulationRows.OutcomeFilter;
import io.lakefront.ui.simulation.SimulationRows.ReasonGroup;
import io.lakefront.ui.simulation.SimulationRows.ResultRow;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The Simulation screen: campaign, sample size and Simulate (Ctrl+Enter) on top, with progress and Cancel
 * while it runs; then the summary (funnel, sends by message, channel and local hour, what held people
 * back), the results table with outcome filters and a search, and the Reasoning panel for the selected
 * customer. All state lives in {@link SimulationViewModel}; this class only lays it out.
 */
public final class SimulationView implements ScreenController {
    private static final double HOUR_WIDTH = 6;
    private static final double HOUR_GAP = 2;
    private static final double HOUR_HEIGHT = 66;
    private static final KeyCombination SIMULATE = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);

    private final SimulationViewModel viewModel;
    private final Navigator navigator;
    private final ToggleGroup filterGroup = new ToggleGroup();
    /** Held so that the spinner's two-way binding is not collected. */
    private ObjectProperty<Integer> sampleValue;

    @FXML private StackPane root;
    @FXML private EmptyState emptyState;
    @FXML private VBox contentPane;
    @FXML private ComboBox<SimulationCampaign> campaignBox;
    @FXML private Spinner<Integer> sampleSpinner;
    @FXML private Button simulateButton;
    @FXML private ProgressBar progressBar;
    @FXML private Label progressLabel;
    @FXML private Button cancelButton;
    @FXML private Label draftNote;
    @FXML private Message problem;
    @FXML private Message notice;
    @FXML private EmptyState placeholderState;
    @FXML private VBox resultsPane;
    @FXML private Label resultTitle;
    @FXML private HBox summaryBox;
    @FXML private HBox filterBox;
    @FXML private TextField searchField;
    @FXML private TableView<ResultRow> resultsTable;
    @FXML private ScrollPane reasoningScroll;
    @FXML private VBox reasoningBox;

    public SimulationView(SimulationViewModel viewModel, Navigator navigator) {
        this.viewModel = viewModel;
        this.navigator = navigator;
    }

    @FXML
    private void initialize() {
        emptyState.show(viewModel.noCampaignsState(), navigator);
        emptyState.visibleProperty().bind(viewModel.noCampaignsProperty());
        contentPane.visibleProperty().bind(viewModel.loadedProperty().and(viewModel.noCampaignsProperty().not()));
        topBar();
        messages();
        placeholder();
        summary();
        table();
        reasoning();
        // On the scene while this screen shows, so that Ctrl+Enter works wherever the focus is (the sidebar too).
        javafx.event.EventHandler<KeyEvent> simulateKey = event -> {
            if (SIMULATE.match(event)) {
                viewModel.simulate();
                event.consume();
            }
        };
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.removeEventFilter(KeyEvent.KEY_PRESSED, simulateKey);
            }
            if (scene != null) {
                scene.addEventFilter(KeyEvent.KEY_PRESSED, simulateKey);
            }
        });
    }

    private void topBar() {
        campaignBox.setItems(viewModel.campaigns());
        campaignBox.valueProperty().bindBidirectional(viewModel.campaignProperty());
        campaignBox.setConverter(new StringConverter<>() {
            @Override public String toString(SimulationCampaign c) { return SimulationViewModel.campaignLabel(c); }
            @Override public SimulationCampaign fromString(String s) { return null; }
        });
        campaignBox.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(SimulationCampaign c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : SimulationViewModel.campaignLabel(c));
                setTooltip(empty || c == null || c.audience().isBlank() ? null : new Tooltip("Audience: " + c.audience()));
            }
        });
        SpinnerValueFactory.IntegerSpinnerValueFactory sizes = new SpinnerValueFactory.IntegerSpinnerValueFactory(
                SimulationViewModel.MIN_SAMPLE, SimulationViewModel.MAX_SAMPLE, viewModel.sampleSizeProperty().get(), 100);
        sampleSpinner.setValueFactory(sizes);
        sampleValue = viewModel.sampleSizeProperty().asObject();
        sizes.valueProperty().bindBidirectional(sampleValue);
        // Typed digits count at once, without Enter (which simulates) or leaving the box.
        sampleSpinner.getEditor().textProperty().addListener((obs, old, typed) -> {
            try {
                int value = Integer.parseInt(typed.strip().replace(",", ""));
                if (value >= SimulationViewModel.MIN_SAMPLE && value <= SimulationViewModel.MAX_SAMPLE) {
                    sizes.setValue(value);
                }
            } catch (NumberFormatException notYet) {
                // Half-typed: the last valid value stays.
            }
        });
        sampleSpinner.setTooltip(new Tooltip("How many of the campaign's qualified customers to decide for (1 to 100,000); "
                + "small segments are sampled so that they show up."));
        simulateButton.setOnAction(e -> viewModel.simulate());
        simulateButton.disableProperty().bind(viewModel.runningProperty().or(viewModel.campaignProperty().isNull()));
        simulateButton.setTooltip(new Tooltip("Simulate (Ctrl+Enter)"));
        progressBar.progressProperty().bind(viewModel.progressProperty());
        progressLabel.textProperty().bind(viewModel.progressTextProperty());
        for (Node node : List.of(progressBar, progressLabel, cancelButton)) {
            node.visibleProperty().bind(viewModel.runningProperty());
            node.managedProperty().bind(node.visibleProperty());
        }
        cancelButton.setOnAction(e -> viewModel.cancel());
        draftNote.textProperty().bind(viewModel.draftNoteProperty());
        draftNote.visibleProperty().bind(viewModel.draftNoteProperty().isNotEmpty());
        draftNote.managedProperty().bind(draftNote.visibleProperty());
    }

    private void messages() {
        message(problem, viewModel.problemProperty());
        message(notice, viewModel.noticeProperty());
    }

    private static void message(Message message, ReadOnlyStringProperty text) {
        message.descriptionProperty().bind(text);
        message.visibleProperty().bind(text.isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
    }

    private void placeholder() {
        placeholderState.visibleProperty().bind(viewModel.placeholderProperty().isNotNull());
        resultsPane.visibleProperty().bind(viewModel.placeholderProperty().isNull());
        showPlaceholder(viewModel.placeholderProperty().get());
        viewModel.placeholderProperty().addListener((obs, old, text) -> showPlaceholder(text));
        resultTitle.textProperty().bind(viewModel.resultTitleProperty());
    }

    private void showPlaceholder(EmptyStateText text) {
        if (text != null) {
            placeholderState.show(text, navigator);
        }
    }

    // ---- summary ----

    private void summary() {
        VBox funnel = card("Funnel: sample · whole audience", "funnelCard");
        VBox messages = card("Sends by message", "messagesCard");
        VBox channels = card("Sends by channel", "channelsCard");
        VBox hours = card("Sends by local hour", "hoursCard");
        VBox reasons = card("What kept people from a send", "reasonsCard");
        for (VBox whole : List.of(funnel, channels, hours)) {
            whole.setMinWidth(Region.USE_PREF_SIZE);
        }
        messages.setMinWidth(150);
        reasons.setMinWidth(180);
        HBox.setHgrow(messages, Priority.ALWAYS);
        HBox.setHgrow(reasons, Priority.ALWAYS);
        summaryBox.setMinWidth(0);
        summaryBox.getChildren().setAll(funnel, messages, channels, hours, reasons);
        viewModel.funnel().addListener((ListChangeListener<FunnelStep>) c -> showFunnel(funnel));
        viewModel.byMessage().addListener((ListChangeListener<Bar>) c -> showBars(messages, viewModel.byMessage(), "No sends"));
        viewModel.byChannel().addListener((ListChangeListener<Bar>) c -> showBars(channels, viewModel.byChannel(), "No sends"));
        viewModel.byHour().addListener((ListChangeListener<Bar>) c -> showHours(hours));
        viewModel.topReasons().addListener((ListChangeListener<Bar>) c ->
                showBars(reasons, viewModel.topReasons(), "Everyone sampled gets a message"));
    }

    private static VBox card(String title, String id) {
        Label heading = new Label(title);
        heading.getStyleClass().addAll("sim-card-title", Styles.TEXT_SMALL);
        VBox card = new VBox(heading);
        card.getStyleClass().add("sim-card");
        card.setId(id);
        return card;
    }

    private static void clearCard(VBox card) {
        card.getChildren().remove(1, card.getChildren().size());
    }

    private void showFunnel(VBox card) {
        clearCard(card);
        GridPane grid = grid();
        int r = 0;
        for (FunnelStep step : viewModel.funnel()) {
            Label label = fixed(new Label(step.label()));
            ProgressBar bar = bar(step.share(), step.outcome());
            Label sample = fixed(new Label(step.sample()));
            sample.getStyleClass().add(Styles.TEXT_BOLD);
            Label estimated = fixed(small(step.estimated()));
            grid.addRow(r++, label, bar, sample, estimated);
        }
        grid.setId("funnel");
        card.getChildren().add(grid);
    }

    private static void showBars(VBox card, List<Bar> bars, String none) {
        clearCard(card);
        if (bars.isEmpty()) {
            card.getChildren().add(small(none));
            return;
        }
        GridPane grid = grid();
        int r = 0;
        for (Bar b : bars) {
            Label label = new Label(b.label());
            label.setMinWidth(Math.min(label.prefWidth(-1), 90));
            label.setMaxWidth(230);
            label.setTooltip(new Tooltip(b.label()));
            Label count = fixed(new Label(String.valueOf(b.count())));
            count.getStyleClass().add(Styles.TEXT_BOLD);
            grid.addRow(r++, label, bar(b.share(), null), count);
        }
        card.getChildren().add(grid);
    }

    /** 24 columns, one for each local hour, as tall as its share of the busiest hour. */
    private void showHours(VBox card) {
        clearCard(card);
        HBox columns = new HBox(HOUR_GAP);
        columns.setAlignment(Pos.BOTTOM_LEFT);
        columns.setId("hourBars");
        columns.setMinHeight(HOUR_HEIGHT);
        HBox ticks = new HBox();
        for (Bar hour : viewModel.byHour()) {
            Region bar = new Region();
            bar.getStyleClass().add("sim-hour-bar");
            bar.setMinSize(HOUR_WIDTH, Math.max(1, hour.share() * HOUR_HEIGHT));
            bar.setMaxSize(HOUR_WIDTH, Math.max(1, hour.share() * HOUR_HEIGHT));
            bar.setOpacity(hour.count() == 0 ? 0.2 : 1);
            Tooltip.install(bar, new Tooltip(hour.label() + ":00 local — " + hour.count() + " send(s)"));
            columns.getChildren().add(bar);
            if (Integer.parseInt(hour.label()) % 6 == 0) {
                Label tick = small(hour.label() + ":00");
                tick.setMinWidth(6 * (HOUR_WIDTH + HOUR_GAP));
                tick.setMaxWidth(6 * (HOUR_WIDTH + HOUR_GAP));
                ticks.getChildren().add(tick);
            }
        }
        card.getChildren().addAll(columns, ticks);
    }

    /** A label that keeps its whole text (numbers, short names) rather than shrink to "…". */
    private static Label fixed(Label label) {
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(3);
        return grid;
    }

    private static ProgressBar bar(double share, Outcome outcome) {
        ProgressBar bar = new ProgressBar(Math.max(0, Math.min(1, share)));
        bar.getStyleClass().add("sim-bar");
        if (outcome != null) {
            bar.getStyleClass().add("sim-bar-" + outcome.code());
        }
        bar.setPrefWidth(60);
        return bar;
    }

    private static Label small(String text) {
        Label label = new Label(text);
        label.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        return label;
    }

    // ---- table ----

    private void table() {
        viewModel.filters().addListener((ListChangeListener<OutcomeFilter>) c -> showFilters());
        filterGroup.selectedToggleProperty().addListener((obs, old, toggle) -> {
            if (toggle == null) {
                // One filter is always on: clicking the chosen one again keeps it.
                if (old != null) {
                    filterGroup.selectToggle(old);
                }
                return;
            }
            viewModel.outcomeFilterProperty().set((Outcome) toggle.getUserData());
        });
        searchField.textProperty().bindBidirectional(viewModel.searchProperty());
        searchField.setOnAction(e -> {
            // Enter in the search goes to the results, not to Simulate.
            resultsTable.requestFocus();
            if (resultsTable.getSelectionModel().isEmpty() && !resultsTable.getItems().isEmpty()) {
                resultsTable.getSelectionModel().select(0);
            }
            e.consume();
        });

        resultsTable.setItems(viewModel.rows());
        // The columns' own minimums must not widen the page: the table scrolls sideways instead.
        resultsTable.setMinWidth(240);
        ((javafx.scene.layout.Region) resultsTable.getParent()).setMinWidth(240);
        resultsTable.setPlaceholder(new Label("No customer matches this filter and search."));
        // Unconstrained: the columns keep their widths and the table scrolls sideways to the reason, which the
        // Reasoning panel shows in full anyway.
        resultsTable.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        resultsTable.getColumns().setAll(List.of(
                column("Customer", ResultRow::customerId, 104),
                column("Name", ResultRow::name, 90),
                TableColumns.tags("Outcome", ResultRow::outcomeText, r -> OutcomeWords.tone(r.outcome()), 98),
                column("Message", ResultRow::message, 150),
                column("Channel", ResultRow::channel, 66),
                column("Local send time", ResultRow::sendTime, 270),
                column("Reason", ResultRow::headline, 360)));
        resultsTable.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null) {
                viewModel.selectedProperty().set(row);
            }
        });
        viewModel.selectedProperty().addListener((obs, old, row) -> {
            if (row != null && resultsTable.getSelectionModel().getSelectedItem() != row) {
                resultsTable.getSelectionModel().select(row);
                resultsTable.scrollTo(row);
            }
        });
        resultsTable.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER && !event.isShortcutDown()) {
                // Enter shows the focused customer's reasoning (and does not simulate again).
                int focused = resultsTable.getFocusModel().getFocusedIndex();
                if (focused >= 0) {
                    resultsTable.getSelectionModel().select(focused);
                }
                reasoningScroll.setVvalue(0);
                event.consume();
            }
        });
    }

    private static TableColumn<ResultRow, String> column(String title, Function<ResultRow, String> value, double width) {
        return TableColumns.text(title, value, width);
    }

    private void showFilters() {
        filterBox.getChildren().clear();
        Outcome current = viewModel.outcomeFilterProperty().get();
        ToggleButton chosen = null;
        for (OutcomeFilter f : viewModel.filters()) {
            ToggleButton button = new ToggleButton(f.label());
            button.setUserData(f.outcome());
            button.setToggleGroup(filterGroup);
            button.setId("filter-" + (f.outcome() == null ? "all" : f.outcome().code()));
            button.setFocusTraversable(true);
            if (filterBox.getChildren().isEmpty()) {
                button.getStyleClass().add(Styles.LEFT_PILL);
            } else if (f == viewModel.filters().get(viewModel.filters().size() - 1)) {
                button.getStyleClass().add(Styles.RIGHT_PILL);
            } else {
                button.getStyleClass().add(Styles.CENTER_PILL);
            }
            if (f.outcome() == current) {
                chosen = button;
            }
            filterBox.getChildren().add(button);
        }
        if (chosen != null) {
            filterGroup.selectToggle(chosen);
        }
    }

    // ---- reasoning ----

    private void reasoning() {
        viewModel.selectedProperty().addListener((obs, old, row) -> showReasoning(row));
        showReasoning(null);
    }

    private void showReasoning(ResultRow row) {
        reasoningBox.getChildren().clear();
        Label heading = new Label("Reasoning");
        heading.getStyleClass().add(Styles.TITLE_4);
        reasoningBox.getChildren().add(heading);
        if (row == null) {
            Label none = new Label("Select a customer in the table (arrows move, Enter shows) to see why the engine "
                    + "decided as it did.");
            none.setWrapText(true);
            none.getStyleClass().add(Styles.TEXT_MUTED);
            reasoningBox.getChildren().add(none);
            return;
        }
        Label who = new Label(viewModel.reasoningTitleProperty().get());
        who.setId("reasoningTitle");
        who.getStyleClass().add(Styles.TEXT_BOLD);
        Badge outcome = new Badge(row.outcomeText(), OutcomeWords.tone(row.outcome()));
        HBox title = new HBox(8, who, outcome);
        title.setAlignment(Pos.CENTER_LEFT);
        Label headline = wrapped(viewModel.reasoningHeadlineProperty().get());
        headline.getStyleClass().add(Styles.TEXT_MUTED);
        reasoningBox.getChildren().addAll(title, headline);

        GridPane facts = grid();
        facts.setId("reasoningWho");
        int r = 0;
        for (Fact fact : viewModel.who()) {
            Label caption = small(fact.caption());
            caption.setMinWidth(Region.USE_PREF_SIZE);
            facts.addRow(r++, caption, wrapped(fact.value()));
        }
        reasoningBox.getChildren().addAll(section("Who"), facts);

        VBox decision = new VBox(4);
        decision.setId("reasoningGroups");
        for (ReasonGroup group : viewModel.reasonGroups()) {
            Label groupHeading = new Label(group.heading());
            groupHeading.getStyleClass().add("reasoning-heading");
            decision.getChildren().add(groupHeading);
            for (String sentence : group.sentences()) {
                Label line = wrapped("• " + sentence);
                line.getStyleClass().add("reasoning-sentence");
                decision.getChildren().add(line);
            }
        }
        reasoningBox.getChildren().addAll(section("Decision for '" + row.profile().decision().campaign() + "'"), decision);

        VBox competed = new VBox(3);
        competed.setId("reasoningCompetitors");
        if (viewModel.competitors().isEmpty()) {
            competed.getChildren().add(small("No other campaign competed: this one never became a candidate, or it was alone."));
        }
        for (CompetitorRow c : viewModel.competitors()) {
            Label line = new Label("'" + c.campaign() + "' · priority " + c.priority() + (c.simulated() ? " (this campaign)" : ""));
            if (c.simulated()) {
                line.getStyleClass().add(Styles.TEXT_BOLD);
            }
            competed.getChildren().add(line);
        }
        reasoningBox.getChildren().addAll(section("Campaigns that competed"), competed);

        VBox others = new VBox(4);
        others.setId("reasoningOthers");
        if (viewModel.others().isEmpty()) {
            others.getChildren().add(small("No other live campaign considered this customer."));
        }
        for (OtherDecision other : viewModel.others()) {
            Label name = new Label("'" + other.campaign() + "'");
            name.getStyleClass().add(Styles.TEXT_BOLD);
            HBox line = new HBox(6, new Badge(other.outcomeText(), OutcomeWords.tone(other.outcome())), name);
            line.setAlignment(Pos.CENTER_LEFT);
            Label why = wrapped(other.headline());
            why.getStyleClass().add("reasoning-sentence");
            others.getChildren().addAll(line, why);
        }
        reasoningBox.getChildren().addAll(section("The other campaigns for this customer"), others);
    }

    private static Label section(String text) {
        Label label = new Label(text.toUpperCase(Locale.ROOT));
        label.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED, Styles.TEXT_BOLD);
        label.setPadding(new javafx.geometry.Insets(8, 0, 0, 0));
        return label;
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    @Override
    public void shown() {
        viewModel.shown();
    }
}
