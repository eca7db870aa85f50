package io.lakefront.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.lakefront.ui.fakes.TestWorkspace;
import io.lakefront.ui.shell.ThemeMode;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class EmptyWorkspaceWindowTest {
    private Workbench workbench;

    @Start
    void start(Stage stage) {
        workbench = Workbench.build(TestWorkspace.empty().services(), ThemeMode.LIGHT);
        stage.setScene(workbench.scene(1400, 900));
        stage.show();
    }

    @AfterEach
    void close() {
        workbench.close();
    }

    @Test
    void an_empty_workspace_greets_with_getting_started_and_empty_sources_and_campaigns(FxRobot robot) throws Exception {
        awaitLoaded();
        assertThat(robot.lookup("#gettingStarted").query().isVisible()).isTrue();

        robot.clickOn("#nav-sources");
        awaitLoaded();
        assertThat(robot.lookup("#emptyState #empty-state-title").queryAs(Labeled.class).getText()).isEqualTo("No sources yet");

        robot.clickOn("#nav-campaigns");
        awaitLoaded();
        assertThat(robot.lookup(n -> n instanceof Labeled l && "No campaigns yet".equals(l.getText()) && n.isVisible()
                && n.getParent().isVisible()).tryQuery()).isPresent();
    }

    private void awaitLoaded() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(() -> workbench.tasks().idleProperty().get()).get());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
