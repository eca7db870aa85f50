package io.lakefront.ui.activation;

import static org.assertj.core.api.Assertions.assertThat;

import io.lakefront.domain.decision.Outcome;
import io.lakefront.domain.decision.loop.SignalType;
import io.lakefront.ui.activation.ActivationRows.DecisionRow;
import io.lakefront.ui.activation.ActivationRows.OutboxRow;
import io.lakefront.ui.common.Badge;
import io.lakefront.ui.fakes.WorkbenchScreenTest;
import java.time.Instant;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The real Activation screen over the in-memory feed: the empty state before the loop decided anything,
 * then the cards and both tables, a new decision shown by F5 and by the Refresh button.
 */
class ActivationScreenTest extends WorkbenchScreenTest {
    private static final Instant AT = Instant.parse("2026-10-20T14:30:05Z");

    @Start
    void start(Stage stage) {
        show(stage);
    }

    @Test
    void beforeTheLoopDecidedAnythingTheScreenSaysHowToStartIt(FxRobot robot) {
        robot.clickOn("#nav-activation");
        awaitIdle();

        assertThat(text(robot, "#screenTitle")).isEqualTo("Activation");
        assertThat(visibleTexts(robot)).contains("Nothing decided yet");
        assertThat(String.join("\n", visibleTexts(robot))).contains("./lakefront loop",
                "./lakefront signal --customer ID --type purchase");
        assertThat(showing(robot.lookup("#activationContent").query())).isFalse();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theLoopsDecisionsShowAndANewOneAppearsOnRefresh(FxRobot robot) {
        workspace.decisionFeed
                .decided("C-1001", "VIP early access", Outcome.SEND, AT, "Maria accepts email.", SignalType.VISIT,
                        "Early access opens")
                .decided("C-1002", "Win-back", Outcome.DEFER, AT.plusSeconds(60),
                        "Deferred to Friday: James already received 2 messages this week.", null, "");
        robot.clickOn("#nav-activation");
        awaitIdle();

        assertThat(showing(robot.lookup("#activationContent").query())).isTrue();
        assertThat(showing(robot.lookup("#activationEmpty").query())).isFalse();
        assertThat(visibleTexts(robot)).contains("Live decisions", ActivationViewModel.NOT_SENT, "Outbox",
                "Latest decisions", "Signals received", "Waiting in the outbox", "Due to decide again",
                "1 processed · 0 waiting", "Latest decision 2026-10-20 14:31:05 (UTC)");
        assertThat(text(robot, "#decisionsCardValue")).isEqualTo("2");
        assertThat(text(robot, "#outboxCardValue")).isEqualTo("1");

        TableView<OutboxRow> outbox = robot.lookup("#outboxTable").queryAs(TableView.class);
        assertThat(outbox.getItems()).extracting(OutboxRow::customer, OutboxRow::theme, OutboxRow::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("C-1001", "Early access opens", "Waiting"));
        TableView<DecisionRow> decisions = robot.lookup("#decisionsTable").queryAs(TableView.class);
        assertThat(decisions.getItems()).extracting(DecisionRow::customer).containsExactly("C-1002", "C-1001");
        // The outcome tags are coloured as on the Simulation screen.
        assertThat(robot.lookup("#decisionsTable .badge").queryAllAs(Badge.class)).extracting(Badge::getText)
                .contains("Defer", "Send");
        Badge defer = robot.lookup("#decisionsTable .badge").queryAllAs(Badge.class).stream()
                .filter(b -> b.getText().equals("Defer")).findFirst().orElseThrow();
        assertThat(defer.getStyleClass()).contains("badge-warning");
        assertThat(visibleTexts(robot)).contains("Visit signal", "Due time came", "Maria accepts email.");

        // F5 reads again: a decision the loop took meanwhile appears.
        workspace.decisionFeed.decided("C-1003", "Welcome series", Outcome.SUPPRESS, AT.plusSeconds(120),
                "Ann opted out of every channel.", SignalType.PURCHASE, "");
        robot.clickOn((Node) robot.lookup("#decisionsTable").query());
        robot.type(KeyCode.F5);
        awaitIdle();
        assertThat(decisions.getItems()).extracting(DecisionRow::customer).containsExactly("C-1003", "C-1002", "C-1001");
        assertThat(text(robot, "#decisionsCardValue")).isEqualTo("3");

        // So does the Refresh button.
        workspace.decisionFeed.decided("C-1004", "VIP early access", Outcome.SEND, AT.plusSeconds(180), "Kim accepts email.",
                SignalType.CLICK, "Early access opens");
        robot.clickOn("#activationRefresh");
        awaitIdle();
        assertThat(outbox.getItems()).extracting(OutboxRow::customer).containsExactly("C-1004", "C-1001");
        assertThat(text(robot, "#outboxCardValue")).isEqualTo("2");
        assertThat(workspace.decisionFeed.reads).isGreaterThanOrEqualTo(3);
    }

    @Test
    void aFailedReadSaysWhyOnTheScreen(FxRobot robot) {
        workspace.decisionFeed.decided("C-1001", "VIP early access", Outcome.SEND, AT, "ok", SignalType.VISIT, "Hi");
        robot.clickOn("#nav-activation");
        awaitIdle();
        workspace.decisionFeed.failWith("database is locked");
        robot.clickOn("#activationRefresh");
        awaitIdle();
        assertThat(visibleTexts(robot)).contains("Could not read the loop");
        assertThat(String.join("\n", visibleTexts(robot)))
                .contains("Could not read the loop's decisions: database is locked");
    }
}
