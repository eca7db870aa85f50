package io.lakefront.ui.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.lakefront.domain.identity.LinkConstraint;
import io.lakefront.domain.identity.RecordKey;
import io.lakefront.ui.fakes.WorkbenchScreenTest;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real Identity screen on an in-memory workspace whose people the real engine resolves. */
class IdentityScreenTest extends WorkbenchScreenTest {
    @Override
    protected double height() {
        return 900;
    }

    @Start
    void start(Stage stage) {
        show(stage);
    }

    @Test
    void the_empty_screen_runs_resolution_and_shows_what_it_found(FxRobot robot) {
        openIdentity(robot);
        assertThat(visibleTexts(robot)).contains("No identity run yet",
                "Runs on this machine: rules and match weights learned from your data. No language model is involved at this stage.");
        assertThat(robot.lookup("#identityTabs").query().isVisible()).isFalse();

        robot.clickOn("#emptyRunButton");
        awaitIdle();

        assertThat(robot.lookup("#identityTabs").query().isVisible()).isTrue();
        assertThat(robot.lookup("#emptyPane").query().isVisible()).isFalse();
        assertThat(text(robot, "#tile-records .metric-value")).isEqualTo("16");
        assertThat(text(robot, "#tile-people .metric-value"))
                .isEqualTo(String.valueOf(workspace.identity.latest().orElseThrow().clusters()));
        assertThat(visibleTexts(robot)).anyMatch(t -> t.startsWith("Resolved 16 records into "));
        assertThat(visibleTexts(robot)).contains("crm 8 · webshop 8", "Pairs per band", "Cluster sizes", "Blocking");
        TableView<?> blocking = robot.lookup("#blockingTable").queryAs(TableView.class);
        assertThat(blocking.getItems()).isNotEmpty();
    }

    @Test
    void the_auto_match_slider_moves_by_keyboard_recounts_the_bands_and_applies_to_the_rules(FxRobot robot) {
        runFromHeader(robot);
        String matchesBefore = text(robot, "#matchCount");
        robot.interact(() -> robot.lookup("#autoMatchSlider").query().requestFocus());

        robot.type(KeyCode.RIGHT, 4);

        assertThat(text(robot, "#autoMatchValue")).isEqualTo("8.0");
        assertThat(text(robot, "#matchCount")).isNotEqualTo(matchesBefore);
        assertThat(text(robot, "#bandsChange")).startsWith("Compared with the run: ");
        assertThat(workspace.identity.runs()).isEqualTo(1);

        robot.clickOn("#applyThresholds");
        awaitIdle();

        assertThat(visibleTexts(robot)).anyMatch(t -> t.startsWith("Thresholds saved: auto-match 8.0, review 0.0."));
        assertThat(workspace.identity.savedRules()).contains("auto_match: 8.0");
    }

    @Test
    void the_pairs_tab_shows_the_waterfall_of_the_selected_pair_and_of_any_two_records(FxRobot robot) {
        runFromHeader(robot);
        robot.clickOn("Pairs and waterfall");
        TableView<PairRow> pairs = table(robot, "#pairsTable");
        TableView<WaterfallRow> waterfall = table(robot, "#waterfallTable");
        assertThat(pairs.getItems()).hasSizeGreaterThan(2);
        assertThat(waterfall.getItems().get(0).comparison()).isEqualTo("prior");
        assertThat(text(robot, "#waterfallTitle")).isEqualTo(pairs.getItems().get(0).recordA() + "  ↔  "
                + pairs.getItems().get(0).recordB());

        robot.clickOn(robot.lookup("#pairsTable .table-row-cell").nth(0).queryAs(Node.class));
        robot.type(KeyCode.DOWN);

        PairRow second = pairs.getItems().get(1);
        assertThat(text(robot, "#waterfallTitle")).isEqualTo(second.recordA() + "  ↔  " + second.recordB());
        assertThat(text(robot, "#waterfallSummary")).startsWith("Match weight " + second.weightText());

        robot.clickOn("#explainA").write("crm/C-1");
        robot.clickOn("#explainB").write("crm/C-6").type(KeyCode.ENTER);

        assertThat(text(robot, "#waterfallTitle")).isEqualTo("Maria Lopez · crm/C-1  ↔  Peter Meyer · crm/C-6");
    }

    @Test
    void an_edge_of_a_cluster_opens_its_waterfall(FxRobot robot) {
        runFromHeader(robot);
        robot.clickOn("Clusters");
        TableView<ClusterRow> clusters = table(robot, "#clustersTable");
        assertThat(clusters.getItems()).isNotEmpty();
        assertThat(text(robot, "#clusterTitle")).startsWith("Cluster " + clusters.getItems().get(0).id() + " · ");
        TableView<EdgeRow> edges = table(robot, "#edgesTable");
        assertThat(edges.getItems()).isNotEmpty();
        EdgeRow edge = edges.getItems().get(0);

        robot.clickOn(robot.lookup("#edgesTable .table-row-cell").nth(0).queryAs(Node.class));
        robot.type(KeyCode.ENTER);

        TabPane tabs = robot.lookup("#identityTabs").queryAs(TabPane.class);
        assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo("pairsTab");
        assertThat(text(robot, "#waterfallTitle")).isEqualTo(edge.recordA() + "  ↔  " + edge.recordB());
    }

