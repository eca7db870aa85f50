package io.lakefront.domain.identity.workspace;

import io.lakefront.domain.governance.Actor;
import io.lakefront.domain.governance.Permission;
import java.util.List;
import java.util.Optional;

/** The latest committed run with its diagnostics (the Identity screen's summary, {@code status}); empty before the first. */
public final class ShowLatestResolution {
    private final ResolutionStore store;

    public ShowLatestResolution(ResolutionStore store) {
        this.store = store;
    }

    public Optional<ResolutionRun> show(Actor actor) {
        actor.require(Permission.VIEW_WORKSPACE);
        return store.latestRun();
    }

    /** The newest runs first, to compare a run with the ones before it. */
    public List<ResolutionRun> history(Actor actor, int limit) {
        actor.require(Permission.VIEW_WORKSPACE);
        return store.recentRuns(limit);
    }
}
