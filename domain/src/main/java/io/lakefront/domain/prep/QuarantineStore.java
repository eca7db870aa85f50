package io.lakefront.domain.prep;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Port: the values refused by each source's last preparation (written through its
 * {@link PreparedWriter}, so the quarantine always matches the prepared table).
 */
public interface QuarantineStore {
    long count(String sourceName);

    /** Quarantined values per column name. */
    Map<String, Long> countsByColumn(String sourceName);

    /** Streams the source's quarantined values in record order, at most {@code limit}, without holding them all. */
    void forEach(String sourceName, long limit, Consumer<QuarantinedValue> action);

    default List<QuarantinedValue> list(String sourceName, int limit) {
        List<QuarantinedValue> values = new ArrayList<>();
        forEach(sourceName, limit, values::add);
        return values;
    }
}
