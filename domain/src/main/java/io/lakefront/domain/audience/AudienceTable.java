package io.lakefront.domain.audience;

/**
 * The tables a filter may read (CONTRACTS.md section 3), with the alias the compiled SQL gives
 * them: the only table names that reach SQL.
 */
public enum AudienceTable {
    GOLD("gold_customer", "g"),
    METRICS("customer_metrics", "m"),
    PURCHASES("purchases", "p"),
    SUPPORT_TICKETS("support_tickets", "t"),
    ENGAGEMENT_EVENTS("engagement_events", "e");

    private final String tableName;
    private final String alias;

    AudienceTable(String tableName, String alias) {
        this.tableName = tableName;
        this.alias = alias;
    }

    public String tableName() {
        return tableName;
    }

    public String alias() {
        return alias;
    }

    /** {@code alias.column}, for a column name that is itself a constant of this package. */
    String column(String column) {
        return alias + "." + column;
    }
}
