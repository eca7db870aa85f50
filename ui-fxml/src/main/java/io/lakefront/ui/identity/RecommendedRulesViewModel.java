package io.lakefront.ui.identity;

import io.lakefront.domain.identity.PersonRecord;
import io.lakefront.domain.identity.workspace.ProposeRules;
import io.lakefront.domain.identity.workspace.RuleImpact;
import io.lakefront.domain.identity.workspace.RuleRecommendation;
import io.lakefront.domain.identity.workspace.SourceRecommendations;
import io.lakefront.domain.identity.workspace.SpecChange;
import io.lakefront.domain.task.TaskExecutor;
import io.lakefront.domain.task.TaskHandle;
import io.lakefront.ui.common.Formats;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Rules tab's "Recommended for source X": rules a newly added source calls for, from its statistics
 * against the rules, each with one sentence of reasoning. Preview runs the engine with and without the
 * selected one in the background (cancellable); Edit changes its fields, levels or values; Accept writes
 * it into {@code identity.yaml} (audited) and reloads the editor; Reject hides it for the session.
 */
public final class RecommendedRulesViewModel {
    /** What the list says when no source is chosen or none is prepared. */
    public static final String NO_SOURCE = "No person source to recommend rules for: add, sync and prepare one";

    private final IdentityWorkbench workbench;
    private final TaskExecutor tasks;
    private final BooleanSupplier editorHasEdits;
    private final Runnable rulesSaved;
    private final ObservableList<String> sources = FXCollections.observableArrayList();
    private final StringProperty source = new SimpleStringProperty(this, "source");
    private final ObservableList<RuleRecommendation> recommendations = FXCollections.observableArrayList();
    private final Set<String> rejected = new HashSet<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper previewing = new ReadOnlyBooleanWrapper(this, "previewing");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "Recommended for a new source");
    private final ReadOnlyStringWrapper preview = new ReadOnlyStringWrapper(this, "preview", "");
    private final ReadOnlyStringWrapper newSourceHint = new ReadOnlyStringWrapper(this, "newSourceHint", "");
    private TaskHandle<RuleImpact> running;

    /**
     * @param editorHasEdits whether the rules editor holds unsaved edits (accepting would write under them)
     * @param rulesSaved     called once an accepted recommendation is in the file (the editor reloads)
     */
    public RecommendedRulesViewModel(IdentityWorkbench workbench, TaskExecutor tasks, BooleanSupplier editorHasEdits,
                                     Runnable rulesSaved) {
        this.workbench = workbench;
        this.tasks = tasks;
        this.editorHasEdits = editorHasEdits;
        this.rulesSaved = rulesSaved;
    }

    /** Lists the person sources again (new ones first) and recommends for the chosen one, else the first. */
    public CompletionStage<Void> refresh() {
        busy.set(true);
        CompletableFuture<Void> done = new CompletableFuture<>();
        tasks.submit("Listing sources for rule recommendations",
                        context -> new Object[] {workbench.recommendationSources(), workbench.newSources()})
                .result()
                .whenComplete((found, error) -> {
                    busy.set(false);
                    if (error != null) {
                        status.set("Could not list the sources: " + Formats.problem(error));
                        done.complete(null);
                        return;
                    }
                    @SuppressWarnings("unchecked") List<String> all = (List<String>) found[0];
                    @SuppressWarnings("unchecked") List<String> fresh = (List<String>) found[1];
                    if (!sources.equals(all)) {
                        sources.setAll(all);
                    }
                    newSourceHint.set(fresh.isEmpty() ? "" : "New since the last run: " + String.join(", ", fresh)
                            + ". Run resolution to include " + (fresh.size() == 1 ? "it" : "them") + ".");
                    // A new source first (unless one is shown already), else the one shown, else the first.
                    String current = source.get();
                    String chosen = !fresh.isEmpty() ? (fresh.contains(current) ? current : fresh.get(0))
                            : all.contains(current) ? current : all.isEmpty() ? null : all.get(0);
                    if (chosen == null) {
                        recommendations.clear();
                        status.set(NO_SOURCE);
                        done.complete(null);
                        return;
                    }
                    load(chosen).whenComplete((v, e) -> done.complete(null));
                });
        return done;
    }

    /** Recommends rules for {@code name}. */
    public CompletionStage<Void> load(String name) {
        source.set(name);
        title.set("Recommended for source " + name);
        preview.set("");
        busy.set(true);
        status.set("Comparing " + name + " with the other sources…");
        CompletableFuture<Void> done = new CompletableFuture<>();
        tasks.submit("Recommending rules for " + name, context -> workbench.recommendRules(name, context))
                .result()
                .whenComplete((found, error) -> {
                    busy.set(false);
                    if (error != null) {
                        recommendations.clear();
                        status.set("Could not recommend rules: " + Formats.problem(error));
                    } else {
                        show(found);
                    }
                    done.complete(null);
                });
        return done;
    }

    private void show(SourceRecommendations found) {
        List<RuleRecommendation> shown = found.recommendations().stream().filter(r -> !rejected.contains(key(r))).toList();
        recommendations.setAll(shown);
        if (found.records() == 0) {
            status.set(found.source() + " has no person columns: it is not resolved and calls for no identity rules.");
        } else if (shown.isEmpty()) {
            status.set("No recommendations for " + found.source() + ": the rules already fit its " + found.records()
                    + " records (compared with " + found.others() + " of the other sources).");
        } else {
            status.set(shown.size() + (shown.size() == 1 ? " recommendation" : " recommendations") + " from "
                    + found.records() + " records of " + found.source() + " compared with " + found.others()
                    + " of the other sources. Preview one before you accept it.");
        }
    }

    /** Runs the engine with and without the recommendation; the result shows in {@link #previewProperty()}. */
    public CompletionStage<RuleImpact> preview(RuleRecommendation recommendation) {
        if (recommendation == null) {
            status.set("Choose a recommendation first");
            return CompletableFuture.completedFuture(null);
        }
        if (!recommendation.applicable()) {
            preview.set("Advice only: nothing to preview or apply.");
            return CompletableFuture.completedFuture(null);
        }
        previewing.set(true);
        preview.set("Resolving with and without '" + recommendation.title() + "'…");
        CompletableFuture<RuleImpact> done = new CompletableFuture<>();
        running = tasks.submit("Previewing " + recommendation.title(),
                context -> workbench.previewRecommendation(recommendation, 3, context));
        running.result().whenComplete((impact, error) -> {
            previewing.set(false);
            running = null;
            if (error != null) {
                Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
                preview.set(cause instanceof CancellationException ? "Preview cancelled."
                        : "Could not preview: " + Formats.problem(error));
                done.complete(null);
                return;
            }
            preview.set(describe(impact));
            done.complete(impact);
        });
        return done;
    }

    /** Stops a running preview at its next checkpoint. */
    public void cancelPreview() {
        TaskHandle<RuleImpact> handle = running;
        if (handle != null) {
            handle.cancel();
        }
    }

    /** The preview as the tab shows it: the numbers, the risk, and sample pairs side by side. */
    static String describe(RuleImpact impact) {
        List<String> lines = new ArrayList<>();
        lines.add(impact.summary());
        if (impact.unchanged()) {
            lines.add("It changes nothing on this data: the current rules already keep these records as they are.");
        }
        if (impact.warning() != null) {
            lines.add(impact.warning());
        }
        for (ProposeRules.SamplePair pair : impact.samples()) {
            lines.add("together: " + line(pair.a()) + "   ⟷   " + line(pair.b()));
        }
        for (ProposeRules.SamplePair pair : impact.splitSamples()) {
            lines.add("apart: " + line(pair.a()) + "   ⟷   " + line(pair.b()));
        }
        return String.join("\n", lines);
    }

    private static String line(PersonRecord record) {
        return record.key() + ": " + new TreeSet<>(record.fields().keySet()).stream()
                .map(record::field).filter(v -> v != null && !v.isBlank()).collect(Collectors.joining(", "));
    }

    /** What Edit starts from: the rule's fields, the comparison's levels or the excluded values. */
    public static String editable(RuleRecommendation recommendation) {
        if (recommendation == null) {
            return "";
        }
        for (SpecChange change : recommendation.changes()) {
            if (change instanceof SpecChange.AddDeterministicRule add) {
                return String.join(", ", add.rule().fields());
            }
            if (change instanceof SpecChange.AddBlockingRule add) {
                return String.join(", ", add.rule().fields());
            }
            if (change instanceof SpecChange.AddComparison add) {
                return add.comparison().levels().stream().map(l -> l.label()).collect(Collectors.joining(", "));
            }
            if (change instanceof SpecChange.ExcludeValues exclude) {
                return String.join(", ", exclude.values());
            }
        }
        return "";
    }

    /**
     * Edits the recommendation: {@code text} is its fields, levels or values, comma separated, as
     * {@link #editable} shows them. Returns the edited one (in the list in its place), or {@code null}
     * with the reason in the status.
     */
    public RuleRecommendation edit(RuleRecommendation recommendation, String text) {
        if (recommendation == null) {
            status.set("Choose a recommendation first");
            return null;
        }
        List<String> parts = Arrays.stream(text == null ? new String[0] : text.split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
        try {
            RuleRecommendation edited;
            SpecChange first = recommendation.changes().isEmpty() ? null : recommendation.changes().get(0);
            if (first instanceof SpecChange.AddDeterministicRule || first instanceof SpecChange.AddBlockingRule) {
                edited = recommendation.withFields(parts);
            } else if (first instanceof SpecChange.AddComparison) {
                edited = recommendation.withLevels(text == null ? "" : text);
            } else if (first instanceof SpecChange.ExcludeValues) {
                edited = recommendation.withValues(parts);
            } else {
                status.set("'" + recommendation.title() + "' is advice: there is nothing to edit");
                return null;
            }
            int at = recommendations.indexOf(recommendation);
            if (at >= 0) {
                recommendations.set(at, edited);
            }
            preview.set("");
            status.set("Edited '" + edited.title() + "': " + edited.describeChanges() + ". Preview it before you accept.");
            return edited;
        } catch (RuntimeException invalid) {
            status.set("Not edited: " + Formats.problem(invalid));
            return null;
        }
    }

    /** Writes the recommendation into the rules file; completes with whether it was written. */
    public CompletionStage<Boolean> accept(RuleRecommendation recommendation) {
        if (recommendation == null) {
            status.set("Choose a recommendation first");
            return CompletableFuture.completedFuture(false);
        }
        if (!recommendation.applicable()) {
            status.set("'" + recommendation.title() + "' is advice: there is nothing to apply");
            return CompletableFuture.completedFuture(false);
        }
        if (editorHasEdits.getAsBoolean()) {
            status.set("Save or revert your edits to the rules first: accepting '" + recommendation.title()
                    + "' writes identity.yaml");
            return CompletableFuture.completedFuture(false);
        }
        busy.set(true);
        CompletableFuture<Boolean> done = new CompletableFuture<>();
        tasks.submit("Applying " + recommendation.title(), context -> workbench.acceptRecommendation(recommendation))
                .result()
                .whenComplete((rules, error) -> {
                    busy.set(false);
                    if (error != null) {
                        status.set("Not applied: " + Formats.problem(error));
                        done.complete(false);
                        return;
                    }
                    recommendations.remove(recommendation);
                    preview.set("");
                    status.set("Applied '" + recommendation.title() + "' to " + rules.location()
                            + ". Run resolution to use it.");
                    rulesSaved.run();
                    done.complete(true);
                });
        return done;
    }

    /** Hides the recommendation for this session; nothing is saved. */
    public void reject(RuleRecommendation recommendation) {
        if (recommendation == null) {
            status.set("Choose a recommendation first");
            return;
        }
        rejected.add(key(recommendation));
        recommendations.remove(recommendation);
        preview.set("");
        status.set("Rejected '" + recommendation.title() + "' for this session; nothing was saved.");
    }

    private static String key(RuleRecommendation r) {
        return r.source() + "|" + r.kind() + "|" + r.field();
    }

    public ObservableList<String> sources() { return sources; }
    /** The source recommended for; set it through {@link #load}. */
    public StringProperty sourceProperty() { return source; }
    public ObservableList<RuleRecommendation> recommendations() { return recommendations; }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty previewingProperty() { return previewing.getReadOnlyProperty(); }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
    /** "Recommended for source support". */
    public ReadOnlyStringProperty titleProperty() { return title.getReadOnlyProperty(); }
    /** The selected recommendation's measured impact, or empty. */
    public ReadOnlyStringProperty previewProperty() { return preview.getReadOnlyProperty(); }
    /** Which sources are new since the last run, or empty. */
    public ReadOnlyStringProperty newSourceHintProperty() { return newSourceHint.getReadOnlyProperty(); }
}
