package io.lakefront.ui.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import io.lakefront.domain.campaign.CampaignStatus;
import io.lakefront.domain.campaign.brief.CampaignBrief;
import io.lakefront.domain.campaign.brief.Touchpoint;
import io.lakefront.ui.fakes.WorkbenchScreenTest;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The real Campaigns screen: from a goal to an approved brief by the conversation, the editor and the keyboard. */
class CampaignsScreenTest extends WorkbenchScreenTest {
    @Start
    void start(Stage stage) {
        show(stage);
    }

    @Test
    @SuppressWarnings("unchecked")
    void goal_to_approved_brief_with_a_keyboard_reorder_on_the_way(FxRobot robot) {
        robot.clickOn("#nav-campaigns");
        awaitIdle();
        robot.clickOn("#new-brief");
        awaitIdle();
        assertThat(text(robot, "#brief-question")).isEqualTo("What should the campaign achieve?");

        robot.clickOn("#brief-answer").write("win back").type(KeyCode.ENTER);
        awaitIdle();
        assertThat(text(robot, "#brief-question")).startsWith("Who is it for?");
        robot.type(KeyCode.ENTER);
        awaitIdle();
        assertThat(text(robot, "#brief-question")).isEqualTo("Which channels?");
        robot.clickOn("#brief-defaults");
        awaitIdle();

        String name = "Win back 2026-10";
        CampaignBrief drafted = workspace.briefs.find(name).orElseThrow();
        assertThat(drafted.version()).isEqualTo(1);
        ListView<Touchpoint> touchpoints = robot.lookup("#brief-touchpoints").queryAs(ListView.class);
        assertThat(touchpoints.getItems()).hasSize(3);
        assertThat(robot.lookup("#brief-approve").queryAs(Button.class).isDisabled()).isFalse();

        // Move the second message to the top with the keyboard: the check at once explains why that is wrong.
        List<Touchpoint> before = List.copyOf(touchpoints.getItems());
        robot.interact(() -> touchpoints.getSelectionModel().select(1));
        robot.clickOn(touchpoints).press(KeyCode.ALT, KeyCode.UP).release(KeyCode.UP, KeyCode.ALT);
        awaitIdle();
        assertThat(touchpoints.getItems()).containsExactly(before.get(1), before.get(0), before.get(2));
        assertThat(touchpoints.getSelectionModel().getSelectedIndex()).isZero();
        ListView<?> problems = robot.lookup("#brief-problems").queryAs(ListView.class);
        assertThat(problems.getItems()).extracting(Object::toString)
                .contains("error in touchpoints[1]: the first message has no previous message to get a response to");
        assertThat(robot.lookup("#brief-approve").queryAs(Button.class).isDisabled()).isTrue();
        robot.press(KeyCode.ALT, KeyCode.DOWN).release(KeyCode.DOWN, KeyCode.ALT);
        awaitIdle();
        assertThat(touchpoints.getItems()).containsExactlyElementsOf(before);

        // A tighter cap than the sequence needs (one message a fortnight for messages a week apart), saved
        // as version 2, then put back and approved.
        robot.interact(() -> robot.lookup("#brief-cap").queryAs(javafx.scene.control.Spinner.class).getValueFactory().setValue(1));
        robot.interact(() -> robot.lookup("#brief-cap-window").queryAs(javafx.scene.control.Spinner.class).getValueFactory().setValue(14));
        fire(robot, "#brief-guardrails-apply");
        awaitIdle();
        assertThat(problems.getItems()).extracting(Object::toString)
                .anyMatch(p -> p.startsWith("error in guardrails: the overall cap of 1 messages in 14 days"));
        robot.clickOn("#brief-save");
        awaitIdle();
        assertThat(workspace.briefs.versions(name)).extracting(CampaignBrief::version).containsExactly(1, 2);
        assertThat(text(robot, "#brief-status")).isEqualTo("draft · version 2 · 1 error");

        robot.interact(() -> robot.lookup("#brief-cap-window").queryAs(javafx.scene.control.Spinner.class).getValueFactory().setValue(7));
        fire(robot, "#brief-guardrails-apply");
        robot.clickOn("#brief-save");
        awaitIdle();
        robot.clickOn("#brief-approve");
        awaitIdle();

        assertThat(workspace.briefs.find(name).orElseThrow().status()).isEqualTo(CampaignStatus.APPROVED);
        assertThat(text(robot, "#brief-status")).isEqualTo("approved · version 4");
        robot.clickOn(robot.lookup(".tab").match(n -> n.lookup(".tab-label") instanceof Label l
                && l.getText().equals("Versions")).queryAs(javafx.scene.Node.class));
        awaitIdle();
        ListView<String> diff = robot.lookup("#brief-diff").queryAs(ListView.class);
        assertThat(diff.getItems()).contains("~ status: draft -> approved");
        assertThat(workspace.listCampaigns.list(workspace.actor)).extracting(c -> c.name()).contains(name);
    }

    /** Presses a button further down the scrolling editor (a person would scroll to it first). */
    private void fire(FxRobot robot, String id) {
        robot.interact(() -> robot.lookup(id).queryAs(Button.class).fire());
        awaitIdle();
    }
}
