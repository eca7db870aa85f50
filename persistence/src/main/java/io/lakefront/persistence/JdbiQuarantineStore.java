package io.lakefront.persistence;

import io.lakefront.domain.prep.QuarantineStore;
import io.lakefront.domain.prep.QuarantinedValue;
import io.lakefront.domain.source.Source;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Each source's quarantine as its last preparation left it: the table {@code QUAR_X}, written and
 * swapped in with the prepared table ({@link PreparedSwap}). A source last prepared by a version
 * before {@code QUAR_X} still has its values in the shared {@code quarantine} table; they are read
 * from there until the source is prepared again.
 */
public final class JdbiQuarantineStore implements QuarantineStore {
    private static final int FETCH_ROWS = 1_000;

    private final Jdbi jdbi;

    public JdbiQuarantineStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public long count(String sourceName) {
        return jdbi.withHandle(handle -> table(handle, sourceName)
                .map(table -> handle.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Long.class).one())
                .orElseGet(() -> handle.createQuery("SELECT COUNT(*) FROM quarantine WHERE source = :source")
                        .bind("source", sourceName)
                        .mapTo(Long.class)
                        .one()));
    }

    @Override
    public Map<String, Long> countsByColumn(String sourceName) {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbi.useHandle(handle -> table(handle, sourceName)
                .map(table -> handle.createQuery("SELECT column_name, COUNT(*) AS n FROM " + table
                        + " GROUP BY column_name ORDER BY MIN(seq)"))
                .orElseGet(() -> handle.createQuery("SELECT column_name, COUNT(*) AS n FROM quarantine "
                                + "WHERE source = :source GROUP BY column_name ORDER BY MIN(id)")
                        .bind("source", sourceName))
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
            try (Stream<QuarantinedValue> values = table(handle, sourceName)
                    .map(table -> handle.createQuery("SELECT record_id, column_name, raw_value, reason, found_at FROM "
                            + table + " ORDER BY seq LIMIT :limit"))
                    .orElseGet(() -> handle.createQuery("SELECT record_id, column_name, raw_value, reason, found_at "
                                    + "FROM quarantine WHERE source = :source ORDER BY id LIMIT :limit")
                            .bind("source", sourceName))
                    .bind("limit", limit)
                    .setFetchSize(FETCH_ROWS)
                    .map((rs, ctx) -> new QuarantinedValue(sourceName, rs.getString("record_id"),
                            rs.getString("column_name"), rs.getString("raw_value"), rs.getString("reason"),
                            Columns.instant(rs, "found_at")))
                    .stream()) {
                values.forEach(action);
            }
        });
    }

    /** The source's {@code QUAR_X}, quoted for SQL, when it has one; empty for the shared table. */
    private static Optional<String> table(Handle handle, String sourceName) {
        if (!Source.isValidName(sourceName)) {
            return Optional.empty();
        }
        QuarantineTable table = new QuarantineTable(sourceName);
        boolean exists = handle.createQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES "
                        + "WHERE TABLE_SCHEMA = CURRENT_SCHEMA AND TABLE_NAME = :name")
                .bind("name", table.name())
                .mapTo(Integer.class)
                .one() > 0;
        return exists ? Optional.of(StagingTable.quoted(table.name())) : Optional.empty();
    }
}
