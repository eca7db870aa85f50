package io.lakefront.ui.campaigns;

import atlantafx.base.controls.Card;
import atlantafx.base.controls.Message;
import atlantafx.base.theme.Styles;
import io.lakefront.ui.common.Badge;
import io.lakefront.ui.common.EmptyState;
import io.lakefront.ui.common.EmptyStateText;
import io.lakefront.ui.shell.Navigator;
import io.lakefront.ui.shell.Screen;
import io.lakefront.ui.shell.ScreenController;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Campaigns: a list with status badges; for the selected campaign an overview card, its brief in the
 * editor and its versions with a diff; New brief opens the conversation that drafts one.
 */
public final class CampaignsView implements ScreenController {
    static final EmptyStateText EMPTY = EmptyStateText.of("mdal-campaign", "No campaigns yet",
            "A campaign turns a goal — win back lapsed buyers, welcome new sign-ups, give VIPs early access — "
                    + "into a decision per customer: whether to reach out, with what, on which channel and when.",
            "Plan one with New brief: a short conversation (goal, audience, channels, messages, end, target, "
                    + "constraints) drafts a brief from your data, which you edit, save and approve here.").withAction(Screen.AUDIENCES, "Open Audiences");

    private final CampaignsViewModel viewModel;
    private final Navigator navigator;
    private final BriefEditorViewModel editor;
    private final BriefConversationViewModel conversation;
    private final java.util.function.Consumer<String> simulate;

    @FXML private Label summary;
    @FXML private Message problem;
    @FXML private EmptyState emptyState;
    @FXML private HBox content;
    @FXML private ListView<CampaignRow> campaignList;
    @FXML private Card detail;
    @FXML private javafx.scene.control.Button newBrief;
    @FXML private javafx.scene.control.TabPane tabs;
    @FXML private javafx.scene.control.ScrollPane editorScroll;
    @FXML private HBox versionsBox;
    @FXML private javafx.scene.control.ScrollPane conversationScroll;

    public CampaignsView(CampaignsViewModel viewModel, BriefEditorViewModel editor, BriefConversationViewModel conversation,
                         Navigator navigator, java.util.function.Consumer<String> simulate) {
        this.viewModel = viewModel;
        this.simulate = simulate;
        this.editor = editor;
        this.conversation = conversation;
        this.navigator = navigator;
    }

    @FXML
    private void startBrief() {
        conversation.start();
    }

