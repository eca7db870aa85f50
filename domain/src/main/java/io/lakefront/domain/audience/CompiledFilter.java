package io.lakefront.domain.audience;

import java.util.List;

/**
 * A filter as an H2 {@code WHERE} condition over {@link #FROM} with its values as positional bind
 * parameters ({@code ?}, in order): no value of the filter is ever part of the SQL text.
 */
public record CompiledFilter(String whereSql, List<Object> parameters) {
    /** The rows a filter selects from: every gold customer with their metrics, if any. */
    public static final String FROM = AudienceTable.GOLD.tableName() + " " + AudienceTable.GOLD.alias()
            + " LEFT JOIN " + AudienceTable.METRICS.tableName() + " " + AudienceTable.METRICS.alias()
            + " ON " + AudienceTable.METRICS.column("customer_id") + " = " + AudienceTable.GOLD.column("customer_id");

    public CompiledFilter {
        parameters = List.copyOf(parameters);
    }

    /** The selected customer ids, sorted. */
    public String idsSql() {
        return "SELECT " + AudienceTable.GOLD.column("customer_id") + " FROM " + FROM + " WHERE " + whereSql
                + " ORDER BY " + AudienceTable.GOLD.column("customer_id");
    }

    /** How many customers are selected. */
    public String countSql() {
        return "SELECT COUNT(*) FROM " + FROM + " WHERE " + whereSql;
    }
}
