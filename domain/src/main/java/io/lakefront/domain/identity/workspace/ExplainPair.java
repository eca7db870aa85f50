package io.lakefront.domain.identity.workspace;

import io.lakefront.domain.UserError;
import io.lakefront.domain.governance.Actor;
import io.lakefront.domain.governance.Permission;
import io.lakefront.domain.identity.IdentityEngine;
import io.lakefront.domain.identity.RecordKey;
import io.lakefront.domain.identity.Resolution;
import io.lakefront.domain.identity.ResolutionRequest;
import io.lakefront.domain.identity.Waterfall;
import io.lakefront.domain.prep.NormalizationRules;
import io.lakefront.domain.task.TaskContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The waterfall of any two records of the latest run: the prior and each comparison's match weight.
 * A waterfall needs the run's trained model, which lives in memory: right after a run in this
 * process it is at hand; otherwise (a restart, a run from the command line) the model is trained
 * again from the prepared sources and the current rules — the same seed on the same data gives the
 * same model — and the explanation says so, and says when the data or rules changed since the run.
 */
public final class ExplainPair {
    /**
     * @param recomputed true when the model had to be trained again for this explanation
     * @param notes      what to know when reading it (rules or sources changed since the run)
     */
    public record Explanation(Waterfall waterfall, long runId, boolean recomputed, List<String> notes) {
        public Explanation {
            notes = List.copyOf(notes);
        }
    }

    private static final double SAME_WEIGHT = 1e-6;

    private final ResolutionStore store;
    private final ResolutionMemory memory;
    private final PreparedSources sources;
    private final IdentityRules rules;
    private final NormalizationRules normalization;
    private final IdentityEngine engine;

    public ExplainPair(ResolutionStore store, ResolutionMemory memory, PreparedSources sources, IdentityRules rules,
                       NormalizationRules normalization, IdentityEngine engine) {
        this.store = store;
        this.memory = memory;
        this.sources = sources;
        this.rules = rules;
        this.normalization = normalization;
        this.engine = engine;
    }

    public Explanation explain(Actor actor, RecordKey a, RecordKey b, TaskContext context) {
        actor.require(Permission.VIEW_PERSONAL_DATA);
        if (a.equals(b)) {
            throw new UserError("explain: pick two different records (got " + a + " twice)");
        }
        ResolutionRun latest = store.latestRun()
                .orElseThrow(() -> new UserError("no resolution run yet: run resolve first"));
        List<String> notes = new ArrayList<>();
        boolean recomputed = false;
        Optional<ResolutionMemory.Remembered> remembered = memory.recall().filter(r -> r.runId() == latest.id());
        Resolution resolution;
        String fingerprint;
        if (remembered.isPresent()) {
            resolution = remembered.get().resolution();
            fingerprint = remembered.get().specFingerprint();
        } else {
            context.message("Training the match model again to explain the pair");
            WorkspaceRecords.Loaded loaded = WorkspaceRecords.read(sources, normalization, new PhaseProgress(context, 0, 300));
            ChosenRules chosen = ChosenRules.choose(rules, null, null, loaded.fieldsPresent());
            fingerprint = Fingerprint.of(rules.text(chosen.spec()));
            resolution = engine.resolve(ResolutionRequest.of(loaded.records(), chosen.spec()),
                    new PhaseProgress(context, 300, PhaseProgress.WHOLE));
            memory.remember(latest.id(), fingerprint, resolution, chosen.spec(), loaded.records());
            recomputed = true;
        }
        if (!fingerprint.equals(latest.specFingerprint())) {
            notes.add("the rules differ from those of run " + latest.id() + " (" + latest.specOrigin()
                    + "); this explanation uses the current " + rules.describe());
        }
        Waterfall waterfall = resolution.explain(a, b);
        store.pair(a, b).ifPresent(stored -> {
            if (Math.abs(stored.matchWeight() - waterfall.matchWeight()) > SAME_WEIGHT) {
                notes.add(String.format(Locale.ROOT, "run %d scored this pair %.2f; with the data and rules as they are "
                        + "now it scores %.2f", latest.id(), stored.matchWeight(), waterfall.matchWeight()));
            }
        });
        return new Explanation(waterfall, latest.id(), recomputed, notes);
    }
}
