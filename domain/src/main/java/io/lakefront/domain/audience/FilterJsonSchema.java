package io.lakefront.domain.audience;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON schema (draft 2020-12 subset: {@code $defs}, {@code $ref}, {@code anyOf}, {@code enum}) of
 * {@link FilterTree}'s shape, built from the field catalogue so that a language model constrained by it
 * can only name fields of {@link AudienceField} and the event tables of {@link AudienceTable}. It is
 * a guide for the model, not the check: {@link FilterTree#read} still validates every answer.
 * Plain maps and lists, so any JSON library writes it.
 */
public final class FilterJsonSchema {
    /** The definition names under {@code $defs}. */
    public static final String FILTER = "filter";
    public static final String WINDOW = "window";

    private FilterJsonSchema() {
    }

    /** {@code {"$ref": "#/$defs/filter"}}, for a property that holds a filter. */
    public static Map<String, Object> filterRef() {
        return ref(FILTER);
    }

    /** The {@code $defs} a schema using {@link #filterRef()} needs: {@code filter} and {@code window}. */
    public static Map<String, Object> definitions() {
        Map<String, Object> defs = new LinkedHashMap<>();
        defs.put(FILTER, filter());
        defs.put(WINDOW, window());
        return defs;
    }

    /** A complete schema whose root is one filter. */
    public static Map<String, Object> schema() {
        Map<String, Object> root = new LinkedHashMap<>(filterRef());
        root.put("$defs", definitions());
        return root;
    }

    /** The names of the fields of {@code types} (all fields when none are given), in catalogue order. */
    public static List<String> fieldNames(FieldType... types) {
        List<FieldType> wanted = Arrays.asList(types);
        List<String> names = new ArrayList<>();
        for (AudienceField field : AudienceField.values()) {
            if (wanted.isEmpty() || wanted.contains(field.type())) {
                names.add(field.fieldName());
            }
        }
        return names;
    }

    private static Map<String, Object> filter() {
        List<Object> kinds = new ArrayList<>();
        kinds.add(object(Map.of("all", array(filterRef())), "all"));
        kinds.add(object(Map.of("any", array(filterRef())), "any"));
        kinds.add(object(Map.of("not", filterRef()), "not"));
        kinds.add(object(props(
                "field", enumOf(fieldNames()),
                "op", enumOf(List.of("=", "!=")),
                "value", scalar()), "field", "op", "value"));
        List<String> ordered = fieldNames(FieldType.NUMBER, FieldType.DATE, FieldType.INSTANT);
        kinds.add(object(props(
                "field", enumOf(ordered),
                "op", enumOf(List.of("<", "<=", ">", ">=")),
                "value", scalar()), "field", "op", "value"));
        kinds.add(object(props(
                "field", enumOf(ordered),
                "op", constant("between"),
                "low", scalar(),
                "high", scalar()), "field", "op", "low", "high"));
        kinds.add(object(props(
                "field", enumOf(fieldNames()),
                "op", constant("in"),
                "values", array(scalar())), "field", "op", "values"));
        kinds.add(object(props(
                "field", enumOf(fieldNames(FieldType.TEXT)),
                "op", enumOf(List.of("contains", "starts_with")),
                "value", type("string")), "field", "op", "value"));
        kinds.add(object(props(
                "field", enumOf(fieldNames()),
                "op", enumOf(List.of("is_empty", "is_not_empty"))), "field", "op"));
        kinds.add(object(props(
                "field", enumOf(fieldNames(FieldType.DATE, FieldType.INSTANT)),
                "op", constant("within"),
                "window", ref(WINDOW)), "field", "op", "window"));
        kinds.add(event(AudienceTable.PURCHASES, props(
                "measure", enumOf(List.of("count", "sum", "average")),
                "category", type("string"),
                "product", type("string"))));
        kinds.add(event(AudienceTable.SUPPORT_TICKETS, props(
                "status", enumOf(EventMeasure.TICKET_STATUSES))));
        kinds.add(event(AudienceTable.ENGAGEMENT_EVENTS, props(
                "channel", enumOf(EventMeasure.CHANNELS),
                "type", enumOf(EventMeasure.ENGAGEMENT_TYPES))));
        Map<String, Object> filter = new LinkedHashMap<>();
        filter.put("anyOf", kinds);
        return filter;
    }

    private static Map<String, Object> event(AudienceTable table, Map<String, Object> own) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("event", constant(table.tableName()));
        properties.putAll(own);
        properties.put("window", ref(WINDOW));
        properties.put("op", enumOf(List.of("=", "!=", "<", "<=", ">", ">=")));
        properties.put("number", type("number"));
        return object(properties, "event", "op", "number");
    }

    private static Map<String, Object> window() {
        Map<String, Object> whole = new LinkedHashMap<>(type("integer"));
        whole.put("minimum", 1);
        Map<String, Object> date = new LinkedHashMap<>(type("string"));
        date.put("pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$");
        Map<String, Object> window = new LinkedHashMap<>();
        window.put("anyOf", List.of(
                object(Map.of("last_days", whole), "last_days"),
                object(Map.of("last_months", whole), "last_months"),
                object(Map.of("this_year", constant(true)), "this_year"),
                object(props("from", date, "to", date))));
        return window;
    }

    private static Map<String, Object> object(Map<String, Object> properties, String... required) {
        Map<String, Object> node = new LinkedHashMap<>(type("object"));
        node.put("properties", properties);
        node.put("required", List.of(required));
        node.put("additionalProperties", false);
        return node;
    }

    private static Map<String, Object> props(Object... keysAndSchemas) {
        Map<String, Object> properties = new LinkedHashMap<>();
        for (int i = 0; i < keysAndSchemas.length; i += 2) {
            properties.put((String) keysAndSchemas[i], keysAndSchemas[i + 1]);
        }
        return properties;
    }

    private static Map<String, Object> array(Map<String, Object> items) {
        Map<String, Object> node = new LinkedHashMap<>(type("array"));
        node.put("items", items);
        return node;
    }

    private static Map<String, Object> scalar() {
        return Map.of("type", List.of("string", "number", "boolean"));
    }

    private static Map<String, Object> enumOf(List<String> values) {
        Map<String, Object> node = new LinkedHashMap<>(type("string"));
        node.put("enum", List.copyOf(values));
        return node;
    }

    private static Map<String, Object> constant(Object value) {
        return Map.of("const", value);
    }

    private static Map<String, Object> type(String name) {
        return Map.of("type", name);
    }

    private static Map<String, Object> ref(String definition) {
        return Map.of("$ref", "#/$defs/" + definition);
    }
}
