package io.lakefront.persistence;

import io.lakefront.domain.audience.AudienceQuery;
import io.lakefront.domain.audience.CompiledFilter;
import io.lakefront.domain.audience.Filter;
import io.lakefront.domain.audience.FilterCompiler;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * Runs audience filters on the workspace database: the domain's {@link FilterCompiler} writes the
 * SQL, this binds its parameters in order (instants at UTC, as {@link UtcInstants} does) and reads the
 * count or the sorted ids. The statement goes to JDBC as written: Jdbi's statement parser reads a
 * backslash inside quotes as an escape, so with two text matches ({@code ESCAPE '\'}) it would hide the
 * {@code ?} between them and bind the parameters to the wrong places.
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
        return query(compiled.countSql(), compiled, rs -> {
            rs.next();
            return rs.getLong(1);
        });
    }

    @Override
    public List<String> ids(Filter filter, Instant now) {
        CompiledFilter compiled = compiler.compile(filter, now);
        return query(compiled.idsSql(), compiled, rs -> {
            List<String> ids = new ArrayList<>();
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
            return ids;
        });
    }

    /** Reads a result. */
    private interface Reader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private <T> T query(String sql, CompiledFilter compiled, Reader<T> reader) {
        return jdbi.withHandle(handle -> {
            Connection connection = handle.getConnection();
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                List<Object> parameters = compiled.parameters();
                for (int i = 0; i < parameters.size(); i++) {
                    Object value = parameters.get(i);
                    statement.setObject(i + 1, value instanceof Instant instant ? instant.atOffset(ZoneOffset.UTC) : value);
                }
                try (ResultSet rs = statement.executeQuery()) {
                    return reader.read(rs);
                }
            } catch (SQLException e) {
                throw new IllegalStateException("running an audience filter: " + e.getMessage(), e);
            }
        });
    }
}
