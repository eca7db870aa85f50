package io.lakefront.ui.gold;

import static org.assertj.core.api.Assertions.assertThat;

import io.lakefront.domain.gold.GoldField;
import io.lakefront.domain.gold.SurvivorshipRule;
import io.lakefront.ui.fakes.WorkbenchScreenTest;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The real Gold rules screen on an in-memory workspace: change a rule in the table, save with the keyboard. */
class GoldRulesScreenTest extends WorkbenchScreenTest {
    @Start
    void start(Stage stage) {
        show(stage);
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_rule_is_changed_in_the_table_and_saved_with_ctrl_s(FxRobot robot) throws Exception {
        robot.clickOn("#nav-gold-rules");
        awaitIdle();
        TableView<FieldRuleRow> fields = robot.lookup("#fieldTable").queryAs(TableView.class);
        assertThat(fields.getItems()).hasSizeGreaterThan(10);
        assertThat(robot.lookup("#saveButton").queryAs(Button.class).isDisabled()).as("nothing to save yet").isTrue();
        TableView<MappingRow> mappings = robot.lookup("#mappingTable").queryAs(TableView.class);
        assertThat(mappings.getItems()).extracting(MappingRow::column).contains("Loyalty Tier", "Email Opt In");

        // Edit the street's rule through its cell's combo box, as a person would: click the cell, pick the rule.
        int street = fields.getItems().stream().map(FieldRuleRow::field).toList().indexOf("street");
        robot.interact(() -> fields.scrollTo(street));
        javafx.scene.Node cell = robot.lookup("#fieldTable .table-row-cell").match(node ->
                ((javafx.scene.control.TableRow<?>) node).getIndex() == street).query().lookupAll(".table-cell")
                .stream().filter(node -> ((javafx.scene.control.TableCell<?, ?>) node).getTableColumn()
                        == fields.getColumns().get(1)).findFirst().orElseThrow();
        robot.clickOn(cell).clickOn(cell);
        awaitIdle();
        assertThat(fields.getEditingCell()).as("the rule cell is being edited").isNotNull();
        robot.clickOn(robot.lookup("#fieldTable .table-cell .combo-box").queryAs(javafx.scene.Node.class));
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell")
                .match(org.testfx.matcher.control.LabeledMatchers.hasText("longest")).queryAs(javafx.scene.Node.class));
        awaitIdle();
        assertThat(fields.getItems().get(street).ruleProperty().get()).isEqualTo(SurvivorshipRule.LONGEST);
        assertThat(robot.lookup("#saveButton").queryAs(Button.class).isDisabled()).isFalse();

        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        awaitIdle();

        assertThat(workspace.gold.saved.rule(GoldField.STREET).rule()).isEqualTo(SurvivorshipRule.LONGEST);
        assertThat(robot.lookup("#notice").queryAs(atlantafx.base.controls.Message.class).getDescription())
                .startsWith("Saved to gold.yaml");
    }
}
