package io.lakefront.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.lakefront.ui.fakes.WorkbenchScreenTest;
import io.lakefront.ui.shell.Screen;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The real clicks: the main window on an in-memory workspace with sources and campaigns. */
class MainWindowTest extends WorkbenchScreenTest {
    @Override
    protected double height() {
        return 900;
    }

    @Start
    void start(Stage stage) {
        show(stage);
    }

    @Test
    void every_sidebar_item_opens_its_screen(FxRobot robot) {
        for (Screen screen : Screen.values()) {
            robot.clickOn("#nav-" + screen.slug());
            awaitIdle();

            assertThat(text(robot, "#screenTitle")).isEqualTo(screen.title());
            assertThat(visibleTexts(robot)).as(screen.title()).contains(expectedText(screen));
        }
    }

    private static String expectedText(Screen screen) {
        return switch (screen) {
            case HOME -> "Workspace at a glance";
            case SOURCES -> "Connected sources";
            case IDENTITY -> "No identity run yet";
            case REVIEW_QUEUE -> "Nothing to review";
            case CUSTOMERS -> "No customer profiles yet";
            case GOLD_RULES -> "How the gold table is built";
            case AUDIENCES -> "No audiences yet";
            case CAMPAIGNS -> "VIP early access";
            case SIMULATION -> "Nothing simulated yet";
            case PERFORMANCE -> "No results yet";
            case ACTIVATION -> "Nothing decided yet";
            case SETTINGS -> "No language model configured — review band goes straight to people.";
        };
    }

    @Test
    void home_shows_the_workspace_numbers_and_the_fixed_clock(FxRobot robot) {
        awaitIdle();

        assertThat(text(robot, "#tile-sources .metric-value")).isEqualTo("3");
        assertThat(text(robot, "#tile-match-rate .metric-value")).isEqualTo("—");
        assertThat(text(robot, "#clock")).isEqualTo("as of 2026-10-20");
        assertThat(robot.lookup("#gettingStarted").query().isVisible()).isFalse();
    }

    @Test
    void a_keyboard_shortcut_navigates(FxRobot robot) {
        robot.press(KeyCode.SHORTCUT, KeyCode.DIGIT7).release(KeyCode.DIGIT7, KeyCode.SHORTCUT);
        awaitIdle();

        assertThat(text(robot, "#screenTitle")).isEqualTo("Campaigns");
    }

    @Test
    void the_arrow_keys_move_through_the_sidebar(FxRobot robot) {
        robot.clickOn("#nav-home");
        robot.type(KeyCode.DOWN, 2);
        awaitIdle();

        assertThat(text(robot, "#screenTitle")).isEqualTo("Identity");
    }

    @Test
    void f1_opens_the_help_overlay_with_the_shortcuts(FxRobot robot) {
        robot.type(KeyCode.F1);

        Node help = robot.lookup("#help-overlay").query();
        assertThat(help.isVisible()).isTrue();
        assertThat(visibleTexts(robot)).contains("Keyboard shortcuts", "Reload the current screen");

        robot.clickOn("#close-help");
        assertThat(workbench.mainViewModel().helpShowingProperty().get()).isFalse();
    }

    @Test
    void the_dark_switch_changes_the_theme(FxRobot robot) {
        robot.press(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.L).release(KeyCode.L, KeyCode.SHIFT, KeyCode.SHORTCUT);

        assertThat(workbench.mainViewModel().darkProperty().get()).isTrue();
        robot.interact(() -> workbench.mainViewModel().toggleTheme());
    }

    @Test
    void add_source_shows_the_validation_error_inline(FxRobot robot) {
        robot.clickOn("#nav-sources");
        awaitIdle();
        robot.clickOn("Add source…");
        robot.clickOn("#wizardNext");
        robot.clickOn("#sourceLocation").write("/data/crm.csv");
        robot.doubleClickOn("#sourceName").write("My CRM");
        robot.clickOn("#wizardNext");
        awaitIdle();

        assertThat(text(robot, "#sourceError"))
                .isEqualTo("source name 'My CRM': use 1-40 lower-case letters, digits or _, starting with a letter");
    }

    @Test
    void sync_now_runs_in_the_background_and_refreshes_the_table(FxRobot robot) {
        workspace.reader.put("crm", java.util.List.of(java.util.List.of("CustomerID"), java.util.List.of("C-1"),
                java.util.List.of("C-2"), java.util.List.of("C-3"), java.util.List.of("C-4")));
        robot.clickOn("#nav-sources");
        awaitIdle();
        robot.clickOn("Sync now");
        awaitIdle();

        assertThat(visibleTexts(robot)).anyMatch(t -> t.startsWith("crm synced: 4 records staged"));
        TableView<?> table = robot.lookup("#sourcesTable").queryAs(TableView.class);
        assertThat(table.getItems()).anySatisfy(row ->
                assertThat(((io.lakefront.ui.sources.SourceRow) row).stagedText()).isEqualTo("4"));
    }

    @Test
    void prepare_runs_in_the_background_and_fills_the_columns_tab(FxRobot robot) {
        robot.clickOn("#nav-sources");
        awaitIdle();
        robot.clickOn("Columns");
        assertThat(visibleTexts(robot)).contains("Not prepared yet — press Prepare");

        robot.clickOn("#prepareNow");
        awaitIdle();

        assertThat(visibleTexts(robot)).anyMatch(t -> t.startsWith("crm prepared: "));
        TableView<?> columns = robot.lookup("#columnsTable").queryAs(TableView.class);
        assertThat(columns.getItems()).extracting(row -> ((io.lakefront.ui.sources.ColumnTagRow) row).column())
                .containsExactly("CustomerID", "First Name", "Last Name", "E-mail", "Phone");
        assertThat(visibleTexts(robot)).contains("email");
    }
}
