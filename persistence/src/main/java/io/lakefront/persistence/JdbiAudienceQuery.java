package io.lakefront.persistence;

import io.lakefront.domain.audience.AudienceQuery;
import io.lakefront.domain.audience.CompiledFilter;
import io.lakefront.domain.audience.Filter;
import io.lakefront.domain.audience.FilterCompiler;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

/**
 * Runs audience filters on the workspace database: the domain's {@link FilterCompiler} writes the
 * SQL, this binds its parameters in order (instants at UTC through {@link UtcInstants}) and reads the
 * count or the sorted ids.
 */
public final class JdbiAudienceQuery implements AudienceQuery {
    private final Jdbi jdbi;
    private final FilterCompiler compiler;

    public JdbiAudienceQuery(Jdbi jdbi, FilterCompiler compiler) {
        this.jdbi = jdbi;
        this.compiler = compiler;
    }

    /** Calendar dates read in UTC, the zone of the workspace clock. */
    public JdbiAudienceQuery(Jdbi jdbi) {
        this(jdbi, FilterCompiler.utc());
    }

    @Override
    public long count(Filter filter, Instant now) {
        CompiledFilter compiled = compiler.compile(filter, now);
        return jdbi.withHandle(handle -> query(handle, compiled.countSql(), compiled).mapTo(Long.class).one());
    }

    @Override
    public List<String> ids(Filter filter, Instant now) {
        CompiledFilter compiled = compiler.compile(filter, now);
        return jdbi.withHandle(handle -> query(handle, compiled.idsSql(), compiled).mapTo(String.class).list());
    }

    private static Query query(Handle handle, String sql, CompiledFilter compiled) {
        Query query = handle.createQuery(sql);
        List<Object> parameters = compiled.parameters();
        for (int i = 0; i < parameters.size(); i++) {
            query.bind(i, parameters.get(i));
        }
        return query;
    }
}
