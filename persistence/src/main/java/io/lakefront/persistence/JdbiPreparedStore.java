package io.lakefront.persistence;

import io.lakefront.domain.prep.ColumnTag;
import io.lakefront.domain.prep.PreparedColumn;
import io.lakefront.domain.prep.PreparedStore;
import io.lakefront.domain.prep.PreparedWriter;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;

/**
 * Each source's prepared records as last prepared, in {@code PREP_<SOURCE>} with {@code row_no} (the
 * staged row it came from) and positional columns {@code c1..cN}; column names and tags are in
 * {@code prepared_columns}, the committed row count in {@code prepared_sources}.
 */
public final class JdbiPreparedStore implements PreparedStore {
    private final Jdbi jdbi;
    private final Supplier<Instant> now;

    /** @param now the workspace clock's "now", stamped on each preparation */
    public JdbiPreparedStore(Jdbi jdbi, Supplier<Instant> now) {
        this.jdbi = jdbi;
        this.now = now;
    }

    @Override
    public PreparedWriter open(String sourceName, List<PreparedColumn> columns) {
        return JdbiPreparedWriter.open(jdbi, new PreparedTable(sourceName), columns, now);
    }

    @Override
    public long count(String sourceName) {
        PreparedTable table = new PreparedTable(sourceName);
        return jdbi.withHandle(handle -> handle.createQuery("SELECT row_count FROM prepared_sources WHERE source = :source")
                .bind("source", table.source())
                .mapTo(Long.class)
                .findOne()
                .orElse(0L));
    }

    @Override
    public List<PreparedColumn> columns(String sourceName) {
        PreparedTable table = new PreparedTable(sourceName);
        return jdbi.withHandle(handle -> handle.createQuery("SELECT column_name, tag FROM prepared_columns "
                        + "WHERE source = :source ORDER BY column_position")
                .bind("source", table.source())
                .map((rs, ctx) -> new PreparedColumn(rs.getString("column_name"),
                        Optional.ofNullable(ColumnTag.fromCode(rs.getString("tag"))).orElse(ColumnTag.UNKNOWN)))
                .list());
    }

    @Override
    public List<List<String>> sample(String sourceName, int limit) {
        Optional<String> name = tableName(sourceName);
        if (name.isEmpty()) {
            return List.of();
        }
        return SideTableSwap.sample(jdbi, name.get(), columns(sourceName).size(), limit);
    }

    /**
     * The committed prepared table's SQL name ({@code PREP_CRM}) for queries elsewhere (resolution,
     * gold), or empty when the source was never prepared. Its columns are {@code row_no, c1..cN}.
     */
    public Optional<String> tableName(String sourceName) {
        PreparedTable table = new PreparedTable(sourceName);
        boolean prepared = jdbi.withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM prepared_sources WHERE source = :source")
                .bind("source", table.source())
                .mapTo(Integer.class)
                .one()) > 0;
        return prepared ? Optional.of(table.name()) : Optional.empty();
    }

    /** When the source was last prepared; empty when never. */
    public Optional<Instant> preparedAt(String sourceName) {
        PreparedTable table = new PreparedTable(sourceName);
        return jdbi.withHandle(handle -> handle.createQuery("SELECT prepared_at FROM prepared_sources WHERE source = :source")
                .bind("source", table.source())
                .mapTo(Instant.class)
                .findOne());
    }
}
