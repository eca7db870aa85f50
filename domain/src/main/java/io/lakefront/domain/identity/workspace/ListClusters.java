package io.lakefront.domain.identity.workspace;

import io.lakefront.domain.governance.Actor;
import io.lakefront.domain.governance.Permission;

/** The resolved people of the latest run, largest clusters first, a page at a time (the cluster viewer's list). */
public final class ListClusters {
    private final ResolutionStore store;

    public ListClusters(ResolutionStore store) {
        this.store = store;
    }

    public ClusterPage list(Actor actor, ClusterQuery query) {
        actor.require(Permission.VIEW_WORKSPACE);
        return store.clusters(query);
    }
}
