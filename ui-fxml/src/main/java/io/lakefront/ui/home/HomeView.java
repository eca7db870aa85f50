package io.lakefront.ui.home;

import atlantafx.base.controls.Card;
import atlantafx.base.controls.Message;
import atlantafx.base.theme.Styles;
import io.lakefront.ui.common.MetricTile;
import io.lakefront.ui.shell.Navigator;
import io.lakefront.ui.shell.Screen;
import io.lakefront.ui.shell.ScreenController;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** Home: metric tiles, a getting-started card for an empty workspace, and Refresh. */
public final class HomeView implements ScreenController {
    private final HomeViewModel viewModel;
    private final Navigator navigator;

    @FXML private TilePane tiles;
    @FXML private Card gettingStarted;
    @FXML private VBox steps;
    @FXML private Message problem;
    @FXML private Button refresh;

    public HomeView(HomeViewModel viewModel, Navigator navigator) {
        this.viewModel = viewModel;
        this.navigator = navigator;
    }

    @FXML
    private void initialize() {
        tiles.getChildren().setAll(
                new MetricTile("tile-sources", "mdmz-storage", "Sources", viewModel.sourcesProperty(),
                        "Files, folders and databases connected"),
                new MetricTile("tile-staged", "mdal-layers", "Staged records", viewModel.stagedRecordsProperty(),
                        "Raw rows as last synced"),
                new MetricTile("tile-profiles", "mdmz-people", "Customer profiles", viewModel.profilesProperty(),
                        "People after identity resolution"),
                new MetricTile("tile-match-rate", "mdal-fingerprint", "Match rate", viewModel.matchRateProperty(),
                        "Records linked to at least one other"),
                new MetricTile("tile-review", "mdal-fact_check", "Open review items",
                        viewModel.openReviewItemsProperty(), "Pairs waiting for a data steward"),
                new MetricTile("tile-campaigns", "mdal-campaign", "Active campaigns",
                        viewModel.activeCampaignsProperty(), ""),
                new MetricTile("tile-last-sync", "mdmz-sync", "Last sync", viewModel.lastSyncProperty(),
                        "Newest sync over all sources"));
        MetricTile campaigns = (MetricTile) tiles.getChildren().get(5);
        ((Label) campaigns.getFooter()).textProperty().bind(viewModel.campaignsHintProperty());
        ((MetricTile) tiles.getChildren().get(6)).valueLabel().getStyleClass().setAll("label", Styles.TITLE_3, "metric-value");

        steps.getChildren().setAll(
                step("1", "Add a source", "A CSV or JSON Lines file, a folder of files, or a JDBC table.",
                        Screen.SOURCES, "Open Sources"),
                step("2", "Sync it", "Sync now stages the records; you see a preview and the sync history.", null, null),
                step("3", "Resolve identities", "Link the records of each person into one customer profile.",
                        Screen.IDENTITY, "Open Identity"),
                step("4", "Or start from the demo", "Run ./lakefront demo in a terminal for a complete sample "
                        + "workspace with four sources and three campaigns.", null, null));
        gettingStarted.visibleProperty().bind(viewModel.emptyProperty());
        gettingStarted.managedProperty().bind(viewModel.emptyProperty());

        problem.descriptionProperty().bind(viewModel.problemProperty());
        problem.visibleProperty().bind(viewModel.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        refresh.disableProperty().bind(viewModel.busyProperty());
        refresh.setOnAction(e -> viewModel.refresh());
    }

    private HBox step(String number, String title, String text, Screen goTo, String action) {
        Label badge = new Label(number);
        badge.getStyleClass().add("step-number");
        Label titleLabel = new Label(title);
        titleLabel.getStyleClass().add(Styles.TEXT_BOLD);
        Label textLabel = new Label(text);
        textLabel.getStyleClass().add(Styles.TEXT_MUTED);
        textLabel.setWrapText(true);
        VBox words = new VBox(2, titleLabel, textLabel);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox line = new HBox(12, badge, words, grow);
        line.getStyleClass().add("step");
        if (goTo != null) {
            Button go = new Button(action, new FontIcon(goTo.icon()));
            go.getStyleClass().add(Styles.FLAT);
            go.setOnAction(e -> navigator.navigate(goTo));
            line.getChildren().add(go);
        }
        return line;
    }

    @Override
    public void shown() {
        viewModel.refresh();
    }
}
