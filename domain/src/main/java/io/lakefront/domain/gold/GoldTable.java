package io.lakefront.domain.gold;

import io.lakefront.domain.UserError;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The tables {@code export TABLE} writes (CONTRACTS.md §3), with their columns in the contract's order. */
public enum GoldTable {
    GOLD_CUSTOMER("gold_customer", List.of("customer_id", "first_name", "last_name", "email", "phone", "birth_date",
            "gender", "street", "city", "postcode", "region", "country", "loyalty_tier", "email_opt_in", "sms_opt_in",
            "push_opt_in", "created_at", "updated_at", "source_record_count")),
    CUSTOMER_METRICS("customer_metrics", List.of("customer_id", "lifetime_spend", "order_count", "avg_order_value",
            "first_order_at", "last_order_at", "days_since_last_order", "top_category", "open_tickets", "email_opens_30d",
            "email_clicks_30d", "last_engaged_at", "churn_risk", "preferred_channel", "preferred_hour")),
    PURCHASES("purchases", List.of("purchase_id", "order_id", "customer_id", "purchased_at", "category", "product",
            "quantity", "amount", "currency")),
    SUPPORT_TICKETS("support_tickets", List.of("ticket_id", "customer_id", "opened_at", "closed_at", "status", "topic")),
    ENGAGEMENT_EVENTS("engagement_events", List.of("event_id", "customer_id", "occurred_at", "channel", "type",
            "campaign_id"));

    private final String sqlName;
    private final List<String> columns;

    GoldTable(String sqlName, List<String> columns) {
        this.sqlName = sqlName;
        this.columns = columns;
    }

    public String sqlName() {
        return sqlName;
    }

    /** The contract's columns, key first. */
    public List<String> columns() {
        return columns;
    }

    /** The table a user named ({@code purchases}, {@code gold}, {@code support-tickets}). */
    public static GoldTable named(String name) {
        String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT).replace('-', '_');
        if (n.equals("gold")) {
            return GOLD_CUSTOMER;
        }
        for (GoldTable table : values()) {
            if (table.sqlName.equals(n)) {
                return table;
            }
        }
        throw new UserError("no table '" + name + "' to export; the tables are "
                + Arrays.stream(values()).map(GoldTable::sqlName).collect(Collectors.joining(", ")));
    }
}
