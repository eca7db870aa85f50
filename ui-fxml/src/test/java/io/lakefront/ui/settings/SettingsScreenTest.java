package io.lakefront.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.controls.Message;
import io.lakefront.domain.identity.review.FieldPolicy;
import io.lakefront.domain.identity.review.ModelReviewSettings;
import io.lakefront.ui.fakes.WorkbenchScreenTest;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;

/** The real Settings screen's language-model card on an in-memory workspace. */
class SettingsScreenTest extends WorkbenchScreenTest {
    @Start
    void start(Stage stage) {
        show(stage);
    }

    @Test
    void a_provider_is_chosen_tested_and_saved_with_a_field_held_back(FxRobot robot) {
        robot.clickOn("#nav-settings");
        awaitIdle();
        assertThat(robot.lookup("#languageModel").queryAs(Message.class).getDescription())
                .isEqualTo("No language model configured — review band goes straight to people.");

        choose(robot, "#providerChoice", "OpenAI-compatible endpoint");
        robot.clickOn("#baseUrlField").write("http://localhost:8080/v1");
        robot.clickOn("#modelField").write("qwen2.5-7b-instruct");
        robot.interact(() -> robot.lookup("#policy-city").queryComboBox().getSelectionModel().select(FieldPolicy.NEVER));
        // The card is taller than the window: scroll to its buttons as a person would.
        robot.interact(() -> robot.lookup(".page-scroll").queryAs(ScrollPane.class).setVvalue(1));
        robot.clickOn("#testButton");
        awaitIdle();
        assertThat(text(robot, "#modelMessage")).startsWith("Connected: openai/qwen2.5-7b-instruct answered same");
        assertThat(workspace.modelReview.settings.configured()).isFalse();

        robot.clickOn("#saveButton");
        awaitIdle();

        ModelReviewSettings saved = workspace.modelReview.settings;
        assertThat(saved.modelName()).isEqualTo("openai/qwen2.5-7b-instruct");
        assertThat(saved.baseUrl()).isEqualTo("http://localhost:8080/v1");
        assertThat(saved.policy().policyOf("city")).isEqualTo(FieldPolicy.NEVER);
        Message status = robot.lookup("#languageModel").queryAs(Message.class);
        assertThat(status.getDescription()).startsWith("openai/qwen2.5-7b-instruct reviews the band first");
        assertThat(text(robot, "#modelMessage")).startsWith("Saved in ");
    }

    private static void choose(FxRobot robot, String comboBox, String item) {
        robot.clickOn(comboBox);
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match(LabeledMatchers.hasText(item)).queryAs(Node.class));
    }
}