    @Test
    void the_rules_editor_checks_the_yaml_as_typed_and_the_form_writes_it(FxRobot robot) {
        runFromHeader(robot);
        robot.clickOn("Rules");
        awaitIdle();
        TextArea editor = robot.lookup("#yamlEditor").queryAs(TextArea.class);
        assertThat(editor.getText()).contains("blocking:", "comparisons:");
        assertThat(visibleTexts(robot)).contains(SuggestedRulesViewModel.EMPTY);
        assertThat(robot.lookup("#yamlProblem").query().isVisible()).isFalse();

        robot.interact(() -> {
            editor.requestFocus();
            editor.positionCaret(editor.getText().indexOf("keys: [\"email\"]") + "keys: [\"".length());
        });
        robot.write("e");

        assertThat(robot.lookup("#yamlProblem").query().isVisible()).isTrue();
        assertThat(text(robot, "#yamlProblem")).matches("line \\d+, column 12: unknown field 'eemail' .*");
        assertThat(robot.lookup("#saveRules").query().isDisabled()).isTrue();

        robot.clickOn("#revertRules");
        assertThat(robot.lookup("#yamlProblem").query().isVisible()).isFalse();

        robot.clickOn("#newRuleName").write("zip and year");
        choose(robot, "#firstField", "postcode");
        choose(robot, "#secondKind", "year");
        choose(robot, "#secondField", "birth_date");
        robot.clickOn("#addRule");

        assertThat(editor.getText()).contains("- name: \"zip and year\"\n    keys: [\"postcode\", \"year(birth_date)\"]");
        robot.clickOn("#yamlEditor");
        robot.press(KeyCode.SHORTCUT, KeyCode.S).release(KeyCode.S, KeyCode.SHORTCUT);
        awaitIdle();

        assertThat(workspace.identity.savedRules()).isEqualTo(editor.getText());
        assertThat(text(robot, "#rulesStatus")).startsWith("Saved in ");
    }

    @Test
    void suggested_rules_show_their_reasoning_and_accept_writes_the_rules_file(FxRobot robot) {
        workspace.identity.minSupport(3);
        workspace.identity.decide(LinkConstraint.mustLink(new RecordKey("crm", "C-4"), new RecordKey("webshop", "W-4")));
        workspace.identity.decide(LinkConstraint.mustLink(new RecordKey("crm", "C-5"), new RecordKey("webshop", "W-5")));
        workspace.identity.decide(LinkConstraint.mustLink(new RecordKey("crm", "C-7"), new RecordKey("webshop", "W-8")));
        workspace.identity.decide(LinkConstraint.cannotLink(new RecordKey("crm", "C-7"), new RecordKey("crm", "C-8")));
        runFromHeader(robot);
        robot.clickOn("Rules");
        awaitIdle();
        ListView<?> suggestions = robot.lookup("#suggestedRules").queryAs(ListView.class);
        assertThat(suggestions.getItems()).hasSize(2);
        assertThat(visibleTexts(robot)).anyMatch(t -> t.startsWith("same birth date → match: 3 labelled pairs, 0 errors"));
        assertThat(robot.lookup("#acceptSuggestion").query().isDisabled()).isTrue();

        robot.interact(() -> suggestions.getSelectionModel().select(0));
        robot.clickOn("#acceptSuggestion");
        awaitIdle();

        assertThat(workspace.identity.savedRules()).contains("same birth date");
        assertThat(robot.lookup("#yamlEditor").queryAs(TextArea.class).getText()).contains("same birth date");
        assertThat(text(robot, "#suggestedStatus")).startsWith("Added 'same birth date' to ");
        assertThat(suggestions.getItems()).hasSize(1);

        robot.interact(() -> suggestions.getSelectionModel().select(0));
        assertThat(robot.lookup("#rejectSuggestion").query().isDisabled()).isFalse();
        robot.interact(() -> robot.lookup("#rejectSuggestion").queryButton().fire());
        assertThat(suggestions.getItems()).as(text(robot, "#suggestedStatus")).isEmpty();
        assertThat(visibleTexts(robot)).anyMatch(t -> t.startsWith("Rejected 'same phone' for this session")
                && t.endsWith(SuggestedRulesViewModel.EMPTY));
        assertThat(workspace.identity.savedRules()).doesNotContain("same phone");
    }

