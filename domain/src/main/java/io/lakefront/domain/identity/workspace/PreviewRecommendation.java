package io.lakefront.domain.identity.workspace;

import io.lakefront.domain.governance.Actor;
import io.lakefront.domain.governance.Permission;
import io.lakefront.domain.identity.IdentityEngine;
import io.lakefront.domain.identity.IdentitySpec;
import io.lakefront.domain.prep.NormalizationRules;
import io.lakefront.domain.task.TaskContext;

/**
 * Previews a recommendation before anything is applied: the identity engine resolves the workspace's
 * records (the new source's included) with the current rules and with the recommendation, and
 * {@link RuleImpact} says what changes. Long on large workspaces: progress and cancel via the task
 * context. Nothing is saved.
 */
public final class PreviewRecommendation {
    /** Sample pairs shown by default. */
    public static final int SAMPLES = 3;

    private final PreparedSources sources;
    private final IdentityRules rules;
    private final ResolutionStore store;
    private final LinkDecisionLog decisions;
    private final NormalizationRules normalization;
    private final IdentityEngine engine;

    public PreviewRecommendation(PreparedSources sources, IdentityRules rules, ResolutionStore store,
                                 LinkDecisionLog decisions, NormalizationRules normalization, IdentityEngine engine) {
        this.sources = sources;
        this.rules = rules;
        this.store = store;
        this.decisions = decisions;
        this.normalization = normalization;
        this.engine = engine;
    }

    public RuleImpact preview(Actor actor, RuleRecommendation recommendation, int samples, TaskContext context) {
        actor.require(Permission.VIEW_PERSONAL_DATA);
        RecommendRulesForSource.requirePrepared(sources, recommendation.source());
        WorkspaceRecords.Loaded loaded = WorkspaceRecords.read(sources, normalization,
                new PhaseProgress(context, 0, PhaseProgress.WHOLE / 5));
        IdentitySpec before = RecommendRulesForSource.currentRules(rules, loaded);
        IdentitySpec after = recommendation.applyTo(before);
        return RuleImpact.measure(recommendation, loaded.records(), before, after,
                RecallLatestRun.previousOf(store.assignments()), decisions.inForce(), engine, samples,
                new PhaseProgress(context, PhaseProgress.WHOLE / 5, PhaseProgress.WHOLE));
    }
}
