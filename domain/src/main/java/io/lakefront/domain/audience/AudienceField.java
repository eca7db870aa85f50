package io.lakefront.domain.audience;

import io.lakefront.domain.UserError;
import java.util.Locale;
import java.util.Optional;

/**
 * The catalogue of customer fields a filter may use: the gold columns and the derived metrics.
 * Only these names reach SQL, so a filter built from words or a language model cannot read anything else.
 */
public enum AudienceField {
    CUSTOMER_ID(AudienceTable.GOLD, FieldType.TEXT),
    FIRST_NAME(AudienceTable.GOLD, FieldType.TEXT),
    LAST_NAME(AudienceTable.GOLD, FieldType.TEXT),
    EMAIL(AudienceTable.GOLD, FieldType.TEXT),
    PHONE(AudienceTable.GOLD, FieldType.TEXT),
    BIRTH_DATE(AudienceTable.GOLD, FieldType.DATE),
    GENDER(AudienceTable.GOLD, FieldType.TEXT),
    STREET(AudienceTable.GOLD, FieldType.TEXT),
    CITY(AudienceTable.GOLD, FieldType.TEXT),
    POSTCODE(AudienceTable.GOLD, FieldType.TEXT),
    REGION(AudienceTable.GOLD, FieldType.TEXT),
    COUNTRY(AudienceTable.GOLD, FieldType.TEXT),
    LOYALTY_TIER(AudienceTable.GOLD, FieldType.TEXT),
    EMAIL_OPT_IN(AudienceTable.GOLD, FieldType.BOOLEAN),
    SMS_OPT_IN(AudienceTable.GOLD, FieldType.BOOLEAN),
    PUSH_OPT_IN(AudienceTable.GOLD, FieldType.BOOLEAN),
    CREATED_AT(AudienceTable.GOLD, FieldType.INSTANT),
    UPDATED_AT(AudienceTable.GOLD, FieldType.INSTANT),
    SOURCE_RECORD_COUNT(AudienceTable.GOLD, FieldType.NUMBER),
    LIFETIME_SPEND(AudienceTable.METRICS, FieldType.NUMBER),
    ORDER_COUNT(AudienceTable.METRICS, FieldType.NUMBER),
    AVG_ORDER_VALUE(AudienceTable.METRICS, FieldType.NUMBER),
    FIRST_ORDER_AT(AudienceTable.METRICS, FieldType.INSTANT),
    LAST_ORDER_AT(AudienceTable.METRICS, FieldType.INSTANT),
    DAYS_SINCE_LAST_ORDER(AudienceTable.METRICS, FieldType.NUMBER),
    TOP_CATEGORY(AudienceTable.METRICS, FieldType.TEXT),
    OPEN_TICKETS(AudienceTable.METRICS, FieldType.NUMBER),
    EMAIL_OPENS_30D(AudienceTable.METRICS, FieldType.NUMBER),
    EMAIL_CLICKS_30D(AudienceTable.METRICS, FieldType.NUMBER),
    LAST_ENGAGED_AT(AudienceTable.METRICS, FieldType.INSTANT),
    CHURN_RISK(AudienceTable.METRICS, FieldType.NUMBER),
    PREFERRED_CHANNEL(AudienceTable.METRICS, FieldType.TEXT),
    PREFERRED_HOUR(AudienceTable.METRICS, FieldType.NUMBER);

    private final AudienceTable table;
    private final FieldType type;

    AudienceField(AudienceTable table, FieldType type) {
        this.table = table;
        this.type = type;
    }

    /** The field's name in filters, the command line and the gold schema ({@code lifetime_spend}). */
    public String fieldName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public AudienceTable table() {
        return table;
    }

    public FieldType type() {
        return type;
    }

    /** {@code alias.column} in the compiled query ({@code m.lifetime_spend}). */
    public String qualifiedColumn() {
        return table.column(fieldName());
    }

    public static Optional<AudienceField> find(String name) {
        String key = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        for (AudienceField field : values()) {
            if (field.fieldName().equals(key)) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }

    /** The field of this name, or a {@link UserError} naming it. */
    public static AudienceField named(String name) {
        return find(name).orElseThrow(() -> new UserError("unknown field '" + (name == null ? "" : name.strip()) + "'"));
    }
}
