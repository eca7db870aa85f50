package io.lakefront.ui.identity;

import io.lakefront.domain.identity.workspace.RuleRecommendation;
import atlantafx.base.controls.Message;
import io.lakefront.ui.common.Badge;
import io.lakefront.ui.common.EmptyState;
import io.lakefront.ui.common.Formats;
import io.lakefront.ui.common.MetricTile;
import io.lakefront.ui.common.Tone;
import io.lakefront.ui.shell.Navigator;
import io.lakefront.ui.shell.ScreenController;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.CheckComboBox;

/**
 * Identity: Run resolution (progress, Cancel), then four tabs — overview (tiles, pairs per band with
 * threshold sliders, cluster sizes, blocking), pairs with the selected pair's waterfall, clusters with
 * their members and edges, and the rules editor (form and YAML).
 */
public final class IdentityView implements ScreenController {
    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);

    private final IdentityViewModel viewModel;
    private final Navigator navigator;

    @FXML private Label lastRun;
    @FXML private Button cancelRun;
    @FXML private Button runButton;
    @FXML private HBox progressRow;
    @FXML private ProgressBar progressBar;
    @FXML private Label progressText;
    @FXML private Label offlineNote;
    @FXML private Message problem;
    @FXML private Message notice;
    @FXML private VBox emptyPane;
    @FXML private EmptyState emptyState;
    @FXML private Button emptyRunButton;
    @FXML private TabPane identityTabs;
    @FXML private Tab overviewTab;
    @FXML private Tab pairsTab;
    @FXML private Tab clustersTab;
    @FXML private Tab rulesTab;

    @FXML private TilePane tiles;
    @FXML private Slider autoMatchSlider;
    @FXML private Slider reviewSlider;
    @FXML private Label autoMatchValue;
    @FXML private Label reviewValue;
    @FXML private Label matchCount;
    @FXML private Label reviewCount;
    @FXML private Label nonMatchCount;
    @FXML private Label bandsChange;
    @FXML private Button applyThresholds;
    @FXML private Button resetThresholds;
    @FXML private BarChart<String, Number> histogram;
    @FXML private Label blockingFacts;
    @FXML private TableView<BlockingRuleRow> blockingTable;
    @FXML private TableColumn<BlockingRuleRow, String> ruleColumn;
    @FXML private TableColumn<BlockingRuleRow, String> ruleKeysColumn;
    @FXML private TableColumn<BlockingRuleRow, String> rulePairsColumn;
    @FXML private TableColumn<BlockingRuleRow, String> ruleShareColumn;
    @FXML private TableColumn<BlockingRuleRow, String> ruleLargestColumn;
    @FXML private TableView<BlockSize> blocksTable;
    @FXML private TableColumn<BlockSize, String> blockRuleColumn;
    @FXML private TableColumn<BlockSize, String> blockKeyColumn;
    @FXML private TableColumn<BlockSize, String> blockRecordsColumn;
    @FXML private TableColumn<BlockSize, String> blockPairsColumn;
    @FXML private TableColumn<BlockSize, BlockSize> blockStatusColumn;
    @FXML private Label runFacts;

    @FXML private ComboBox<PairFilter> pairFilter;
    @FXML private TextField pairSearch;
    @FXML private Label pairsShown;
    @FXML private TableView<PairRow> pairsTable;
    @FXML private TableColumn<PairRow, String> pairAColumn;
    @FXML private TableColumn<PairRow, String> pairBColumn;
    @FXML private TableColumn<PairRow, String> pairWeightColumn;
    @FXML private TableColumn<PairRow, PairRow> pairBandColumn;
    @FXML private Label waterfallTitle;
    @FXML private Label waterfallSummary;
    @FXML private TableView<WaterfallRow> waterfallTable;
    @FXML private TableColumn<WaterfallRow, String> stepComparisonColumn;
    @FXML private TableColumn<WaterfallRow, String> stepLevelColumn;
    @FXML private TableColumn<WaterfallRow, String> stepValueAColumn;
    @FXML private TableColumn<WaterfallRow, String> stepValueBColumn;
    @FXML private TableColumn<WaterfallRow, String> stepWeightColumn;
    @FXML private TableColumn<WaterfallRow, WaterfallRow> stepBarColumn;
    @FXML private TextField explainA;
    @FXML private TextField explainB;
    @FXML private Button explainButton;
    @FXML private Label explainProblem;

    @FXML private TextField clusterSearch;
    @FXML private CheckBox includeSingles;
    @FXML private Label clustersShown;
    @FXML private TableView<ClusterRow> clustersTable;
    @FXML private TableColumn<ClusterRow, String> clusterIdColumn;
    @FXML private TableColumn<ClusterRow, String> clusterSizeColumn;
    @FXML private TableColumn<ClusterRow, String> clusterNamesColumn;
    @FXML private Label clusterTitle;
    @FXML private TableView<MemberRow> membersTable;
    @FXML private TableColumn<MemberRow, String> memberSourceColumn;
    @FXML private TableColumn<MemberRow, String> memberIdColumn;
    @FXML private TableColumn<MemberRow, String> memberNameColumn;
    @FXML private TableColumn<MemberRow, String> memberEmailColumn;
    @FXML private TableColumn<MemberRow, String> memberPhoneColumn;
    @FXML private TableColumn<MemberRow, String> memberBirthColumn;
    @FXML private TableColumn<MemberRow, String> memberAddressColumn;
    @FXML private Label edgesSummary;
    @FXML private Button showWaterfall;
    @FXML private TableView<EdgeRow> edgesTable;
    @FXML private TableColumn<EdgeRow, String> edgeAColumn;
    @FXML private TableColumn<EdgeRow, String> edgeBColumn;
    @FXML private TableColumn<EdgeRow, String> edgeWeightColumn;
    @FXML private TableColumn<EdgeRow, String> edgeReasonColumn;

    @FXML private TableView<BlockingRuleForm> blockingForm;
    @FXML private TableColumn<BlockingRuleForm, String> formRuleNameColumn;
    @FXML private TableColumn<BlockingRuleForm, String> formRuleKeysColumn;
    @FXML private TextField newRuleName;
    @FXML private ComboBox<KeyKind> firstKind;
    @FXML private ComboBox<String> firstField;
    @FXML private ComboBox<KeyKind> secondKind;
    @FXML private ComboBox<String> secondField;
    @FXML private Button addRule;
    @FXML private Button removeRule;
    @FXML private TableView<ComparisonForm> comparisonsForm;
    @FXML private TableColumn<ComparisonForm, String> formComparisonNameColumn;
    @FXML private TableColumn<ComparisonForm, String> formComparisonLevelsColumn;
    @FXML private TableColumn<ComparisonForm, Boolean> formComparisonTfColumn;
    @FXML private Button removeComparison;
    @FXML private TableView<DeterministicRuleForm> deterministicForm;
    @FXML private TableColumn<DeterministicRuleForm, String> formDeterministicNameColumn;
    @FXML private TableColumn<DeterministicRuleForm, String> formDeterministicFieldsColumn;
    @FXML private TextField newDeterministicName;
    @FXML private CheckComboBox<String> deterministicFields;
    @FXML private Button addDeterministic;
    @FXML private Button removeDeterministic;
    @FXML private Spinner<Double> autoMatchSpinner;
    @FXML private Spinner<Double> reviewSpinner;
    @FXML private Spinner<Integer> blockSpinner;
    @FXML private Spinner<Integer> clusterSpinner;
    @FXML private Spinner<Integer> sharedSpinner;
    @FXML private Label formProblem;
    @FXML private ListView<RuleSuggestion> suggestedRules;
    @FXML private Label suggestedStatus;
    @FXML private Button acceptSuggestion;
    @FXML private Button rejectSuggestion;
    @FXML private VBox recommendedSection;
    @FXML private Label recommendedTitle;
    @FXML private ComboBox<String> recommendSource;
    @FXML private Label newSourceHint;
    @FXML private ListView<RuleRecommendation> recommendedRules;
    @FXML private TextField recommendationEdit;
    @FXML private Button editRecommendation;
    @FXML private Button previewRecommendation;
    @FXML private Button cancelPreview;
    @FXML private Button acceptRecommendation;
    @FXML private Button rejectRecommendation;
    @FXML private Label recommendedStatus;
    @FXML private Label recommendationPreview;
    @FXML private Button revertRules;
    @FXML private Button saveRules;
    @FXML private Label rulesStatus;
    @FXML private TextArea yamlEditor;
    @FXML private Label yamlProblem;

    public IdentityView(IdentityViewModel viewModel, Navigator navigator) {
        this.viewModel = viewModel;
        this.navigator = navigator;
    }

    @FXML
    private void initialize() {
        header();
        overview();
        pairs();
        clusters();
        rules();
    }

    private void header() {
        showWhenNotEmpty(lastRun, viewModel.lastRunProperty());
        offlineNote.setText(viewModel.offlineNote());
        runButton.setOnAction(e -> viewModel.runResolution());
        runButton.disableProperty().bind(viewModel.runningProperty());
        emptyRunButton.setOnAction(e -> viewModel.runResolution());
        emptyRunButton.disableProperty().bind(viewModel.runningProperty());
        cancelRun.setOnAction(e -> viewModel.cancelRun());
        showWhen(cancelRun, viewModel.runningProperty());
        showWhen(progressRow, viewModel.runningProperty());
        progressBar.progressProperty().bind(viewModel.progressProperty());
        progressText.textProperty().bind(viewModel.progressTextProperty());

        emptyState.show(viewModel.emptyState(), navigator);
        emptyPane.visibleProperty().bind(viewModel.emptyProperty());
        identityTabs.visibleProperty().bind(viewModel.runProperty().isNotNull());
        List<Tab> order = List.of(overviewTab, pairsTab, clustersTab, rulesTab);
        identityTabs.getSelectionModel().select(order.get(viewModel.tabProperty().get().ordinal()));
        identityTabs.getSelectionModel().selectedIndexProperty().addListener((obs, old, index) ->
                viewModel.tabProperty().set(IdentityTab.values()[index.intValue()]));
        viewModel.tabProperty().addListener((obs, old, tab) -> identityTabs.getSelectionModel().select(order.get(tab.ordinal())));

        message(problem, viewModel.problemProperty(), viewModel::dismissProblem);
        message(notice, viewModel.noticeProperty(), viewModel::dismissNotice);
    }

    private void overview() {
        tiles.getChildren().setAll(
                new MetricTile("tile-records", "mdal-layers", "Records", viewModel.recordsTextProperty(),
                        "Person records the run read"),
                new MetricTile("tile-people", "mdmz-people", "People", viewModel.peopleTextProperty(),
                        "Clusters: one per person found"),
                new MetricTile("tile-identity-match-rate", "mdal-fingerprint", "Match rate",
                        viewModel.matchRateTextProperty(), "Records linked to at least one other"),
                new MetricTile("tile-pairs", "mdal-compare_arrows", "Pairs scored", viewModel.pairsTextProperty(),
                        "Candidate pairs blocking brought together"));
        MetricTile records = (MetricTile) tiles.getChildren().get(0);
        ((Label) records.getFooter()).textProperty().bind(javafx.beans.binding.Bindings.when(
                viewModel.sourcesTextProperty().isEmpty()).then("Person records the run read")
                .otherwise(viewModel.sourcesTextProperty()));

        autoMatchSlider.minProperty().bind(viewModel.sliderMinProperty());
        autoMatchSlider.maxProperty().bind(viewModel.sliderMaxProperty());
        reviewSlider.minProperty().bind(viewModel.sliderMinProperty());
        reviewSlider.maxProperty().bind(viewModel.sliderMaxProperty());
        autoMatchSlider.valueProperty().bindBidirectional(viewModel.autoMatchProperty());
        reviewSlider.valueProperty().bindBidirectional(viewModel.reviewProperty());
        autoMatchValue.textProperty().bind(viewModel.autoMatchProperty().asString(java.util.Locale.ROOT, "%.1f"));
        reviewValue.textProperty().bind(viewModel.reviewProperty().asString(java.util.Locale.ROOT, "%.1f"));
        matchCount.textProperty().bind(viewModel.matchCountProperty());
        reviewCount.textProperty().bind(viewModel.reviewCountProperty());
        nonMatchCount.textProperty().bind(viewModel.nonMatchCountProperty());
        bandsChange.textProperty().bind(viewModel.bandsChangeProperty());
        applyThresholds.setOnAction(e -> viewModel.applyThresholds());
        applyThresholds.disableProperty().bind(viewModel.thresholdsMovedProperty().not()
                .or(viewModel.rules().savingProperty()));
        resetThresholds.setOnAction(e -> viewModel.resetThresholds());
        resetThresholds.disableProperty().bind(viewModel.thresholdsMovedProperty().not());

        viewModel.histogram().addListener((ListChangeListener<HistogramBar>) change -> showHistogram());
        showHistogram();

        blockingFacts.textProperty().bind(viewModel.blockingFactsProperty());
        blockingTable.setItems(viewModel.blockingRules());
        text(ruleColumn, BlockingRuleRow::rule);
        text(ruleKeysColumn, BlockingRuleRow::keys);
        text(rulePairsColumn, BlockingRuleRow::pairsText);
        text(ruleShareColumn, BlockingRuleRow::share);
        text(ruleLargestColumn, BlockingRuleRow::largest);
        blocksTable.setItems(viewModel.largestBlocks());
        text(blockRuleColumn, BlockSize::rule);
        text(blockKeyColumn, BlockSize::key);
        text(blockRecordsColumn, block -> Formats.count(block.records()));
        text(blockPairsColumn, block -> Formats.count(block.pairs()));
        blockStatusColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        blockStatusColumn.setCellFactory(c -> badgeCell(
                block -> block.skipped() ? "skipped" : "compared",
                block -> block.skipped() ? Tone.WARNING : Tone.NEUTRAL));
        showWhenNotEmpty(runFacts, viewModel.runFactsProperty());
    }

    private void showHistogram() {
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        for (HistogramBar bar : viewModel.histogram()) {
            series.getData().add(new XYChart.Data<>(bar.label(), bar.clusters()));
        }
        histogram.getData().setAll(List.of(series));
    }

    private void pairs() {
        PairsViewModel pairs = viewModel.pairs();
        pairFilter.getItems().setAll(PairFilter.values());
        pairFilter.valueProperty().bindBidirectional(pairs.filterProperty());
        pairSearch.textProperty().bindBidirectional(pairs.searchProperty());
        pairsShown.textProperty().bind(pairs.shownProperty());
        pairsTable.setItems(pairs.rows());
        text(pairAColumn, PairRow::recordA);
        text(pairBColumn, PairRow::recordB);
        text(pairWeightColumn, PairRow::weightText);
        pairBandColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        pairBandColumn.setCellFactory(c -> badgeCell(PairRow::bandLabel, PairRow::tone));
        bindSelection(pairsTable, pairs.selectedProperty());

        waterfallTitle.textProperty().bind(pairs.waterfallTitleProperty());
        waterfallSummary.textProperty().bind(pairs.waterfallSummaryProperty());
        waterfallTable.setItems(pairs.waterfall());
        text(stepComparisonColumn, WaterfallRow::comparison);
        text(stepLevelColumn, WaterfallRow::level);
        text(stepValueAColumn, WaterfallRow::valueA);
        text(stepValueBColumn, WaterfallRow::valueB);
        text(stepWeightColumn, WaterfallRow::weightText);
        stepBarColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        stepBarColumn.setCellFactory(c -> new WaterfallBarCell());
        explainA.textProperty().bindBidirectional(pairs.explainAProperty());
        explainB.textProperty().bindBidirectional(pairs.explainBProperty());
        explainButton.setOnAction(e -> pairs.explainTyped());
        explainB.setOnAction(e -> pairs.explainTyped());
        showWhenNotEmpty(explainProblem, pairs.explainProblemProperty());
    }

    private void clusters() {
        ClustersViewModel clusters = viewModel.clusters();
        clusterSearch.textProperty().bindBidirectional(clusters.searchProperty());
        includeSingles.selectedProperty().bindBidirectional(clusters.includeSinglesProperty());
        clustersShown.textProperty().bind(clusters.shownProperty());
        clustersTable.setItems(clusters.rows());
        text(clusterIdColumn, row -> String.valueOf(row.id()));
        text(clusterSizeColumn, row -> Formats.count(row.size()));
        text(clusterNamesColumn, ClusterRow::names);
        bindSelection(clustersTable, clusters.selectedProperty());

        clusterTitle.textProperty().bind(clusters.clusterTitleProperty());
        membersTable.setItems(clusters.members());
        text(memberSourceColumn, MemberRow::source);
        text(memberIdColumn, MemberRow::recordId);
        text(memberNameColumn, MemberRow::name);
        text(memberEmailColumn, MemberRow::email);
        text(memberPhoneColumn, MemberRow::phone);
        text(memberBirthColumn, MemberRow::birthDate);
        text(memberAddressColumn, MemberRow::address);
        edgesSummary.textProperty().bind(clusters.edgesSummaryProperty());
        edgesTable.setItems(clusters.edges());
        text(edgeAColumn, EdgeRow::recordA);
        text(edgeBColumn, EdgeRow::recordB);
        text(edgeWeightColumn, EdgeRow::weight);
        text(edgeReasonColumn, EdgeRow::reason);
        showWaterfall.disableProperty().bind(edgesTable.getSelectionModel().selectedItemProperty().isNull());
        showWaterfall.setOnAction(e -> clusters.explain(edgesTable.getSelectionModel().getSelectedItem()));
        edgesTable.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                clusters.explain(edgesTable.getSelectionModel().getSelectedItem());
            }
        });
        edgesTable.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                clusters.explain(edgesTable.getSelectionModel().getSelectedItem());
            }
        });
    }

    /** Suggested rules: each a block of reasoning, warning and samples; Accept and Reject act on the selected one. */
    private void suggestions(SuggestedRulesViewModel suggested) {
        RuleBlocks.show(suggestedRules, suggested.suggestions(), suggested.statusProperty(), suggestedStatus, 230,
                item -> {
                    List<javafx.scene.Node> lines = new java.util.ArrayList<>(List.of(RuleBlocks.heading(item.title()),
                            RuleBlocks.wrapped(item.reasoning())));
                    if (!item.warning().isEmpty()) {
                        lines.add(RuleBlocks.wrapped(item.warning(), "text-warning"));
                    }
                    item.samples().forEach(sample -> lines.add(RuleBlocks.oneLine(sample, "text-small", "text-muted", "mono")));
                    return lines;
                });
        javafx.beans.binding.BooleanBinding none = suggestedRules.getSelectionModel().selectedItemProperty().isNull()
                .or(suggested.busyProperty());
        acceptSuggestion.disableProperty().bind(none);
        rejectSuggestion.disableProperty().bind(none);
        acceptSuggestion.setOnAction(e -> suggested.accept(suggestedRules.getSelectionModel().getSelectedItem()));
        rejectSuggestion.setOnAction(e -> suggested.reject(suggestedRules.getSelectionModel().getSelectedItem()));
    }

    /** Recommended for source X: pick a source, select a recommendation, edit, preview, accept or reject it. */
    private void recommendations(RecommendedRulesViewModel recommended) {
        // Shown while a prepared source is new to identity (added since the last run), so the form stays in view.
        recommendedSection.visibleProperty().bind(recommended.newSourceHintProperty().isNotEmpty());
        recommendedSection.managedProperty().bind(recommendedSection.visibleProperty());
        recommendedTitle.textProperty().bind(recommended.titleProperty());
        recommendSource.setItems(recommended.sources());
        recommendSource.setValue(recommended.sourceProperty().get());
        recommended.sourceProperty().addListener((obs, old, now) -> recommendSource.setValue(now));
        // Replacing the items clears a combo box's value: show the chosen source again.
        recommended.sources().addListener((javafx.collections.ListChangeListener<String>) change ->
                recommendSource.setValue(recommended.sourceProperty().get()));
        recommendSource.setOnAction(e -> {
            String chosen = recommendSource.getValue();
            if (chosen != null && !chosen.equals(recommended.sourceProperty().get())) {
                recommended.load(chosen);
            }
        });
        showWhenNotEmpty(newSourceHint, recommended.newSourceHintProperty());
        RuleBlocks.show(recommendedRules, recommended.recommendations(), recommended.statusProperty(),
                recommendedStatus, 200, item -> List.of(
                        RuleBlocks.heading(item.number() + ". " + item.title() + "  ·  " + item.kind().label()),
                        RuleBlocks.wrapped(item.reasoning()),
                        RuleBlocks.oneLine("Accepting writes: " + item.describeChanges(), "text-small", "text-muted")));
        recommendedStatus.managedProperty().bind(recommendedStatus.visibleProperty());
        recommendedRules.getSelectionModel().selectedItemProperty().addListener((obs, old, now) ->
                recommendationEdit.setText(RecommendedRulesViewModel.editable(now)));
        showWhenNotEmpty(recommendationPreview, recommended.previewProperty());
        javafx.beans.binding.BooleanBinding none = recommendedRules.getSelectionModel().selectedItemProperty().isNull()
                .or(recommended.busyProperty());
        editRecommendation.disableProperty().bind(none.or(recommended.previewingProperty()));
        previewRecommendation.disableProperty().bind(none.or(recommended.previewingProperty()));
        cancelPreview.disableProperty().bind(recommended.previewingProperty().not());
        acceptRecommendation.disableProperty().bind(none.or(recommended.previewingProperty()));
        rejectRecommendation.disableProperty().bind(none);
        editRecommendation.setOnAction(e -> {
            RuleRecommendation edited = recommended.edit(recommendedRules.getSelectionModel().getSelectedItem(),
                    recommendationEdit.getText());
            if (edited != null) {
                recommendedRules.getSelectionModel().select(edited);
            }
        });
        previewRecommendation.setOnAction(e -> recommended.preview(recommendedRules.getSelectionModel().getSelectedItem()));
        cancelPreview.setOnAction(e -> recommended.cancelPreview());
        acceptRecommendation.setOnAction(e -> recommended.accept(recommendedRules.getSelectionModel().getSelectedItem()));
        rejectRecommendation.setOnAction(e -> recommended.reject(recommendedRules.getSelectionModel().getSelectedItem()));
    }

    private void rules() {
        RulesEditorViewModel rules = viewModel.rules();
        yamlEditor.textProperty().bindBidirectional(rules.yamlProperty());
        showWhenNotEmpty(yamlProblem, rules.problemProperty());
        showWhenNotEmpty(rulesStatus, rules.statusProperty());
        showWhenNotEmpty(formProblem, rules.formProblemProperty());
        saveRules.setOnAction(e -> rules.save());
        saveRules.disableProperty().bind(rules.dirtyProperty().not().or(rules.validProperty().not())
                .or(rules.savingProperty()));
        revertRules.setOnAction(e -> rules.revert());
        revertRules.disableProperty().bind(rules.dirtyProperty().not());
        yamlEditor.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (SAVE.match(e)) {
                rules.save();
                e.consume();
            }
        });

        suggestions(rules.suggested());
        recommendations(rules.recommended());

        blockingForm.setItems(rules.blockingRules());
        text(formRuleNameColumn, BlockingRuleForm::name);
        text(formRuleKeysColumn, BlockingRuleForm::keys);
        firstKind.getItems().setAll(KeyKind.values());
        firstKind.setValue(KeyKind.EXACT);
        secondKind.getItems().setAll(KeyKind.values());
        firstField.getItems().setAll(RulesEditorViewModel.FIELDS);
        secondField.getItems().setAll(RulesEditorViewModel.FIELDS);
        firstField.setPromptText("field");
        secondField.setPromptText("field");
        addRule.setOnAction(e -> {
            int before = rules.blockingRules().size();
            rules.addBlockingRule(newRuleName.getText(), firstKind.getValue(), firstField.getValue(),
                    secondKind.getValue(), secondField.getValue());
            if (rules.blockingRules().size() > before) {
                newRuleName.clear();
            }
        });
        removeRule.disableProperty().bind(blockingForm.getSelectionModel().selectedItemProperty().isNull());
        removeRule.setOnAction(e -> rules.removeBlockingRule(blockingForm.getSelectionModel().getSelectedIndex()));

        comparisonsForm.setItems(rules.comparisons());
        text(formComparisonNameColumn, c -> c.name().equals(c.field()) ? c.name() : c.name() + " (" + c.field() + ")");
        text(formComparisonLevelsColumn, ComparisonForm::levels);
        formComparisonTfColumn.setEditable(true);
        formComparisonTfColumn.setCellValueFactory(c -> {
            javafx.beans.property.SimpleBooleanProperty value = new javafx.beans.property.SimpleBooleanProperty(c.getValue().termFrequency());
            int index = rules.comparisons().indexOf(c.getValue());
            value.addListener((obs, old, on) -> rules.setTermFrequency(index, on));
            return value;
        });
        formComparisonTfColumn.setCellFactory(CheckBoxTableCell.forTableColumn(formComparisonTfColumn));
        removeComparison.disableProperty().bind(comparisonsForm.getSelectionModel().selectedItemProperty().isNull());
        removeComparison.setOnAction(e -> rules.removeComparison(comparisonsForm.getSelectionModel().getSelectedIndex()));

        deterministicForm.setItems(rules.deterministicRules());
        text(formDeterministicNameColumn, DeterministicRuleForm::name);
        text(formDeterministicFieldsColumn, DeterministicRuleForm::fields);
        deterministicFields.getItems().setAll(RulesEditorViewModel.FIELDS);
        addDeterministic.setOnAction(e -> {
            int before = rules.deterministicRules().size();
            rules.addDeterministicRule(newDeterministicName.getText(),
                    List.copyOf(deterministicFields.getCheckModel().getCheckedItems()));
            if (rules.deterministicRules().size() > before) {
                newDeterministicName.clear();
                deterministicFields.getCheckModel().clearChecks();
            }
        });
        removeDeterministic.disableProperty().bind(deterministicForm.getSelectionModel().selectedItemProperty().isNull());
        removeDeterministic.setOnAction(e ->
                rules.removeDeterministicRule(deterministicForm.getSelectionModel().getSelectedIndex()));

        decimalSpinner(autoMatchSpinner, rules.autoMatchProperty(), value ->
                rules.setThresholds(value, Math.min(value, rules.reviewProperty().get())));
        decimalSpinner(reviewSpinner, rules.reviewProperty(), value ->
                rules.setThresholds(Math.max(value, rules.autoMatchProperty().get()), value));
        wholeSpinner(blockSpinner, rules.maxBlockSizeProperty(), value -> rules.setGuards(value,
                rules.maxClusterSizeProperty().get(), rules.maxSharedValueProperty().get()));
        wholeSpinner(clusterSpinner, rules.maxClusterSizeProperty(), value -> rules.setGuards(
                rules.maxBlockSizeProperty().get(), value, rules.maxSharedValueProperty().get()));
        wholeSpinner(sharedSpinner, rules.maxSharedValueProperty(), value -> rules.setGuards(
                rules.maxBlockSizeProperty().get(), rules.maxClusterSizeProperty().get(), value));
    }

    /** A spinner that shows a rules value and writes the user's changes back through {@code edit}. */
    private static void decimalSpinner(Spinner<Double> spinner, javafx.beans.property.ReadOnlyDoubleProperty value,
                                       java.util.function.DoubleConsumer edit) {
        SpinnerValueFactory.DoubleSpinnerValueFactory factory =
                new SpinnerValueFactory.DoubleSpinnerValueFactory(-100, 100, value.get(), 0.5);
        spinner.setValueFactory(factory);
        value.addListener((obs, old, now) -> factory.setValue(now.doubleValue()));
        factory.valueProperty().addListener((obs, old, now) -> {
            if (now != null && now != value.get()) {
                edit.accept(now);
            }
        });
    }

    private static void wholeSpinner(Spinner<Integer> spinner, javafx.beans.property.ReadOnlyIntegerProperty value,
                                     java.util.function.IntConsumer edit) {
        SpinnerValueFactory.IntegerSpinnerValueFactory factory =
                new SpinnerValueFactory.IntegerSpinnerValueFactory(2, 1_000_000, Math.max(2, value.get()), 1);
        spinner.setValueFactory(factory);
        value.addListener((obs, old, now) -> factory.setValue(Math.max(2, now.intValue())));
        factory.valueProperty().addListener((obs, old, now) -> {
            if (now != null && now != value.get()) {
                edit.accept(now);
            }
        });
    }

    private static <R> void bindSelection(TableView<R> table, javafx.beans.property.ObjectProperty<R> selected) {
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null && row != selected.get()) {
                selected.set(row);
            }
        });
        selected.addListener((obs, old, row) -> {
            if (row == null) {
                table.getSelectionModel().clearSelection();
            } else if (table.getSelectionModel().getSelectedItem() != row) {
                table.getSelectionModel().select(row);
                table.scrollTo(row);
            }
        });
    }

    private static void message(Message message, javafx.beans.property.ReadOnlyStringProperty text, Runnable dismiss) {
        message.descriptionProperty().bind(text);
        message.visibleProperty().bind(text.isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        message.setOnClose(e -> dismiss.run());
    }

    private static void showWhen(javafx.scene.Node node, javafx.beans.value.ObservableBooleanValue condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(condition);
    }

    private static void showWhenNotEmpty(Label label, ObservableStringValue text) {
        label.textProperty().bind(text);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }

    private static <R> void text(TableColumn<R, String> column, Function<R, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                // Record labels and values are often cut with "…": the whole text shows on hover.
                setTooltip(empty || item == null || item.length() < 12 ? null : new javafx.scene.control.Tooltip(item));
            }
        });
    }

    private static <R> TableCell<R, R> badgeCell(Function<R, String> label, Function<R, Tone> tone) {
        return new TableCell<>() {
            private final Badge badge = new Badge();

            @Override
            protected void updateItem(R item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setGraphic(null);
                } else {
                    badge.show(label.apply(item), tone.apply(item));
                    setGraphic(badge);
                }
            }
        };
    }

    @Override
    public void shown() {
        viewModel.shown();
    }

    @Override
    public void refresh() {
        viewModel.refresh();
    }
}
