package io.lakefront.ui.identity;

import io.lakefront.domain.identity.IdentitySpec;
import io.lakefront.domain.identity.workspace.ProposeRules;
import io.lakefront.domain.identity.workspace.RuleImpact;
import io.lakefront.domain.identity.workspace.RuleRecommendation;
import io.lakefront.domain.identity.workspace.SourceRecommendations;
import io.lakefront.domain.task.TaskContext;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * What the Identity screen needs from below: run resolution, the newest run, and the rules file
 * ({@code identity.yaml}). The app's composition root implements it; the screen never sees how the
 * records are read or where runs are kept, so that workspace-mode resolution can replace today's
 * adapter without touching the screen.
 */
public interface IdentityWorkbench {
    /**
     * Resolves the workspace's people with the saved rules (or, while none are saved, rules built for
     * the fields found — which are then saved). Long work: reports progress through {@code context}
     * and stops, leaving the previous run in place, when it is cancelled. Never on the UI thread.
     */
    IdentityRun run(TaskContext context) throws Exception;

    /** The newest finished run, if any. May read from disk: never on the UI thread. */
    Optional<IdentityRun> latest() throws Exception;

    /** The rules as text: the saved file, or the rules a first run would start from. */
    RulesText rules() throws IOException;

    /**
     * Reads rules text without saving it. Fast (parses a few kilobytes in memory), so the editor may
     * check on the UI thread as the user types.
     */
    RulesCheck check(String yaml);

    /** The text of a specification as the rules file writes it (the form's edits become YAML here). */
    String text(IdentitySpec spec);

    /**
     * Saves rules text as the workspace's rules file, in one step. Text that does not check is refused
     * with a {@link io.lakefront.domain.UserError} naming line and column, and the file stays as it was.
     */
    RulesText save(String yaml) throws IOException;

    /**
     * Deterministic rules people's decisions support, each with its impact on the newest run
     * ({@link ProposeRules}). May compute the newest run again: never on the UI thread.
     */
    ProposeRules.Proposals proposeRules(TaskContext context) throws Exception;

    /** Adds an accepted proposal to the rules file, audited ({@code AcceptRule}); returns the rules as saved. */
    RulesText acceptRule(ProposeRules.Proposal proposal) throws Exception;

    /** Prepared person sources to recommend rules for, those the newest run has not resolved yet first. */
    List<String> recommendationSources() throws Exception;

    /** Prepared person sources the newest run has not resolved yet (added since it ran). */
    List<String> newSources() throws Exception;

    /**
     * Rules recommended for a newly added source, from its statistics against the rules
     * ({@code RecommendRulesForSource}). Reads every source: never on the UI thread.
     */
    SourceRecommendations recommendRules(String source, TaskContext context) throws Exception;

    /** A recommendation's impact: the engine run with and without it. Long: progress and cancel via context. */
    RuleImpact previewRecommendation(RuleRecommendation recommendation, int samples, TaskContext context) throws Exception;

    /** Applies an accepted (possibly edited) recommendation to the rules file, audited; returns the rules as saved. */
    RulesText acceptRecommendation(RuleRecommendation recommendation) throws Exception;
}
