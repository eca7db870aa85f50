package io.lakefront.domain.audience;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The schema accepts every tree {@link FilterTree} writes and refuses names outside the catalogue,
 * checked with a small validator of the keywords the schema uses.
 */
class FilterJsonSchemaTest {
    private static final Map<String, Object> SCHEMA = FilterJsonSchema.schema();

    @Test
    void every_tree_the_filter_writes_fits_the_schema() {
        Filter filter = Filter.and(
                Filter.compare("region", "=", "TX"),
                Filter.compare("lifetime_spend", ">=", "1000"),
                Filter.between("birth_date", "1980-01-01", "1989-12-31"),
                Filter.in("loyalty_tier", "gold", "platinum"),
                new Filter.TextMatch(AudienceField.EMAIL, Filter.Match.STARTS_WITH, "ann"),
                new Filter.IsNotEmpty(AudienceField.PHONE),
                Filter.not(new Filter.IsEmpty(AudienceField.CITY)),
                new Filter.InWindow(AudienceField.CREATED_AT, new TimeWindow.ThisYear()),
                Filter.or(
                        new Filter.Event(new EventMeasure.Purchases(EventMeasure.Aggregate.SUM, "outdoor", "tent"),
                                new TimeWindow.LastDays(90), Operator.GT, new BigDecimal("500")),
                        new Filter.Event(new EventMeasure.Tickets("open"), null, Operator.EQ, BigDecimal.ZERO),
                        new Filter.Event(new EventMeasure.Engagement("email", "open"),
                                new TimeWindow.Dates(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30)),
                                Operator.GE, BigDecimal.ONE),
                        new Filter.Event(EventMeasure.Purchases.count(), new TimeWindow.LastMonths(3), Operator.NE,
                                BigDecimal.TEN)),
                Filter.compare("email_opt_in", "=", "yes"));

        assertThat(fits(SCHEMA, FilterTree.write(filter))).isTrue();
    }

    @Test
    void names_outside_the_catalogue_and_misplaced_operators_do_not_fit() {
        assertThat(fits(SCHEMA, Map.of("field", "password_hash", "op", "=", "value", "x"))).isFalse();
        assertThat(fits(SCHEMA, Map.of("sql", "DELETE FROM gold_customer"))).isFalse();
        assertThat(fits(SCHEMA, Map.of("event", "users", "op", ">=", "number", 1))).isFalse();
        assertThat(fits(SCHEMA, Map.of("field", "region", "op", ">", "value", "TX"))).isFalse();
        assertThat(fits(SCHEMA, Map.of("field", "region", "op", "=", "value", "TX", "extra", 1))).isFalse();
        assertThat(fits(SCHEMA, Map.of("event", "support_tickets", "status", "lost", "op", ">=", "number", 1))).isFalse();
        assertThat(fits(SCHEMA, Map.of("field", "created_at", "op", "within", "window", Map.of("last_days", 0)))).isFalse();
        assertThat(fits(SCHEMA, Map.of("all", List.of(Map.of("field", "region", "op", "=", "value", "TX"))))).isTrue();
    }

    @Test
    void the_field_enums_come_from_the_catalogue() {
        assertThat(FilterJsonSchema.fieldNames()).hasSize(AudienceField.values().length).contains("lifetime_spend", "region");
        assertThat(FilterJsonSchema.fieldNames(FieldType.TEXT)).contains("region").doesNotContain("lifetime_spend");
    }

    /** Validates {@code value} against {@code schema} for the keywords {@link FilterJsonSchema} uses. */
    @SuppressWarnings("unchecked")
    private static boolean fits(Map<String, Object> schema, Object value) {
        if (schema.containsKey("$ref")) {
            String name = ((String) schema.get("$ref")).substring("#/$defs/".length());
            return fits((Map<String, Object>) FilterJsonSchema.definitions().get(name), value);
        }
        if (schema.containsKey("anyOf")) {
            return ((List<Map<String, Object>>) schema.get("anyOf")).stream().anyMatch(s -> fits(s, value));
        }
        if (schema.containsKey("const") && !schema.get("const").equals(value)) {
            return false;
        }
        if (schema.containsKey("enum") && !((List<?>) schema.get("enum")).contains(value)) {
            return false;
        }
        Object type = schema.get("type");
        if (type != null) {
            List<?> types = type instanceof List<?> list ? list : List.of(type);
            if (types.stream().noneMatch(t -> hasType((String) t, value))) {
                return false;
            }
        }
        if (schema.containsKey("minimum") && ((Number) value).doubleValue() < ((Number) schema.get("minimum")).doubleValue()) {
            return false;
        }
        if (schema.containsKey("pattern") && !Pattern.compile((String) schema.get("pattern")).matcher((String) value).find()) {
            return false;
        }
        if (value instanceof Map<?, ?> map && schema.containsKey("properties")) {
            Map<String, Map<String, Object>> properties = (Map<String, Map<String, Object>>) schema.get("properties");
            if (!map.keySet().containsAll((List<?>) schema.get("required"))) {
                return false;
            }
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                Map<String, Object> property = properties.get(entry.getKey());
                if (property == null ? Boolean.FALSE.equals(schema.get("additionalProperties"))
                        : !fits(property, entry.getValue())) {
                    return false;
                }
            }
        }
        if (value instanceof List<?> list && schema.containsKey("items")) {
            return list.stream().allMatch(item -> fits((Map<String, Object>) schema.get("items"), item));
        }
        return true;
    }

    private static boolean hasType(String type, Object value) {
        return switch (type) {
            case "object" -> value instanceof Map<?, ?>;
            case "array" -> value instanceof List<?>;
            case "string" -> value instanceof String;
            case "number" -> value instanceof Number;
            case "integer" -> value instanceof Integer || value instanceof Long;
            case "boolean" -> value instanceof Boolean;
            default -> throw new AssertionError("type " + type);
        };
    }
}
