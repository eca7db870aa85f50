package io.lakefront.ui.gold;

import atlantafx.base.controls.Message;
import io.lakefront.domain.gold.GoldFieldType;
import io.lakefront.domain.gold.SurvivorshipRule;
import io.lakefront.ui.shell.KeyboardShortcut;
import io.lakefront.ui.shell.ScreenController;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * Gold rules: the survivorship rule of every gold field (and the user's own fields) on the left, the
 * selected person source's columns and where each goes on the right; Save writes gold.yaml.
 */
public final class GoldRulesView implements ScreenController {
    private final GoldRulesViewModel viewModel;

    @FXML private VBox root;
    @FXML private Label subtitle;
    @FXML private Button saveButton;
    @FXML private Button revertButton;
    @FXML private Message problem;
    @FXML private Message notice;
    @FXML private Message readOnly;
    @FXML private TableView<FieldRuleRow> fieldTable;
    @FXML private TextField newFieldName;
    @FXML private ComboBox<GoldFieldType> newFieldType;
    @FXML private Button addFieldButton;
    @FXML private Button removeFieldButton;
    @FXML private ComboBox<String> sourceChoice;
    @FXML private TableView<MappingRow> mappingTable;

    public GoldRulesView(GoldRulesViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        boolean editable = viewModel.canEdit();
        subtitle.textProperty().bind(Bindings.concat("Saved in ", viewModel.locationProperty(),
                " in the workspace folder; changes apply at the next resolution."));
        show(problem, viewModel.problemProperty().isNotEmpty());
        problem.descriptionProperty().bind(viewModel.problemProperty());
        show(notice, viewModel.messageProperty().isNotEmpty());
        notice.descriptionProperty().bind(viewModel.messageProperty());
        readOnly.setVisible(!editable);
        readOnly.setManaged(!editable);
        saveButton.disableProperty().bind(viewModel.dirtyProperty().not().or(viewModel.busyProperty()));
        revertButton.disableProperty().bind(viewModel.dirtyProperty().not().or(viewModel.busyProperty()));
        saveButton.setVisible(editable);
        revertButton.setVisible(editable);

        fieldTable.setItems(viewModel.fields());
        fieldTable.setEditable(editable);
        fieldTable.setPlaceholder(new Label("Loading…"));
        TableColumn<FieldRuleRow, String> field = new TableColumn<>("Field");
        field.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().field()
                + (cell.getValue().custom() ? "  (" + cell.getValue().type().yamlName() + ", yours)" : "")));
        field.setPrefWidth(170);
        field.setEditable(false);
        TableColumn<FieldRuleRow, SurvivorshipRule> rule = new TableColumn<>("Rule");
        rule.setCellValueFactory(cell -> cell.getValue().ruleProperty());
        rule.setCellFactory(ComboBoxTableCell.forTableColumn(RULE_NAMES, FXCollections.observableArrayList(
                java.util.Arrays.stream(SurvivorshipRule.values())
                        .filter(r -> r != SurvivorshipRule.MOST_RESTRICTIVE).toList())));
        rule.setPrefWidth(170);
        TableColumn<FieldRuleRow, String> list = new TableColumn<>("Sources or values, in order");
        list.setCellValueFactory(cell -> cell.getValue().listProperty());
        list.setCellFactory(TextFieldTableCell.forTableColumn());
        list.setPrefWidth(240);
        fieldTable.getColumns().setAll(java.util.List.of(field, rule, list));
        fieldTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        newFieldType.setItems(FXCollections.observableArrayList(GoldFieldType.values()));
        newFieldType.getSelectionModel().select(GoldFieldType.TEXT);
        newFieldType.setConverter(new StringConverter<>() {
            @Override public String toString(GoldFieldType type) { return type == null ? "" : type.yamlName(); }
            @Override public GoldFieldType fromString(String text) { return GoldFieldType.valueOf(text.toUpperCase(Locale.ROOT)); }
        });
        for (javafx.scene.Node node : java.util.List.of(newFieldName, newFieldType, addFieldButton, removeFieldButton)) {
            node.setDisable(!editable);
        }
        newFieldName.setOnAction(event -> addField());
        removeFieldButton.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            FieldRuleRow selected = fieldTable.getSelectionModel().getSelectedItem();
            return !editable || selected == null || !selected.custom();
        }, fieldTable.getSelectionModel().selectedItemProperty()));

        sourceChoice.setItems(viewModel.sources());
        sourceChoice.valueProperty().bindBidirectional(viewModel.selectedSourceProperty());
        mappingTable.setItems(viewModel.mappings());
        mappingTable.setEditable(editable);
        mappingTable.setPlaceholder(new Label("No person source is prepared yet: add one on the Sources screen."));
        TableColumn<MappingRow, String> column = new TableColumn<>("Column");
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().column()));
        column.setEditable(false);
        column.setPrefWidth(150);
        TableColumn<MappingRow, String> tag = new TableColumn<>("Tag");
        tag.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().tag()));
        tag.setEditable(false);
        tag.setPrefWidth(95);
        TableColumn<MappingRow, String> target = new TableColumn<>("Goes to");
        target.setCellValueFactory(cell -> cell.getValue().targetProperty());
        target.setCellFactory(ComboBoxTableCell.forTableColumn(viewModel.targets()));
        target.setPrefWidth(140);
        TableColumn<MappingRow, String> proposed = new TableColumn<>("Proposed");
        proposed.setCellValueFactory(cell -> Bindings.createStringBinding(() -> cell.getValue().overridden()
                ? cell.getValue().proposed() + " (overridden)" : cell.getValue().proposed(),
                cell.getValue().targetProperty()));
        proposed.setEditable(false);
        proposed.setPrefWidth(130);
        mappingTable.getColumns().setAll(java.util.List.of(column, tag, target, proposed));
        mappingTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        // On the scene while this screen is in it, so Ctrl+S works wherever the focus is (even nowhere,
        // after a table cell's editor closes).
        javafx.event.EventHandler<KeyEvent> keys = event -> {
            if (KeyboardShortcut.SAVE.combination().match(event) && editable && viewModel.dirtyProperty().get()) {
                viewModel.save();
                event.consume();
            }
        };
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.removeEventFilter(KeyEvent.KEY_PRESSED, keys);
            }
            if (scene != null) {
                scene.addEventFilter(KeyEvent.KEY_PRESSED, keys);
            }
        });
    }

    private static final StringConverter<SurvivorshipRule> RULE_NAMES = new StringConverter<>() {
        @Override
        public String toString(SurvivorshipRule rule) {
            return rule == null ? "" : rule.yamlName().replace('_', ' ');
        }

        @Override
        public SurvivorshipRule fromString(String text) {
            return SurvivorshipRule.valueOf(text.strip().toUpperCase(Locale.ROOT).replace(' ', '_'));
        }
    };

    private static void show(Message message, javafx.beans.binding.BooleanExpression when) {
        message.visibleProperty().bind(when);
        message.managedProperty().bind(when);
    }

    @FXML
    private void save() {
        viewModel.save();
    }

    @FXML
    private void revert() {
        viewModel.revert();
    }

    @FXML
    private void addField() {
        if (viewModel.addField(newFieldName.getText(), newFieldType.getValue())) {
            newFieldName.clear();
            fieldTable.scrollTo(viewModel.fields().size() - 1);
        }
    }

    @FXML
    private void removeField() {
        FieldRuleRow selected = fieldTable.getSelectionModel().getSelectedItem();
        if (selected != null) {
            viewModel.removeField(selected);
        }
    }

    /** Coming back keeps unsaved edits; Reload (Ctrl+R) throws them away. */
    @Override
    public void shown() {
        if (!viewModel.dirtyProperty().get()) {
            viewModel.load();
        }
    }

    @Override
    public void refresh() {
        viewModel.load();
    }
}
