package io.lakefront.persistence;

import io.lakefront.domain.audience.AudienceField;
import io.lakefront.domain.audience.CompiledFilter;
import io.lakefront.domain.audience.Filter;
import io.lakefront.domain.audience.FilterCompiler;
import io.lakefront.domain.decision.AudienceMembership;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;

/**
 * Live audience membership in SQL, for a few customers at a time (the loop asks about one customer
 * after a signal): the filter compiled by the domain's {@link FilterCompiler}, as {@link JdbiAudienceQuery}
 * runs it, and {@code AND g.customer_id IN (?, ...)} on the gold key (an exact match that uses the primary
 * key, where a filter on {@code customer_id} would compare in lower case and scan). Ids go in chunks;
 * statements go to JDBC as written for the reason {@link JdbiAudienceQuery} gives.
 */
public final class SqlAudienceMembership implements AudienceMembership {
    static final int IDS_PER_QUERY = 500;

    private final Jdbi jdbi;
    private final FilterCompiler compiler;

    public SqlAudienceMembership(Jdbi jdbi, FilterCompiler compiler) {
        this.jdbi = jdbi;
        this.compiler = compiler;
    }

    /** Calendar dates read in UTC, the zone of the workspace clock (as {@link JdbiAudienceQuery}). */
    public SqlAudienceMembership(Jdbi jdbi) {
        this(jdbi, FilterCompiler.utc());
    }

    @Override
    public Set<String> selected(Filter filter, Collection<String> customerIds, Instant now) {
        List<String> ids = customerIds.stream().distinct().toList();
        Set<String> selected = new HashSet<>();
        if (ids.isEmpty()) {
            return selected;
        }
        CompiledFilter compiled = compiler.compile(filter, now);
        jdbi.useHandle(handle -> {
            Connection connection = handle.getConnection();
            for (List<String> chunk : IdChunks.of(ids, IDS_PER_QUERY)) {
                String sql = "SELECT " + AudienceField.CUSTOMER_ID.qualifiedColumn() + " FROM " + CompiledFilter.FROM
                        + " WHERE (" + compiled.whereSql() + ") AND " + AudienceField.CUSTOMER_ID.qualifiedColumn() + " IN ("
                        + String.join(", ", chunk.stream().map(id -> "?").toList()) + ")";
                try (PreparedStatement statement = connection.prepareStatement(sql)) {
                    List<Object> parameters = compiled.parameters();
                    int at = 1;
                    for (Object value : parameters) {
                        statement.setObject(at++, value instanceof Instant instant ? instant.atOffset(ZoneOffset.UTC) : value);
                    }
                    for (String id : chunk) {
                        statement.setString(at++, id);
                    }
                    try (ResultSet rs = statement.executeQuery()) {
                        while (rs.next()) {
                            selected.add(rs.getString(1));
                        }
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException("running an audience filter for " + chunk.size() + " customer(s): "
                            + e.getMessage(), e);
                }
            }
        });
        return selected;
    }
}
