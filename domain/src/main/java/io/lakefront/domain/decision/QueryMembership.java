package io.lakefront.domain.decision;

import io.lakefront.domain.audience.AudienceQuery;
import io.lakefront.domain.audience.Filter;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Audience membership for many customers at once through an {@link AudienceQuery} that is fast over the
 * whole population (the in-memory index): each filter is evaluated once for everybody at one moment and
 * kept for the life of this object (one simulation), then intersected with the customers asked about.
 */
public final class QueryMembership implements AudienceMembership {
    private final AudienceQuery query;
    private final Map<Key, Set<String>> selected = new HashMap<>();

    public QueryMembership(AudienceQuery query) {
        this.query = Objects.requireNonNull(query, "query");
    }

    @Override
    public synchronized Set<String> selected(Filter filter, Collection<String> customerIds, Instant now) {
        Set<String> all = selected.computeIfAbsent(new Key(filter, now), k -> new HashSet<>(query.ids(filter, now)));
        Set<String> chosen = new HashSet<>();
        for (String id : customerIds) {
            if (all.contains(id)) {
                chosen.add(id);
            }
        }
        return chosen;
    }

    /** Everybody {@code filter} selects at {@code now} (kept for later calls). */
    public synchronized Set<String> all(Filter filter, Instant now) {
        return java.util.Collections.unmodifiableSet(
                selected.computeIfAbsent(new Key(filter, now), k -> new HashSet<>(query.ids(filter, now))));
    }

    private record Key(Filter filter, Instant now) {
    }
}
