package io.lakefront.ui.identity;

import io.lakefront.domain.identity.BlockingKey;
import io.lakefront.domain.identity.BlockingRule;
import io.lakefront.domain.identity.Comparison;
import io.lakefront.domain.identity.ComparisonLevel;
import io.lakefront.domain.identity.DeterministicRule;
import io.lakefront.domain.identity.Guards;
import io.lakefront.domain.identity.IdentitySpec;
import io.lakefront.domain.identity.Thresholds;
import io.lakefront.domain.identity.mapping.PersonFields;
import io.lakefront.domain.task.TaskExecutor;
import io.lakefront.ui.common.Formats;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The rules editor, both ways: the YAML text of {@code identity.yaml} and a form over the same
 * specification. Every edit of the text is checked at once; while it reads, the form shows it, and
 * every form edit rewrites the text. Saving refuses text that does not read.
 */
public final class RulesEditorViewModel {
    /** The fields a rule may name, in the order the rules file lists them. */
    public static final List<String> FIELDS = PersonFields.ALL;

    private final IdentityWorkbench workbench;
    private final TaskExecutor tasks;

    private final StringProperty yaml = new SimpleStringProperty(this, "yaml", "");
    private final ReadOnlyStringWrapper saved = new ReadOnlyStringWrapper(this, "saved", "");
    private final ReadOnlyStringWrapper location = new ReadOnlyStringWrapper(this, "location", "");
    private final ReadOnlyBooleanWrapper fileExists = new ReadOnlyBooleanWrapper(this, "fileExists");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid", true);
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyIntegerWrapper problemLine = new ReadOnlyIntegerWrapper(this, "problemLine");
    private final ReadOnlyStringWrapper formProblem = new ReadOnlyStringWrapper(this, "formProblem", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyObjectWrapper<IdentitySpec> spec = new ReadOnlyObjectWrapper<>(this, "spec");
    private final ObservableList<BlockingRuleForm> blocking = FXCollections.observableArrayList();
    private final ObservableList<ComparisonForm> comparisons = FXCollections.observableArrayList();
    private final ObservableList<DeterministicRuleForm> deterministic = FXCollections.observableArrayList();
    private final ReadOnlyDoubleWrapper autoMatch = new ReadOnlyDoubleWrapper(this, "autoMatch");
    private final ReadOnlyDoubleWrapper review = new ReadOnlyDoubleWrapper(this, "review");
    private final ReadOnlyIntegerWrapper maxBlockSize = new ReadOnlyIntegerWrapper(this, "maxBlockSize");
    private final ReadOnlyIntegerWrapper maxClusterSize = new ReadOnlyIntegerWrapper(this, "maxClusterSize");
    private final ReadOnlyIntegerWrapper maxSharedValue = new ReadOnlyIntegerWrapper(this, "maxSharedValue");
    private final BooleanBinding dirty = Bindings.createBooleanBinding(
            () -> loaded.get() && (!yaml.get().equals(saved.get()) || !fileExists.get()), yaml, saved, loaded, fileExists);

    private final SuggestedRulesViewModel suggested;
    private final RecommendedRulesViewModel recommended;

    public RulesEditorViewModel(IdentityWorkbench workbench, TaskExecutor tasks) {
        this.workbench = workbench;
        this.tasks = tasks;
        this.suggested = new SuggestedRulesViewModel(workbench, tasks,
                () -> loaded.get() && !yaml.get().equals(saved.get()), this::reload);
        this.recommended = new RecommendedRulesViewModel(workbench, tasks,
                () -> loaded.get() && !yaml.get().equals(saved.get()), this::reload);
        yaml.addListener((obs, old, text) -> check(text));
    }

    /** Loads the rules file (or the rules a first run would use); does nothing when already loaded. */
    public void loadIfNeeded() {
        if (!loaded.get()) {
            reload();
        }
    }

    /** Loads the rules file again, dropping unsaved edits. */
    public void reload() {
        tasks.submit("Loading identity rules", context -> workbench.rules())
                .result()
                .whenComplete((rules, error) -> {
                    if (error != null) {
                        status.set("Could not load the rules: " + Formats.problem(error));
                        return;
                    }
                    show(rules);
                });
    }

    /**
     * After a run that may have saved the rules it built: reload unless the user has edits of their own,
     * and look for suggested rules in the new run.
     */
    public void reloadUnlessEdited() {
        if (!loaded.get() || yaml.get().equals(saved.get())) {
            reload();
        }
        suggested.refresh();
        recommended.refresh();
    }

    private void show(RulesText rules) {
        saved.set(rules.yaml());
        location.set(rules.location());
        fileExists.set(rules.saved());
        loaded.set(true);
        yaml.set(rules.yaml());
        check(rules.yaml()); // the listener does not fire when the text is unchanged
        status.set(rules.saved() ? "Saved in " + rules.location()
                : "Not saved yet: these are the rules a first run starts from; the first run saves the ones it used in "
                        + rules.location());
    }

    private void check(String text) {
        RulesCheck check = workbench.check(text);
        valid.set(check.ok());
        if (check.ok()) {
            problem.set("");
            problemLine.set(0);
            showForm(check.spec().get());
        } else {
            RulesProblem first = check.problems().get(0);
            problem.set(first.describe());
            problemLine.set(first.line());
        }
    }

    private void showForm(IdentitySpec rules) {
        spec.set(rules);
        formProblem.set("");
        blocking.setAll(rules.blocking().stream().map(r -> new BlockingRuleForm(r.name(), keys(r))).toList());
        comparisons.setAll(rules.comparisons().stream().map(c -> new ComparisonForm(c.name(), c.field(),
                c.levels().stream().map(ComparisonLevel::label).collect(Collectors.joining(", ")), c.termFrequency()))
                .toList());
        deterministic.setAll(rules.deterministicRules().stream()
                .map(r -> new DeterministicRuleForm(r.name(), String.join(", ", r.fields()))).toList());
        autoMatch.set(rules.thresholds().autoMatch());
        review.set(rules.thresholds().review());
        maxBlockSize.set(rules.guards().maxBlockSize());
        maxClusterSize.set(rules.guards().maxClusterSize());
        maxSharedValue.set(rules.guards().maxSharedValue());
    }

    private static String keys(BlockingRule rule) {
        return rule.keys().stream().map(BlockingKey::label).collect(Collectors.joining(" + "));
    }

    // --- form edits: each builds a new specification and rewrites the text -------------------------

    public void addBlockingRule(String name, KeyKind firstKind, String firstField, KeyKind secondKind,
                                String secondField) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            formProblem.set("Name the new blocking rule");
            return;
        }
        if (firstKind == null || firstField == null) {
            formProblem.set("Choose the key of blocking rule '" + trimmed + "'");
            return;
        }
        List<BlockingKey> keys = new ArrayList<>();
        keys.add(firstKind.key(firstField));
        if (secondKind != null && secondField != null) {
            keys.add(secondKind.key(secondField));
        }
        edit(current -> {
            if (current.blocking().stream().anyMatch(r -> r.name().equals(trimmed))) {
                throw new IllegalArgumentException("there is a blocking rule named '" + trimmed + "' already");
            }
            List<BlockingRule> rules = new ArrayList<>(current.blocking());
            rules.add(new BlockingRule(trimmed, keys));
            return new IdentitySpec(rules, current.comparisons(), current.deterministicRules(), current.thresholds(),
                    current.training(), current.guards());
        });
    }

    public void removeBlockingRule(int index) {
        edit(current -> {
            List<BlockingRule> rules = new ArrayList<>(current.blocking());
            rules.remove(index);
            return new IdentitySpec(rules, current.comparisons(), current.deterministicRules(), current.thresholds(),
                    current.training(), current.guards());
        });
    }

    public void removeComparison(int index) {
        edit(current -> {
            List<Comparison> list = new ArrayList<>(current.comparisons());
            list.remove(index);
            return new IdentitySpec(current.blocking(), list, current.deterministicRules(), current.thresholds(),
                    current.training(), current.guards());
        });
    }

    /** Whether an exact match on a common value (Smith) weighs less than on a rare one. */
    public void setTermFrequency(int index, boolean on) {
        edit(current -> {
            List<Comparison> list = new ArrayList<>(current.comparisons());
            Comparison old = list.get(index);
            list.set(index, new Comparison(old.name(), old.field(), old.levels(), on));
            return new IdentitySpec(current.blocking(), list, current.deterministicRules(), current.thresholds(),
                    current.training(), current.guards());
        });
    }

    public void addDeterministicRule(String name, List<String> fields) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            formProblem.set("Name the new deterministic rule");
            return;
        }
        if (fields == null || fields.isEmpty()) {
            formProblem.set("Choose the fields that must agree for rule '" + trimmed + "'");
            return;
        }
        edit(current -> {
            List<DeterministicRule> rules = new ArrayList<>(current.deterministicRules());
            rules.add(new DeterministicRule(trimmed, fields));
            return new IdentitySpec(current.blocking(), current.comparisons(), rules, current.thresholds(),
                    current.training(), current.guards());
        });
    }

    public void removeDeterministicRule(int index) {
        edit(current -> {
            List<DeterministicRule> rules = new ArrayList<>(current.deterministicRules());
            rules.remove(index);
            return new IdentitySpec(current.blocking(), current.comparisons(), rules, current.thresholds(),
                    current.training(), current.guards());
        });
    }

    public void setThresholds(double newAutoMatch, double newReview) {
        edit(current -> current.withThresholds(new Thresholds(newAutoMatch, newReview)));
    }

    public void setGuards(int blockSize, int clusterSize, int sharedValue) {
        edit(current -> current.withGuards(new Guards(blockSize, clusterSize, sharedValue,
                current.guards().genericValues())));
    }

    /** Applies a form edit to the text; a rule the edit breaks is shown on the form and nothing changes. */
    private boolean edit(UnaryOperator<IdentitySpec> change) {
        IdentitySpec current = spec.get();
        if (current == null) {
            formProblem.set("The rules are still loading");
            return false;
        }
        if (!valid.get()) {
            formProblem.set("Fix the YAML first (" + problem.get() + "); the form shows the last rules that read");
            return false;
        }
        IdentitySpec next;
        try {
            next = change.apply(current);
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            formProblem.set(capitalized(e.getMessage()));
            return false;
        }
        formProblem.set("");
        yaml.set(workbench.text(next));
        return true;
    }

    private static String capitalized(String message) {
        return message == null || message.isEmpty() ? "That change is not possible"
                : Character.toUpperCase(message.charAt(0)) + message.substring(1);
    }

    /** Saves the text when it reads; completes with whether it was saved. */
    public CompletionStage<Boolean> save() {
        if (!valid.get()) {
            status.set("Not saved: " + problem.get());
            return CompletableFuture.completedFuture(false);
        }
        String text = yaml.get();
        saving.set(true);
        CompletableFuture<Boolean> done = new CompletableFuture<>();
        tasks.submit("Saving identity rules", context -> workbench.save(text))
                .result()
                .whenComplete((rules, error) -> {
                    saving.set(false);
                    if (error != null) {
                        status.set("Not saved: " + Formats.problem(error));
                        done.complete(false);
                        return;
                    }
                    saved.set(text);
                    location.set(rules.location());
                    fileExists.set(true);
                    status.set("Saved in " + rules.location() + ". Run resolution to use them.");
                    done.complete(true);
                });
        return done;
    }

    /** Thresholds from the sliders: into the rules, then saved. */
    public CompletionStage<Boolean> applyThresholds(double newAutoMatch, double newReview) {
        if (!edit(current -> current.withThresholds(new Thresholds(newAutoMatch, newReview)))) {
            status.set("Thresholds not applied: " + formProblem.get());
            return CompletableFuture.completedFuture(false);
        }
        return save();
    }

    /** Drops unsaved edits. */
    public void revert() {
        yaml.set(saved.get());
        formProblem.set("");
    }

    /** Rules people's decisions support, to accept into the file or reject. */
    public SuggestedRulesViewModel suggested() { return suggested; }
    /** "Recommended for source X". */
    public RecommendedRulesViewModel recommended() { return recommended; }
    /** The YAML text, as edited (bound both ways to the editor). */
    public StringProperty yamlProperty() { return yaml; }
    public ReadOnlyStringProperty locationProperty() { return location.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty loadedProperty() { return loaded.getReadOnlyProperty(); }
    /** The text reads as rules. */
    public ReadOnlyBooleanProperty validProperty() { return valid.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty savingProperty() { return saving.getReadOnlyProperty(); }
    /** The text differs from the saved file, or no file is saved yet. */
    public BooleanBinding dirtyProperty() { return dirty; }
    /** Empty, or where and what the text's first problem is ({@code line 3, column 12: unknown field …}). */
    public ReadOnlyStringProperty problemProperty() { return problem.getReadOnlyProperty(); }
    /** The line of the first problem (1-based), or 0. */
    public ReadOnlyIntegerProperty problemLineProperty() { return problemLine.getReadOnlyProperty(); }
    /** Empty, or why the last form edit was refused. */
    public ReadOnlyStringProperty formProblemProperty() { return formProblem.getReadOnlyProperty(); }
    /** Where the rules are saved, or what saving did. */
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
    /** The last specification the text described. */
    public ReadOnlyObjectProperty<IdentitySpec> specProperty() { return spec.getReadOnlyProperty(); }
    public ObservableList<BlockingRuleForm> blockingRules() { return blocking; }
    public ObservableList<ComparisonForm> comparisons() { return comparisons; }
    public ObservableList<DeterministicRuleForm> deterministicRules() { return deterministic; }
    public ReadOnlyDoubleProperty autoMatchProperty() { return autoMatch.getReadOnlyProperty(); }
    public ReadOnlyDoubleProperty reviewProperty() { return review.getReadOnlyProperty(); }
    public ReadOnlyIntegerProperty maxBlockSizeProperty() { return maxBlockSize.getReadOnlyProperty(); }
    public ReadOnlyIntegerProperty maxClusterSizeProperty() { return maxClusterSize.getReadOnlyProperty(); }
    public ReadOnlyIntegerProperty maxSharedValueProperty() { return maxSharedValue.getReadOnlyProperty(); }
}