    private void initBriefs() {
        newBrief.setDisable(!editor.mayEdit());
        editorScroll.setContent(new BriefEditorPane(editor));
        conversationScroll.setContent(new ConversationPane(conversation));
        conversationScroll.visibleProperty().bind(conversation.activeProperty());
        content.visibleProperty().unbind();
        content.visibleProperty().bind(viewModel.emptyProperty().not().and(conversation.activeProperty().not()));
        emptyState.visibleProperty().unbind();
        emptyState.visibleProperty().bind(viewModel.emptyProperty().and(conversation.activeProperty().not()));
        conversation.onDrafted(brief -> {
            viewModel.refresh(brief.name());
            editor.load(brief.name());
            tabs.getSelectionModel().select(1);
        });
        editor.savedProperty().addListener((obs, old, brief) -> {
            if (brief != null && old != null && brief.name().equals(old.name()) && brief.version() != old.version()) {
                viewModel.refresh(brief.name());
            }
        });

        javafx.scene.control.ListView<io.lakefront.domain.campaign.brief.CampaignBrief> versions =
                new javafx.scene.control.ListView<>(editor.versions());
        versions.setId("brief-versions");
        versions.setPrefWidth(260);
        versions.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(io.lakefront.domain.campaign.brief.CampaignBrief v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? null : "Version " + v.version() + " · "
                        + v.status().name().toLowerCase(java.util.Locale.ROOT)
                        + (v.approvedBy() == null ? "" : " by " + v.approvedBy()));
            }
        });
        versions.getSelectionModel().selectedItemProperty().addListener((obs, old, v) -> {
            if (v != null) {
                editor.comparedVersionProperty().set(v);
            }
        });
        Label compared = new Label();
        compared.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                editor.comparedVersionProperty().get() == null ? "Pick a version to compare with the brief as edited."
                        : "Changes from version " + editor.comparedVersionProperty().get().version() + " to the brief as edited",
                editor.comparedVersionProperty()));
        compared.getStyleClass().add(Styles.TEXT_BOLD);
        javafx.scene.control.ListView<String> diff = new javafx.scene.control.ListView<>(editor.diff());
        diff.setId("brief-diff");
        VBox diffBox = new VBox(8, compared, diff);
        VBox.setVgrow(diff, Priority.ALWAYS);
        HBox.setHgrow(diffBox, Priority.ALWAYS);
        versionsBox.getChildren().setAll(versions, diffBox);
    }

    @FXML
    private void initialize() {
        emptyState.show(EMPTY, navigator);
        emptyState.visibleProperty().bind(viewModel.emptyProperty());
        content.visibleProperty().bind(viewModel.emptyProperty().not());
        summary.textProperty().bind(viewModel.summaryProperty());
        problem.descriptionProperty().bind(viewModel.problemProperty());
        problem.visibleProperty().bind(viewModel.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());

        campaignList.setItems(viewModel.rows());
        campaignList.setCellFactory(list -> new CampaignCell());
        campaignList.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null) {
                viewModel.selectedProperty().set(row);
            }
        });
        viewModel.selectedProperty().addListener((obs, old, row) -> {
            if (row != null && campaignList.getSelectionModel().getSelectedItem() != row) {
                campaignList.getSelectionModel().select(row);
            }
            showDetail(row);
        });
        showDetail(viewModel.selectedProperty().get());
        initBriefs();
    }

    private void showDetail(CampaignRow row) {
        detail.setVisible(row != null);
        if (row == null) {
            return;
        }
        if (editor.savedProperty().get() == null || !editor.savedProperty().get().name().equals(row.name())) {
            editor.load(row.name());
        }
        Label name = new Label(row.name());
        name.getStyleClass().add(Styles.TITLE_2);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        javafx.scene.control.Button simulateIt = new javafx.scene.control.Button("Simulate", new FontIcon("mdmz-science"));
        simulateIt.setId("campaign-simulate");
        simulateIt.setTooltip(new javafx.scene.control.Tooltip(
                "See what this campaign would do for a sample of its audience; nothing is sent. A draft is simulated as if approved."));
        simulateIt.setOnAction(e -> simulate.accept(row.name()));
        HBox header = new HBox(12, name, grow, new Badge(row.status(), row.tone()), simulateIt);
        header.setAlignment(Pos.CENTER_LEFT);
        detail.setHeader(header);

        GridPane facts = new GridPane();
        facts.getStyleClass().add("facts");
        facts.setHgap(16);
        facts.setVgap(12);
        javafx.scene.layout.ColumnConstraints captions = new javafx.scene.layout.ColumnConstraints();
        javafx.scene.layout.ColumnConstraints values = new javafx.scene.layout.ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        values.setMinWidth(0);
        facts.getColumnConstraints().setAll(captions, values);
        int line = 0;
        fact(facts, line++, "mdal-flag", "Goal", new Label(row.goal()));
        fact(facts, line++, "mdal-groups", "Audience", wrapped(row.audience()));
        fact(facts, line++, "mdmz-send", "Channels", channels(row));
        fact(facts, line++, "mdal-event", "Schedule", new Label(row.dates()));
        if (!row.summary().isBlank()) {
            // A row of the grid, whose column bounds the width, so that the plan wraps inside the card.
            fact(facts, line++, "mdal-fact_check", "Plan", wrapped(row.summary()));
        }
        detail.setBody(facts);
        Label footer = new Label("The Brief tab holds the plan section by section; Versions shows what changed.");
        footer.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        footer.setWrapText(true);
        detail.setFooter(footer);
    }

    private static void fact(GridPane grid, int row, String icon, String caption, javafx.scene.Node value) {
        Label label = new Label(caption, new FontIcon(icon));
        label.getStyleClass().add(Styles.TEXT_MUTED);
        label.setMinWidth(110);
        grid.addRow(row, label, value);
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        // Without this a wrapped label keeps the height of one line and ends in "…" (seen in the Overview card).
        // The card asks its body's height without a width, so give the label a width to wrap at.
        label.setPrefWidth(520);
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }

    private static FlowPane channels(CampaignRow row) {
        FlowPane chips = new FlowPane(6, 6);
        if (row.channels().isEmpty()) {
            chips.getChildren().add(new Label("No channels yet"));
        }
        for (String channel : row.channels()) {
            chips.getChildren().add(new Badge(channel, io.lakefront.ui.common.Tone.NEUTRAL));
        }
        return chips;
    }

    @Override
    public void shown() {
        viewModel.refresh();
    }

    /** Name and status on the first line; goal, channels and dates below. */
    private static final class CampaignCell extends ListCell<CampaignRow> {
        @Override
        protected void updateItem(CampaignRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label name = new Label(row.name());
            name.getStyleClass().add(Styles.TEXT_BOLD);
            Region grow = new Region();
            HBox.setHgrow(grow, Priority.ALWAYS);
            HBox first = new HBox(8, name, grow, new Badge(row.status(), row.tone()));
            first.setAlignment(Pos.CENTER_LEFT);
            Label second = new Label(row.goal() + " · " + String.join(", ", row.channels()));
            second.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            Label third = new Label(row.dates());
            third.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            VBox box = new VBox(4, first, second, third);
            box.getStyleClass().add("campaign-cell");
            setText(null);
            setGraphic(box);
        }
    }
}
