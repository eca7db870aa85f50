package io.lakefront.ui.review;

import static org.assertj.core.api.Assertions.assertThat;

import io.lakefront.domain.identity.review.ReviewAnswer;
import io.lakefront.domain.identity.review.ReviewStatus;
import io.lakefront.ui.fakes.TestWorkspace;
import io.lakefront.ui.fakes.WorkbenchScreenTest;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The real Review screen over the in-memory review desk, driven with the keyboard. */
class ReviewScreenTest extends WorkbenchScreenTest {
    @Override
    protected TestWorkspace workspace() {
        return TestWorkspace.withData().withReviewPairs();
    }

    @Override
    protected double height() {
        return 900;
    }

    @Start
    void start(Stage stage) {
        show(stage);
    }

    @Test
    void decides_with_the_keyboard_walks_the_queue_and_undoes(FxRobot robot) {
        robot.clickOn("#nav-review-queue");
        awaitIdle();
        robot.clickOn("#pairTitle"); // the window has the focus, as when a person looks at the pair
        assertThat(text(robot, "#pairTitle")).isEqualTo("crm/C-1001  ↔  webshop/w-7");
        assertThat(visibleTexts(robot)).contains("3 open pairs", ReviewItemDetailTexts.NO_MODEL, "First Name: Maria");

        robot.type(KeyCode.M);
        awaitIdle();

        assertThat(workspace.review.item(1).status()).isEqualTo(ReviewStatus.DECIDED);
        assertThat(workspace.review.item(1).answer()).isEqualTo(ReviewAnswer.MATCH);
        assertThat(text(robot, "#pairTitle")).isEqualTo("crm/C-1003  ↔  webshop/w-3");
        assertThat(queue(robot).getItems()).hasSize(2);
        assertThat(visibleTexts(robot)).contains("2026-10-20 23:59 · alex · match · crm/C-1001 ↔ webshop/w-7");

        robot.type(KeyCode.J);
        awaitIdle();
        assertThat(text(robot, "#pairTitle")).isEqualTo("crm/C-1002  ↔  webshop/w-9");
        assertThat(visibleTexts(robot)).contains("local-llm says: the same person (confidence 82%)");
        robot.clickOn(robot.lookup("#queueList .list-cell").nth(1).queryAs(Node.class)); // the selected pair: focus on the list
        robot.type(KeyCode.UP);
        awaitIdle();
        assertThat(text(robot, "#pairTitle")).isEqualTo("crm/C-1003  ↔  webshop/w-3");

        robot.type(KeyCode.N);
        awaitIdle();
        assertThat(workspace.review.item(3).answer()).isEqualTo(ReviewAnswer.NON_MATCH);

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        awaitIdle();
        assertThat(workspace.review.item(3).open()).isTrue();
        assertThat(text(robot, "#pairTitle")).isEqualTo("crm/C-1003  ↔  webshop/w-3");
        assertThat(queue(robot).getItems()).hasSize(2);
    }

    @Test
    void a_bulk_decision_shows_its_preview_before_anything_is_recorded(FxRobot robot) {
        robot.clickOn("#nav-review-queue");
        awaitIdle();
        robot.clickOn("#similarButton");
        awaitIdle();

        ListView<?> pairs = robot.lookup("#previewPairs").queryAs(ListView.class);
        assertThat(pairs.getItems()).hasSize(2);
        assertThat(visibleTexts(robot)).contains("Apply one answer to 2 similar pairs?");
        assertThat(workspace.review.item(3).open()).isTrue();

        robot.clickOn("#previewMatch");
        awaitIdle();
        assertThat(workspace.review.item(1).status()).isEqualTo(ReviewStatus.DECIDED);
        assertThat(workspace.review.item(3).status()).isEqualTo(ReviewStatus.DECIDED);
        assertThat(queue(robot).getItems()).hasSize(1);
    }

    @Test
    void the_empty_queue_says_what_to_do(FxRobot robot) {
        robot.clickOn("#nav-review-queue");
        awaitIdle();
        robot.clickOn("#pairTitle");
        robot.type(KeyCode.S);
        awaitIdle();
        robot.type(KeyCode.S);
        awaitIdle();
        robot.type(KeyCode.S);
        awaitIdle();

        assertThat(visibleTexts(robot)).contains("Nothing to review", "No open pairs");
        assertThat(robot.lookup("#reviewSplit").query().isVisible()).isFalse();
    }

    /** The no-model line, as the screen shows it. */
    private static final class ReviewItemDetailTexts {
        static final String NO_MODEL = io.lakefront.domain.identity.review.ReviewItemDetail.NO_MODEL;
    }

    @SuppressWarnings("unchecked")
    private static ListView<ReviewRow> queue(FxRobot robot) {
        return robot.lookup("#queueList").queryAs(ListView.class);
    }
}
