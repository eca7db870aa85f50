package io.lakefront.ui.audiences;

import static org.assertj.core.api.Assertions.assertThat;

import io.lakefront.ui.fakes.TestWorkspace;
import io.lakefront.ui.fakes.WorkbenchScreenTest;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The real Audiences screen over the in-memory audience desk, driven with the keyboard and the mouse. */
class AudiencesScreenTest extends WorkbenchScreenTest {
    @Override
    protected TestWorkspace workspace() {
        return TestWorkspace.withData().withAudiences();
    }

    @Start
    void start(Stage stage) {
        show(stage);
    }

    @Test
    void words_become_chips_with_a_live_count_then_are_refined_saved_and_cleared(FxRobot robot) {
        robot.clickOn("#nav-audiences");
        awaitIdle();
        assertThat(visibleTexts(robot)).contains("open support ticket", "globally unsubscribed",
                "Type a description above: its conditions appear here as chips beside your words, with a live count.");
        assertThat(text(robot, "#interpreterLabel")).startsWith("Offline interpreter");

        robot.clickOn("#descriptionField").write("VIPs in Texas");
        awaitIdle();
        assertThat(visibleTexts(robot)).contains("“in Texas”", "region is TX (Texas)", "“VIPs”", "VIP: lifetime spend ≥ 1000",
                "1 suppressed by the rules", "$1,500.00", "Shoes");
        assertThat(text(robot, "#countLabel")).isEqualTo("1 customer · 8% of 12");

        robot.type(KeyCode.ENTER);
        awaitIdle();
        robot.write("only those in New York");
        awaitIdle();
        assertThat(text(robot, "#refiningLabel")).startsWith("Refining the current audience (2 conditions)");
        assertThat(text(robot, "#countLabel")).startsWith("0 customers");
        robot.type(KeyCode.ENTER);
        awaitIdle();
        assertThat(robot.lookup("#descriptionField").queryAs(TextField.class).getText()).isEmpty();

        robot.clickOn("#remove-chip-2");
        awaitIdle();
        assertThat(text(robot, "#countLabel")).startsWith("1 customer ");

        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        robot.clickOn("#saveName").write("texas-vips").type(KeyCode.ENTER);
        awaitIdle();
        assertThat(savedList(robot).getItems()).extracting(AudienceRows.SavedRow::name).containsExactly("texas-vips");
        assertThat(workspace.audiences.saved()).singleElement().satisfies(a -> assertThat(a.description())
                .isEqualTo("VIPs in Texas, only those in New York"));

        robot.clickOn("#descriptionField").type(KeyCode.ESCAPE);
        awaitIdle();
        assertThat(robot.lookup("#chip-0").tryQuery()).isEmpty();
        assertThat(text(robot, "#countLabel")).isEmpty();

        robot.doubleClickOn("texas-vips");
        awaitIdle();
        assertThat(robot.lookup("#descriptionField").queryAs(TextField.class).getText())
                .isEqualTo("VIPs in Texas, only those in New York");
        assertThat(visibleTexts(robot)).contains("region is TX (Texas)", "lifetime spend is at least 1000");
        assertThat(text(robot, "#countLabel")).startsWith("1 customer ");

        robot.clickOn("#duplicateButton");
        awaitIdle();
        assertThat(savedList(robot).getItems()).extracting(AudienceRows.SavedRow::name)
                .containsExactly("texas-vips", "texas-vips-copy");
        robot.clickOn("texas-vips-copy").clickOn("#deleteButton").clickOn("#deleteConfirm");
        awaitIdle();
        assertThat(savedList(robot).getItems()).extracting(AudienceRows.SavedRow::name).containsExactly("texas-vips");
        assertThat(workspace.audiences.saved()).hasSize(1);
    }

    @Test
    void a_question_is_answered_with_a_button_a_chip_edited_and_a_rule_switched_off(FxRobot robot) {
        robot.clickOn("#nav-audiences");
        awaitIdle();
        robot.clickOn("#descriptionField").write("customers in CA");
        awaitIdle();
        assertThat(text(robot, "#questionLabel")).isEqualTo("Does “CA” mean California or Canada?");
        robot.clickOn("#choice-state");
        awaitIdle();
        assertThat(visibleTexts(robot)).contains("region is CA (California)").doesNotContain("Does “CA” mean California or Canada?");
        assertThat(text(robot, "#countLabel")).startsWith("3 customers");

        robot.clickOn("region is CA (California)");
        robot.lookup("#chip-value-0").queryAs(TextField.class).setText("");
        robot.clickOn("#chip-value-0").write("CA, TX").type(KeyCode.ENTER);
        awaitIdle();
        assertThat(visibleTexts(robot)).contains("region is CA (California) or TX (Texas)");
        assertThat(text(robot, "#countLabel")).startsWith("5 customers");

        CheckBox openTicket = robot.lookup("#rule-open-support-ticket").queryAs(CheckBox.class);
        assertThat(openTicket.isSelected()).isTrue();
        robot.clickOn(openTicket);
        awaitIdle();
        assertThat(text(robot, "#countLabel")).startsWith("6 customers");
        assertThat(robot.lookup("#rule-open-support-ticket").queryAs(CheckBox.class).isSelected()).isFalse();
        assertThat(workspace.audiences.suppressionRules().get(0).enabled()).isFalse();
    }

    @SuppressWarnings("unchecked")
    private static ListView<AudienceRows.SavedRow> savedList(FxRobot robot) {
        return robot.lookup("#savedList").queryAs(ListView.class);
    }
}
