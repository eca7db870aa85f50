package io.lakefront.domain.identity.workspace;

import io.lakefront.domain.governance.Actor;
import io.lakefront.domain.governance.Permission;
import io.lakefront.domain.identity.MatchBand;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The latest run's stored pairs with their match weights and bands, strongest first: for the pair
 * list, the weight histogram and the threshold sliders (what a threshold would change).
 */
public final class ListScoredPairs {
    private final ResolutionStore store;

    public ListScoredPairs(ResolutionStore store) {
        this.store = store;
    }

    public List<StoredPair> list(Actor actor, PairQuery query) {
        actor.require(Permission.VIEW_WORKSPACE);
        return store.pairs(query);
    }

    /** Stored pairs per band (non-matches: only those kept, near the review threshold). */
    public Map<MatchBand, Long> countByBand(Actor actor) {
        actor.require(Permission.VIEW_WORKSPACE);
        Map<MatchBand, Long> counts = new EnumMap<>(MatchBand.class);
        for (MatchBand band : MatchBand.values()) {
            counts.put(band, store.countPairs(band));
        }
        return counts;
    }
}
