package io.lakefront.domain.identity.workspace;

import io.lakefront.domain.governance.Actor;
import io.lakefront.domain.governance.Permission;
import io.lakefront.domain.identity.IdentityEngine;
import io.lakefront.domain.identity.LinkConstraint;
import io.lakefront.domain.identity.IdentitySpec;
import io.lakefront.domain.identity.PersonRecord;
import io.lakefront.domain.identity.PreviousClusters;
import io.lakefront.domain.identity.RecordKey;
import io.lakefront.domain.identity.Resolution;
import io.lakefront.domain.identity.ResolutionRequest;
import io.lakefront.domain.prep.NormalizationRules;
import io.lakefront.domain.task.TaskContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The engine's full result of the workspace's latest committed run, for screens that show every pair
 * and cluster with its explanation (the Identity screen). Right after a run in this process it is in
 * memory; after a restart (or a run from the command line) it is computed again from the prepared
 * sources, the current rules, the run's own cluster ids and people's link decisions — the same seed
 * on the same data gives the same model and the same clusters — and says so. Nothing is written.
 */
public final class RecallLatestRun {
    /**
     * @param recomputed true when the engine had to run again (nothing was in memory for this run)
     * @param rulesChanged true when the current rules are not the ones the run used
     */
    public record LatestRun(ResolutionRun run, Resolution resolution, IdentitySpec spec, List<PersonRecord> records,
                            boolean recomputed, boolean rulesChanged) {
        public LatestRun {
            records = List.copyOf(records);
        }
    }

    private final ResolutionStore store;
    private final ResolutionMemory memory;
    private final PreparedSources sources;
    private final IdentityRules rules;
    private final LinkDecisionLog decisions;
    private final NormalizationRules normalization;
    private final IdentityEngine engine;

    public RecallLatestRun(ResolutionStore store, ResolutionMemory memory, PreparedSources sources, IdentityRules rules,
                           LinkDecisionLog decisions, NormalizationRules normalization, IdentityEngine engine) {
        this.store = store;
        this.memory = memory;
        this.sources = sources;
        this.rules = rules;
        this.decisions = decisions;
        this.normalization = normalization;
        this.engine = engine;
    }

    /** The decisions the run respected (its model learnt from them), not those made since. */
    private List<LinkConstraint> decisionsOf(ResolutionRun run) {
        java.util.OptionalLong through = store.decisionsThrough(run.id());
        return through.isPresent() ? decisions.inForceThrough(through.getAsLong()) : decisions.inForce();
    }

    /** The latest run with the engine's result, or empty when the workspace has never been resolved. */
    public Optional<LatestRun> recall(Actor actor, TaskContext context) {
        actor.require(Permission.VIEW_PERSONAL_DATA);
        Optional<ResolutionRun> latest = store.latestRun();
        if (latest.isEmpty()) {
            return Optional.empty();
        }
        ResolutionRun run = latest.get();
        Optional<ResolutionMemory.Remembered> remembered = memory.recall().filter(r -> r.runId() == run.id());
        if (remembered.isPresent()) {
            ResolutionMemory.Remembered r = remembered.get();
            return Optional.of(new LatestRun(run, r.resolution(), r.spec(), r.records(), false,
                    !r.specFingerprint().equals(run.specFingerprint())));
        }
        context.message("Computing run " + run.id() + " again from the prepared sources");
        WorkspaceRecords.Loaded loaded = WorkspaceRecords.read(sources, normalization, new PhaseProgress(context, 0, 150));
        ChosenRules chosen = ChosenRules.choose(rules, null, null, loaded.fieldsPresent());
        String fingerprint = Fingerprint.of(rules.text(chosen.spec()));
        Resolution resolution = engine.resolve(
                new ResolutionRequest(loaded.records(), chosen.spec(), previousOf(store.assignments()),
                        decisionsOf(run)),
                new PhaseProgress(context, 150, PhaseProgress.WHOLE));
        memory.remember(run.id(), fingerprint, resolution, chosen.spec(), loaded.records());
        context.progress(PhaseProgress.WHOLE, PhaseProgress.WHOLE);
        return Optional.of(new LatestRun(run, resolution, chosen.spec(), loaded.records(), true,
                !fingerprint.equals(run.specFingerprint())));
    }

    /** The stored assignment as the previous run, so that recomputed clusters carry the run's own ids. */
    static PreviousClusters previousOf(List<RecordAssignment> assignments) {
        Map<RecordKey, Long> ids = new HashMap<>(assignments.size() * 2);
        long next = 1;
        for (RecordAssignment assignment : assignments) {
            ids.put(assignment.key(), assignment.clusterId());
            next = Math.max(next, assignment.clusterId() + 1);
        }
        return new PreviousClusters(ids, next);
    }
}
