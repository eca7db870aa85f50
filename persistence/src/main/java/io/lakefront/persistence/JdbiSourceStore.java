package io.lakefront.persistence;

import io.lakefront.domain.UserError;
import io.lakefront.domain.source.Source;
import io.lakefront.domain.source.SourceKind;
import io.lakefront.domain.source.SourceStore;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/** The workspace's registered sources, with their reader options as key/value rows. */
public final class JdbiSourceStore implements SourceStore {
    private static final String UNIQUE_VIOLATION = "23505";

    private final Jdbi jdbi;

    JdbiSourceStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void add(Source source) {
        try {
            jdbi.useTransaction(handle -> {
                handle.createUpdate("INSERT INTO sources (name, kind, location, added_at) "
                                + "VALUES (:name, :kind, :location, :addedAt)")
                        .bind("name", source.name())
                        .bind("kind", source.kind().name())
                        .bind("location", source.location())
                        .bind("addedAt", source.addedAt())
                        .execute();
                if (!source.options().isEmpty()) {
                    PreparedBatch batch = handle.prepareBatch(
                            "INSERT INTO source_options (source, option_key, option_value) VALUES (?, ?, ?)");
                    source.options().forEach((key, value) -> batch.add(source.name(), key, value));
                    batch.execute();
                }
            });
        } catch (UnableToExecuteStatementException e) {
            // The domain checks first, but another process sharing the workspace may have won the race.
            if (e.getCause() instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                throw new UserError("source '" + source.name() + "' already exists", e);
            }
            throw e;
        }
    }

    @Override
    public List<Source> list() {
        return jdbi.withHandle(handle -> read(handle, null));
    }

    @Override
    public Optional<Source> find(String name) {
        return jdbi.withHandle(handle -> read(handle, name)).stream().findFirst();
    }

    /** All sources by name, or just the one named. */
    private static List<Source> read(Handle handle, String onlyName) {
        Query sourceQuery = onlyName == null
                ? handle.createQuery("SELECT name, kind, location, added_at FROM sources ORDER BY name")
                : handle.createQuery("SELECT name, kind, location, added_at FROM sources WHERE name = :name").bind("name", onlyName);
        List<Row> rows = sourceQuery
                .map((rs, ctx) -> new Row(rs.getString("name"), SourceKind.valueOf(rs.getString("kind")),
                        rs.getString("location"), Columns.instant(rs, "added_at")))
                .list();
        Query optionQuery = onlyName == null
                ? handle.createQuery("SELECT source, option_key, option_value FROM source_options")
                : handle.createQuery("SELECT source, option_key, option_value FROM source_options WHERE source = :name")
                        .bind("name", onlyName);
        Map<String, Map<String, String>> options = new HashMap<>();
        optionQuery
                .map((rs, ctx) -> new Option(rs.getString(1), rs.getString(2), rs.getString(3)))
                .forEach(o -> options.computeIfAbsent(o.source, k -> new HashMap<>()).put(o.key, o.value));
        List<Source> sources = new ArrayList<>(rows.size());
        for (Row row : rows) {
            sources.add(new Source(row.name, row.kind, row.location, options.getOrDefault(row.name, Map.of()), row.addedAt));
        }
        return sources;
    }

    private record Option(String source, String key, String value) {
    }

    private record Row(String name, SourceKind kind, String location, Instant addedAt) {
    }
}
