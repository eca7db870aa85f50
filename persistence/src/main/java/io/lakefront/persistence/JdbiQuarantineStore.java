package io.lakefront.persistence;

import io.lakefront.domain.prep.QuarantineStore;
import io.lakefront.domain.prep.QuarantinedValue;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jdbi.v3.core.Jdbi;

/** The {@code quarantine} table, read per source; it is written only by a preparation's commit. */
public final class JdbiQuarantineStore implements QuarantineStore {
    private static final int FETCH_ROWS = 1_000;

    private final Jdbi jdbi;

    public JdbiQuarantineStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public long count(String sourceName) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM quarantine WHERE source = :source")
                .bind("source", sourceName)
                .mapTo(Long.class)
                .one());
    }

    @Override
    public Map<String, Long> countsByColumn(String sourceName) {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbi.useHandle(handle -> handle.createQuery("SELECT column_name, COUNT(*) AS n FROM quarantine "
                        + "WHERE source = :source GROUP BY column_name ORDER BY MIN(id)")
                .bind("source", sourceName)
                .map((rs, ctx) -> Map.entry(rs.getString("column_name"), rs.getLong("n")))
                .forEach(e -> counts.put(e.getKey(), e.getValue())));
        return counts;
    }

    /** Streams with a fetch size, so an export of a million quarantined values does not load them all. */
    @Override
    public void forEach(String sourceName, long limit, Consumer<QuarantinedValue> action) {
        if (limit <= 0) {
            return;
        }
        jdbi.useHandle(handle -> {
            try (Stream<QuarantinedValue> values = handle.createQuery("SELECT source, record_id, column_name, raw_value, "
                            + "reason, found_at FROM quarantine WHERE source = :source ORDER BY id LIMIT :limit")
                    .bind("source", sourceName)
                    .bind("limit", limit)
                    .setFetchSize(FETCH_ROWS)
                    .map((rs, ctx) -> new QuarantinedValue(rs.getString("source"), rs.getString("record_id"),
                            rs.getString("column_name"), rs.getString("raw_value"), rs.getString("reason"),
                            Columns.instant(rs, "found_at")))
                    .stream()) {
                values.forEach(action);
            }
        });
    }
}
