package io.lakefront.ui.fakes;

import io.lakefront.ui.Workbench;
import io.lakefront.ui.shell.ThemeMode;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What every test of a real screen shares: the workbench over an in-memory {@link TestWorkspace} in a
 * 1400-pixel-wide window, closed after each test, and waiting until its background tasks are done.
 * A test class gives its workspace through {@link #workspace()} and its window height through
 * {@link #height()}, and declares its own {@code @Start} method calling {@link #show(Stage)}: TestFX
 * looks for {@code @Start} among the test class's own methods only.
 */
@ExtendWith(ApplicationExtension.class)
public abstract class WorkbenchScreenTest {
    protected final TestWorkspace workspace = workspace();
    protected Workbench workbench;

    /** The workspace the screens run on (called once, while the test instance is built). */
    protected TestWorkspace workspace() {
        return TestWorkspace.withData();
    }

    protected double height() {
        return 1000;
    }

    protected void show(Stage stage) {
        workbench = Workbench.build(workspace.services(), ThemeMode.LIGHT);
        stage.setScene(workbench.scene(1400, height()));
        stage.show();
    }

    @AfterEach
    void closeWorkbench() {
        workbench.close();
    }

    /** Waits until no background task runs and the FX events they posted are handled. */
    protected void awaitIdle() {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                    () -> workbench.tasks().idleProperty().get()).get());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("background tasks still running", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    protected static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    /** The texts of the labels and text nodes a person can see now. */
    protected static List<String> visibleTexts(FxRobot robot) {
        return robot.lookup(node -> (node instanceof Labeled || node instanceof Text) && showing(node)).queryAll()
                .stream().map(n -> n instanceof Labeled l ? l.getText() : ((Text) n).getText())
                .filter(t -> t != null).toList();
    }

    /** Whether the node and every parent of it is visible, in a scene. */
    protected static boolean showing(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }
}
