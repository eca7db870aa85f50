package io.lakefront.ui.customers;

import static org.assertj.core.api.Assertions.assertThat;

import io.lakefront.domain.identity.workspace.LinkDecision;
import io.lakefront.ui.Workbench;
import io.lakefront.ui.fakes.TestWorkspace;
import io.lakefront.ui.fakes.WorkbenchScreenTest;
import io.lakefront.ui.shell.ThemeMode;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real Customers screen over the in-memory customer desk, driven with the keyboard and the mouse. */
class CustomersScreenTest extends WorkbenchScreenTest {
    @Override
    protected TestWorkspace workspace() {
        return TestWorkspace.withData().withCustomers();
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
    void searches_as_you_type_walks_with_the_arrows_and_opens_with_enter(FxRobot robot) {
        robot.clickOn("#nav-customers");
        awaitIdle();
        assertThat(results(robot).getItems()).hasSize(3);
        assertThat(visibleTexts(robot)).contains("3 customers · the first 3 by id", CustomersViewModel.NO_PROFILE);

        robot.clickOn("#resultsText"); // the focus leaves the search box
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        assertThat(robot.lookup("#searchField").queryAs(TextField.class).isFocused()).isTrue();
        robot.write("shcmidt");
        awaitSearch();
        assertThat(results(robot).getItems()).extracting(ResultRow::name).containsExactly("Anna Schmidt");

        robot.eraseText(7).write("o'nei");
        awaitSearch();
        assertThat(results(robot).getItems()).extracting(ResultRow::name).containsExactly("James O'Neil");

        robot.eraseText(5);
        awaitSearch();
        robot.type(KeyCode.DOWN).type(KeyCode.DOWN).type(KeyCode.UP).type(KeyCode.DOWN).type(KeyCode.ENTER);
        awaitIdle();
        assertThat(text(robot, "#profileTitle")).isEqualTo("Anna Schmidt");
        assertThat(visibleTexts(robot)).contains(CustomersViewModel.NO_LINEAGE, CustomersViewModel.NO_METRICS);

        robot.clickOn(cell(robot, "Maria Lopez"));
        awaitIdle();
        assertThat(text(robot, "#profileTitle")).isEqualTo("Maria Lopez");
        assertThat(visibleTexts(robot)).contains("Churn risk", "18%", "3 purchases · 1 tickets · 3 engagement events",
                "Email click");
        TableView<?> fields = robot.lookup("#fieldsTable").queryAs(TableView.class);
        WaitForAsyncUtils.asyncFx(() -> fields.getSelectionModel().select(2));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#fieldDetail"))
                .isEqualTo("Email: From crm/C-1001, chosen by source priority: crm is ranked above webshop.");
    }

    @Test
    void splits_a_member_out_after_a_reason_and_a_confirmation(FxRobot robot) {
        robot.clickOn("#nav-customers");
        awaitIdle();
        robot.clickOn(cell(robot, "Anna Schmidt"));
        awaitIdle();
        assertThat(text(robot, "#profileTitle")).isEqualTo("Anna Schmidt");
        assertThat(robot.lookup("#splitButton").queryButton().isDisabled()).isTrue();

        TableView<?> members = robot.lookup("#membersTable").queryAs(TableView.class);
        WaitForAsyncUtils.asyncFx(() -> members.getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
        // The members sit below the fold of the profile.
        WaitForAsyncUtils.asyncFx(() -> robot.lookup("#profileScroll").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(0.45));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#splitButton");
        assertThat(robot.lookup("#splitNext").queryButton().isDisabled()).isTrue();
        robot.clickOn("#splitReason").write("a different Anna: other birth date");
        robot.clickOn("#splitNext");
        assertThat(visibleTexts(robot)).contains("Record the split?");
        assertThat(workspace.customers.decisions.all).isEmpty();
        robot.clickOn("#splitConfirm");
        awaitIdle();

        assertThat(workspace.customers.decisions.all).singleElement()
                .satisfies(d -> assertThat(d.kind()).isEqualTo(LinkDecision.Kind.CANNOT_LINK));
        assertThat(workspace.customers.splits).containsExactly("C00000003 webshop/2 a different Anna: other birth date");
        assertThat(robot.lookup("#runResolutionButton").queryButton().isVisible()).isTrue();
        assertThat(visibleTexts(robot).stream().anyMatch(t -> t.contains("at the next resolution run"))).isTrue();

        int runs = workspace.identity.runs();
        robot.clickOn("#runResolutionButton");
        awaitIdle();
        assertThat(workspace.identity.runs()).isEqualTo(runs + 1);
        assertThat(robot.lookup("#runResolutionButton").queryButton().isVisible()).isFalse();
    }

    @Test
    void an_empty_gold_table_says_what_to_do(FxRobot robot) {
        workbench.close();
        TestWorkspace empty = TestWorkspace.empty();
        WaitForAsyncUtils.asyncFx(() -> {
            workbench = Workbench.build(empty.services(), ThemeMode.LIGHT);
            robot.window(0).getScene().setRoot(workbench.root());
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#nav-customers");
        awaitIdle();
        assertThat(visibleTexts(robot)).contains("No customer profiles yet", "Open Identity");
        assertThat(robot.lookup("#customersSplit").query().isVisible()).isFalse();
    }

    /** The result cell showing the customer (cells are reused, so their order in the scene graph says nothing). */
    @SuppressWarnings("unchecked")
    private static Node cell(FxRobot robot, String name) {
        return robot.lookup("#resultsList .list-cell")
                .match(n -> ((javafx.scene.control.ListCell<ResultRow>) n).getItem() != null
                        && ((javafx.scene.control.ListCell<ResultRow>) n).getItem().name().equals(name))
                .query();
    }

    @SuppressWarnings("unchecked")
    private static ListView<ResultRow> results(FxRobot robot) {
        return robot.lookup("#resultsList").queryAs(ListView.class);
    }

    /** Typing starts a search after the debounce: wait for it to start, then for it to end. */
    private void awaitSearch() {
        try {
            Thread.sleep(CustomersViewModel.DEBOUNCE.toMillis() + 50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        awaitIdle();
    }
}
