package io.lakefront.ui.activation;

import atlantafx.base.controls.Message;
import atlantafx.base.theme.Styles;
import io.lakefront.ui.activation.ActivationRows.Card;
import io.lakefront.ui.activation.ActivationRows.DecisionRow;
import io.lakefront.ui.activation.ActivationRows.OutboxRow;
import io.lakefront.ui.common.EmptyState;
import io.lakefront.ui.common.TableColumns;
import io.lakefront.ui.shell.Navigator;
import io.lakefront.ui.shell.ScreenController;
import io.lakefront.ui.simulation.OutcomeWords;
import java.util.List;
import java.util.function.Function;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.event.EventHandler;
import javafx.fxml.FXML;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * The Activation screen: the Infinity loop's counts as cards, the outbox and the latest decisions, with
 * Refresh (F5) and a read every five seconds while the screen is on the window. All state lives in
 * {@link ActivationViewModel}; this class lays it out and runs the timer.
 */
public final class ActivationView implements ScreenController {
    private final ActivationViewModel viewModel;
    private final Navigator navigator;
    private final Timeline timer;
    /** True while this screen is on a showing window: the timer runs only then. Held so it is not collected. */
    private ObservableValue<Boolean> onWindow;

    @FXML private StackPane root;
    @FXML private EmptyState emptyState;
    @FXML private VBox contentPane;
    @FXML private Label updatedLabel;
    @FXML private Button refreshButton;
    @FXML private Label notSent;
    @FXML private Message problem;
    @FXML private HBox summaryBox;
    @FXML private TableView<OutboxRow> outboxTable;
    @FXML private TableView<DecisionRow> decisionsTable;

    public ActivationView(ActivationViewModel viewModel, Navigator navigator) {
        this.viewModel = viewModel;
        this.navigator = navigator;
        this.timer = new Timeline(new KeyFrame(Duration.millis(ActivationViewModel.REFRESH_EVERY.toMillis()),
                e -> viewModel.tick()));
        timer.setCycleCount(Animation.INDEFINITE);
    }

    @FXML
    private void initialize() {
        emptyState.show(viewModel.emptyState(), navigator);
        emptyState.visibleProperty().bind(viewModel.loadedProperty().and(viewModel.nothingDecidedProperty()));
        contentPane.visibleProperty().bind(viewModel.loadedProperty().and(viewModel.nothingDecidedProperty().not()));
        updatedLabel.textProperty().bind(viewModel.updatedProperty());
        notSent.setText(ActivationViewModel.NOT_SENT);
        refreshButton.setOnAction(e -> viewModel.refresh());
        refreshButton.setTooltip(new Tooltip("Read again now (F5); the screen also reads every "
                + ActivationViewModel.REFRESH_EVERY.toSeconds() + " seconds while it shows"));
        problem.descriptionProperty().bind(viewModel.problemProperty());
        problem.visibleProperty().bind(viewModel.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        viewModel.cards().addListener((ListChangeListener<Card>) c -> showCards());
        showCards();
        outboxTable();
        decisionsTable();

        // F5 on the scene while this screen is on it; the timer runs only then too.
        EventHandler<KeyEvent> refreshKey = event -> {
            if (event.getCode() == KeyCode.F5) {
                viewModel.refresh();
                event.consume();
            }
        };
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.removeEventFilter(KeyEvent.KEY_PRESSED, refreshKey);
            }
            if (scene != null) {
                scene.addEventFilter(KeyEvent.KEY_PRESSED, refreshKey);
            }
        });
        onWindow = root.sceneProperty().flatMap(Scene::windowProperty).flatMap(Window::showingProperty).orElse(false);
        onWindow.addListener((obs, was, now) -> {
            if (now) {
                timer.play();
            } else {
                timer.stop();
                viewModel.hidden();
            }
        });
        if (onWindow.getValue()) {
            timer.play();
        }
    }

    private void showCards() {
        summaryBox.getChildren().clear();
        for (Card card : viewModel.cards()) {
            Label caption = new Label(card.caption());
            caption.getStyleClass().addAll("sim-card-title", Styles.TEXT_SMALL);
            Label value = new Label(card.value());
            value.getStyleClass().addAll(Styles.TITLE_3, "activation-card-value");
            value.setId(card.id() + "Value");
            Label detail = new Label(card.detail());
            detail.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            detail.setId(card.id() + "Detail");
            VBox box = new VBox(caption, value, detail);
            box.getStyleClass().add("sim-card");
            box.setId(card.id());
            box.setMinWidth(160);
            HBox.setHgrow(box, Priority.ALWAYS);
            box.setMaxWidth(Double.MAX_VALUE);
            summaryBox.getChildren().add(box);
        }
    }

    private void outboxTable() {
        outboxTable.setItems(viewModel.outbox());
        outboxTable.setPlaceholder(new Label("Nothing waits to be sent: the loop has not decided to send a message yet."));
        outboxTable.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        outboxTable.getColumns().setAll(List.of(
                column("Customer", OutboxRow::customer, 100),
                column("Campaign", OutboxRow::campaign, 156),
                column("Message", OutboxRow::theme, 190),
                column("Channel", OutboxRow::channel, 86),
                column("Variant", OutboxRow::variant, 80),
                column("Send at", OutboxRow::sendAt, 146),
                column("Decided at", OutboxRow::createdAt, 172),
                TableColumns.tags("Status", OutboxRow::status, OutboxRow::tone, 96)));
    }

    private void decisionsTable() {
        decisionsTable.setItems(viewModel.decisions());
        decisionsTable.setPlaceholder(new Label("No decision yet."));
        decisionsTable.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        decisionsTable.getColumns().setAll(List.of(
                column("Decided at", DecisionRow::decidedAt, 172),
                column("Customer", DecisionRow::customer, 100),
                column("Campaign", DecisionRow::campaign, 170),
                TableColumns.tags("Outcome", DecisionRow::outcomeText, r -> OutcomeWords.tone(r.outcome()), 98),
                column("Caused by", DecisionRow::cause, 140),
                column("Reason", DecisionRow::reason, 560)));
    }

    private static <R> TableColumn<R, String> column(String title, Function<R, String> value, double width) {
        return TableColumns.text(title, value, width);
    }

    @Override
    public void shown() {
        viewModel.shown();
    }

    @Override
    public void refresh() {
        viewModel.refresh();
    }
}
