package io.lakefront.ui.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import io.lakefront.domain.decision.Outcome;
import io.lakefront.ui.fakes.WorkbenchScreenTest;
import io.lakefront.ui.simulation.SimulationRows.ResultRow;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The real Simulation screen over the scripted desk: from the Campaigns screen's Simulate to the results,
 * the filters, the search, the keyboard and the Reasoning panel.
 */
class SimulationScreenTest extends WorkbenchScreenTest {
    @Start
    void start(Stage stage) {
        show(stage);
    }

    @Test
    @SuppressWarnings("unchecked")
    void simulate_from_campaigns_then_read_the_reasoning_with_the_keyboard(FxRobot robot) throws IOException {
        robot.clickOn("#nav-campaigns");
        awaitIdle();
        javafx.scene.control.ListView<io.lakefront.ui.campaigns.CampaignRow> list =
                robot.lookup(".campaign-list").queryAs(javafx.scene.control.ListView.class);
        robot.interact(() -> list.getSelectionModel().select(list.getItems().stream()
                .filter(r -> r.name().equals("VIP early access")).findFirst().orElseThrow()));
        String campaign = "VIP early access";
        robot.clickOn("#campaign-simulate");
        awaitIdle();

        assertThat(text(robot, "#screenTitle")).isEqualTo("Simulation");
        ComboBox<SimulationCampaign> box = robot.lookup("#campaignBox").queryAs(ComboBox.class);
        assertThat(box.getValue().name()).isEqualTo(campaign);
        assertThat(visibleTexts(robot)).contains("Nothing simulated yet",
                "Nothing is sent and nothing changes: the simulation only shows what would happen. Decisions are made on "
                        + "this computer by rules and statistics — no language model is involved.");

        robot.press(KeyCode.SHORTCUT, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.SHORTCUT);
        awaitIdle();

        assertThat(workspace.simulation.runs).isEqualTo(1);
        TableView<ResultRow> table = robot.lookup("#resultsTable").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(8);
        assertThat(text(robot, "#resultTitle")).startsWith("'VIP early access' · 8 of 1,200 qualified customers sampled");
        assertThat(visibleTexts(robot)).contains("Sent", "≈ 450", "Early access opens", "Email", "Push",
                "A suppression rule", "Opted out of every channel", "All 8", "Send 3", "Defer 2", "Suppress 2", "Skip 1");
        // The first row is selected and explained: its decision grouped by the engine's steps, as sentences.
        assertThat(text(robot, "#reasoningTitle")).isEqualTo("Maria · C-1001");
        assertThat(visibleTexts(robot)).contains("Rules checked", "Eligibility", "Why this campaign", "Capacity",
                "Why this message", "Why this time", "• Maria accepts email.",
                "• At 18:00 Maria's time: 12 opens and clicks.", "'Welcome series' · priority 0.09",
                "'VIP early access' · priority 0.17 (this campaign)");
        assertThat(table.getItems().get(0).sendTime()).isEqualTo("Thu 22 Oct 18:00 (America/Chicago)");
        snapshot(robot, "simulation-reasoning.png");

        // Arrows move through the table and the panel follows; Enter does not simulate again.
        robot.clickOn(robot.lookup("#resultsTable .table-row-cell").nth(0).queryAs(javafx.scene.Node.class));
        robot.type(KeyCode.DOWN);
        robot.type(KeyCode.ENTER);
        awaitIdle();
        assertThat(text(robot, "#reasoningTitle")).isEqualTo("James · C-1002");
        assertThat(workspace.simulation.runs).isEqualTo(1);
        assertThat(visibleTexts(robot)).contains(
                "• Deferred to Thursday 29 October: 'Welcome series' has higher priority and takes the last slot; the cap is 2.");

        // Filter by outcome, then search by name.
        robot.clickOn("#filter-suppress");
        assertThat(table.getItems()).extracting(ResultRow::outcome).containsOnly(Outcome.SUPPRESS).hasSize(2);
        robot.clickOn("#filter-all");
        robot.clickOn("#simulationSearch").write("pri");
        assertThat(table.getItems()).extracting(ResultRow::customerId).containsExactly("C-1005");
        robot.type(KeyCode.ENTER);
        awaitIdle();
        assertThat(text(robot, "#reasoningTitle")).isEqualTo("Priya · C-1005");
        assertThat(visibleTexts(robot)).contains("• Moved out of the quiet hours 21:00–8:00 to 9:00 local time.");
        assertThat(workspace.simulation.runs).isEqualTo(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_draft_is_simulated_as_if_approved(FxRobot robot) {
        robot.clickOn("#nav-simulation");
        awaitIdle();
        ComboBox<SimulationCampaign> box = robot.lookup("#campaignBox").queryAs(ComboBox.class);
        SimulationCampaign draft = box.getItems().stream().filter(c -> c.name().equals("Win-back")).findFirst().orElseThrow();
        robot.interact(() -> box.setValue(draft));
        assertThat(box.getConverter().toString(draft)).isEqualTo("Win-back · draft — simulated as if approved");
        assertThat(text(robot, "#draftNote")).isEqualTo(
                "'Win-back' is a draft: it is simulated as if approved, competing with the live campaigns.");
        robot.clickOn("#simulateButton");
        awaitIdle();
        assertThat(text(robot, "#resultTitle")).startsWith("'Win-back' (draft, as if approved) · 8 of 1,200");
    }

    @Test
    void an_audience_that_selects_nobody_says_what_to_do(FxRobot robot) {
        workspace.simulation.selectingNobody();
        robot.clickOn("#nav-simulation");
        awaitIdle();
        robot.clickOn("#simulateButton");
        awaitIdle();
        assertThat(visibleTexts(robot)).contains("The audience selects nobody now");
        assertThat(showing(robot.lookup("#resultsTable").query())).isFalse();
    }

    @Test
    void a_running_simulation_shows_its_progress_and_cancel_stops_it(FxRobot robot) throws Exception {
        workspace.simulation.holdingUntilCancelled();
        robot.clickOn("#nav-simulation");
        awaitIdle();
        robot.clickOn("#simulateButton");
        org.testfx.util.WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> "3 of 8 profiles decided".equals(text(robot, "#simulationProgressText")));
        assertThat(showing(robot.lookup("#cancelSimulation").query())).isTrue();
        assertThat(robot.lookup("#simulateButton").queryButton().isDisabled()).isTrue();
        javafx.scene.control.ProgressBar bar = robot.lookup("#simulationProgress").queryAs(javafx.scene.control.ProgressBar.class);
        assertThat(bar.getProgress()).isEqualTo(3 / 8.0);

        robot.clickOn("#cancelSimulation");
        awaitIdle();
        assertThat(showing(robot.lookup("#cancelSimulation").query())).isFalse();
        assertThat(visibleTexts(robot)).contains("Simulation cancelled. Nothing was sent and nothing changed.",
                "Nothing simulated yet");
        assertThat(workspace.simulation.runs).isZero();
    }

    @Test
    void a_failure_reads_plainly(FxRobot robot) {
        workspace.simulation.failingWith("the campaign 'VIP early access' has no messages yet");
        robot.clickOn("#nav-simulation");
        awaitIdle();
        robot.clickOn("#simulateButton");
        awaitIdle();
        assertThat(visibleTexts(robot)).contains(
                "Could not simulate 'VIP early access': the campaign 'VIP early access' has no messages yet");
    }

    private void snapshot(FxRobot robot, String name) throws IOException {
        Path dir = Path.of("target", "screenshots", "simulation");
        Files.createDirectories(dir);
        javafx.scene.image.WritableImage image;
        try {
            image = org.testfx.util.WaitForAsyncUtils.asyncFx(() -> workbench.root().getScene().snapshot(null)).get();
        } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
            throw new IOException("no snapshot", e);
        }
        BufferedImage picture = SwingFXUtils.fromFXImage(image, null);
        ImageIO.write(picture, "png", dir.resolve(name).toFile());
    }
}