    @Test
    void a_source_added_after_the_run_gets_recommendations_with_preview_edit_and_accept(FxRobot robot) {
        runFromHeader(robot);
        // A help desk whose tickets carry the shop's switchboard number instead of the customer's.
        workspace.identity.person("helpdesk", "H-1", "Maria", "Lopez", "maria.lopez@example.com", "+15125550000", "", "Austin");
        workspace.identity.person("helpdesk", "H-2", "Peter", "Meyer", "p.meyer@example.de", "+15125550000", "", "Munich");
        workspace.identity.person("helpdesk", "H-3", "Linda", "Nguyen", "linda.n@example.com", "+15125550000", "", "Chicago");
        workspace.identity.person("helpdesk", "H-4", "Anna", "Schmidt", "anna.schmidt@example.de", "", "", "Berlin");
        robot.clickOn("Rules");
        awaitIdle();

        assertThat(text(robot, "#recommendedTitle")).isEqualTo("Recommended for source helpdesk");
        assertThat(text(robot, "#newSourceHint")).startsWith("New since the last run: helpdesk.");
        assertThat(robot.lookup("#recommendSource").queryComboBox().getValue()).isEqualTo("helpdesk");
        ListView<?> recommendations = robot.lookup("#recommendedRules").queryAs(ListView.class);
        assertThat(recommendations.getItems()).hasSize(1);
        assertThat(visibleTexts(robot)).anyMatch(t -> t.startsWith("'15125550000' is the phone of 3 people by their given names"));
        assertThat(robot.lookup("#previewRecommendation").query().isDisabled()).isTrue();

        robot.interact(() -> recommendations.getSelectionModel().select(0));
        assertThat(robot.lookup("#recommendationEdit").queryAs(javafx.scene.control.TextField.class).getText())
                .isEqualTo("15125550000");
        robot.interact(() -> robot.lookup("#previewRecommendation").queryButton().fire());
        awaitIdle();
        assertThat(text(robot, "#recommendationPreview")).startsWith("+").contains(" with helpdesk), ")
                .contains("(engine run on 20 records, twice)");

        robot.interact(() -> robot.lookup("#recommendationEdit").queryAs(javafx.scene.control.TextField.class)
                .setText("15125550000, 15125559999"));
        robot.interact(() -> robot.lookup("#editRecommendation").queryButton().fire());
        assertThat(text(robot, "#recommendedStatus")).startsWith("Edited 'ignore 1 shared phone value'")
                .contains("15125550000, 15125559999");
        robot.interact(() -> recommendations.getSelectionModel().select(0));
        robot.interact(() -> robot.lookup("#acceptRecommendation").queryButton().fire());
        awaitIdle();

        assertThat(workspace.identity.savedRules()).contains("15125559999");
        assertThat(robot.lookup("#yamlEditor").queryAs(TextArea.class).getText()).contains("15125559999");
        assertThat(recommendations.getItems()).isEmpty();
        assertThat(visibleTexts(robot)).anyMatch(t -> t.startsWith("Applied 'ignore 1 shared phone value' to "));
    }

    @Test
    void the_keyboard_alone_runs_resolution_and_moves_between_the_tabs(FxRobot robot) {
        openIdentity(robot);

        robot.press(KeyCode.ALT, KeyCode.R).release(KeyCode.R, KeyCode.ALT);
        awaitIdle();

        assertThat(workspace.identity.runs()).isEqualTo(1);
        TabPane tabs = robot.lookup("#identityTabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.TAB).release(KeyCode.TAB, KeyCode.CONTROL);
        assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo("pairsTab");
        robot.interact(() -> robot.lookup("#pairsTable").query().requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.TAB).release(KeyCode.TAB, KeyCode.CONTROL);
        assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo("clustersTab");
    }

    @Test
    void a_running_resolution_shows_its_progress_and_cancel_stops_it(FxRobot robot) throws Exception {
        openIdentity(robot);
        CountDownLatch waiting = workspace.identity.holdRunsUntilCancelled();

        robot.clickOn("#runButton");
        assertThat(waiting.await(10, TimeUnit.SECONDS)).isTrue();
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#progressRow").query().isVisible()).isTrue();
        assertThat(text(robot, "#progressText")).isEqualTo("Waiting to be cancelled");
        assertThat(robot.lookup("#runButton").query().isDisabled()).isTrue();
        robot.clickOn("#cancelRun");
        awaitIdle();

        assertThat(visibleTexts(robot)).contains("Resolution cancelled; nothing was changed.");
        assertThat(robot.lookup("#progressRow").query().isVisible()).isFalse();
        assertThat(robot.lookup("#runButton").query().isDisabled()).isFalse();
    }

    /** Opens a combo box and clicks one of its items (the same words may show elsewhere on the screen). */
    private static void choose(FxRobot robot, String comboBox, String item) {
        robot.clickOn(comboBox);
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell")
                .match(org.testfx.matcher.control.LabeledMatchers.hasText(item)).queryAs(Node.class));
    }

    private void openIdentity(FxRobot robot) {
        robot.clickOn("#nav-identity");
        awaitIdle();
    }

    private void runFromHeader(FxRobot robot) {
        openIdentity(robot);
        robot.clickOn("#runButton");
        awaitIdle();
        assertThat(robot.lookup("#identityTabs").query().isVisible()).isTrue();
    }

    @SuppressWarnings("unchecked")
    private static <R> TableView<R> table(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(TableView.class);
    }
}
