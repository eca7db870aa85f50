package io.lakefront.ui.identity;

import io.lakefront.domain.identity.workspace.ProposeRules;
import io.lakefront.domain.task.TaskExecutor;
import io.lakefront.ui.common.Formats;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.BooleanSupplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Rules tab's "Suggested rules": deterministic rules people's decisions support, with their
 * impact on the newest run. Accept adds one to {@code identity.yaml} (audited) and reloads the editor;
 * Reject hides it for the rest of the session and saves nothing. Looking for rules runs in the
 * background: it may compute the newest run again.
 */
public final class SuggestedRulesViewModel {
    /** What the list says while it has nothing to suggest. */
    public static final String EMPTY = "No suggestions yet: decide pairs in the review queue and run resolution";

    private final IdentityWorkbench workbench;
    private final TaskExecutor tasks;
    private final BooleanSupplier editorHasEdits;
    private final Runnable rulesSaved;
    private final ObservableList<RuleSuggestion> suggestions = FXCollections.observableArrayList();
    private final Set<Set<String>> rejected = new HashSet<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");

    /**
     * @param editorHasEdits whether the rules editor holds unsaved edits (accepting would write under them)
     * @param rulesSaved     called once an accepted rule is in the file (the editor reloads)
     */
    public SuggestedRulesViewModel(IdentityWorkbench workbench, TaskExecutor tasks, BooleanSupplier editorHasEdits,
                                   Runnable rulesSaved) {
        this.workbench = workbench;
        this.tasks = tasks;
        this.editorHasEdits = editorHasEdits;
        this.rulesSaved = rulesSaved;
    }

    /** Looks for rules again (after a run, or when the tab opens). */
    public CompletionStage<Void> refresh() {
        busy.set(true);
        status.set("Looking for rules in people's decisions…");
        CompletableFuture<Void> done = new CompletableFuture<>();
        tasks.submit("Looking for rule suggestions", workbench::proposeRules)
                .result()
                .whenComplete((proposals, error) -> {
                    busy.set(false);
                    if (error != null) {
                        suggestions.clear();
                        status.set("Could not look for rules: " + Formats.problem(error));
                    } else {
                        show(proposals);
                    }
                    done.complete(null);
                });
        return done;
    }

    private void show(ProposeRules.Proposals proposals) {
        List<RuleSuggestion> shown = proposals.proposals().stream()
                .filter(p -> !rejected.contains(Set.copyOf(p.rule().fields())))
                .map(RuleSuggestion::of)
                .toList();
        suggestions.setAll(shown);
        if (shown.isEmpty()) {
            status.set(EMPTY);
        } else {
            status.set(shown.size() + (shown.size() == 1 ? " rule" : " rules") + " from " + proposals.labels()
                    + " decisions in force, with their impact on run " + proposals.runId()
                    + ". Accepted rules apply from the next run.");
        }
    }

    /** Adds the suggestion to the rules file; completes with whether it was added. */
    public CompletionStage<Boolean> accept(RuleSuggestion suggestion) {
        if (suggestion == null) {
            status.set("Choose a suggestion first");
            return CompletableFuture.completedFuture(false);
        }
        if (editorHasEdits.getAsBoolean()) {
            status.set("Save or revert your edits to the rules first: accepting '" + suggestion.proposal().rule().name()
                    + "' writes identity.yaml");
            return CompletableFuture.completedFuture(false);
        }
        busy.set(true);
        CompletableFuture<Boolean> done = new CompletableFuture<>();
        tasks.submit("Adding rule " + suggestion.proposal().rule().name(),
                        context -> workbench.acceptRule(suggestion.proposal()))
                .result()
                .whenComplete((rules, error) -> {
                    busy.set(false);
                    if (error != null) {
                        status.set("Not added: " + Formats.problem(error));
                        done.complete(false);
                        return;
                    }
                    suggestions.remove(suggestion);
                    status.set("Added '" + suggestion.proposal().rule().name() + "' to " + rules.location()
                            + ". Run resolution to use it.");
                    rulesSaved.run();
                    done.complete(true);
                });
        return done;
    }

    /** Hides the suggestion for this session; nothing is saved. */
    public void reject(RuleSuggestion suggestion) {
        if (suggestion == null) {
            status.set("Choose a suggestion first");
            return;
        }
        rejected.add(Set.copyOf(suggestion.proposal().rule().fields()));
        suggestions.remove(suggestion);
        status.set("Rejected '" + suggestion.proposal().rule().name() + "' for this session; nothing was saved."
                + (suggestions.isEmpty() ? " " + EMPTY : ""));
    }

    public ObservableList<RuleSuggestion> suggestions() { return suggestions; }
    /** Looking for rules or adding one. */
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    /** What the list shows or what the last action did; {@link #EMPTY} when there is nothing to suggest. */
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
}
