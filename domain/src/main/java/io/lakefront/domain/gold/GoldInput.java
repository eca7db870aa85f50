package io.lakefront.domain.gold;

import io.lakefront.domain.identity.RecordKey;
import java.util.List;
import java.util.Map;

/**
 * What a gold build starts from: the person sources as resolved (each record's cluster id) and the
 * other prepared sources, whose rows may be events about those people.
 */
public record GoldInput(List<SourceRows> people, Map<RecordKey, Long> clusterOf, List<EventSource> others) {
    public GoldInput {
        people = List.copyOf(people);
        clusterOf = Map.copyOf(clusterOf);
        others = List.copyOf(others);
    }
}
