package io.lakefront.domain.gold;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What gold.yaml says (CONTRACTS.md §4): the survivorship rule of each gold field, the fields the
 * user added, and, per source, the columns whose place in the gold table the user chose instead of
 * the one proposed from the column tags. Everything left out takes the default: the most recent
 * value, the proposed mapping. Consent always takes the most restrictive value and cannot be
 * configured otherwise.
 *
 * @param rules        the configured standard fields' rules (the others: most recent)
 * @param customFields user-added fields, in their column order for exports
 * @param mappings     source name → (column name → target), overriding the proposal for those columns
 */
public record GoldSpec(Map<GoldField, FieldRule> rules, List<CustomGoldField> customFields,
                       Map<String, Map<String, GoldTarget>> mappings) {
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");
    /** Names a user field may not take: the contract's columns and the words mappings use. */
    static final Set<String> RESERVED = Set.of("customer_id", "email_opt_in", "sms_opt_in", "push_opt_in", "created_at",
            "updated_at", "source_record_count", "full_name", "street_number", "ignore", "none");

    public GoldSpec {
        // The default rule is not kept, so a spec that writes every field equals one that writes none.
        Map<GoldField, FieldRule> configured = new EnumMap<>(GoldField.class);
        rules.forEach((field, rule) -> {
            if (!rule.equals(FieldRule.MOST_RECENT)) {
                configured.put(field, rule);
            }
        });
        rules = Map.copyOf(configured);
        customFields = List.copyOf(customFields);
        Set<String> names = new HashSet<>();
        for (CustomGoldField field : customFields) {
            if (!names.add(field.name())) {
                throw new IllegalArgumentException("custom field '" + field.name() + "' is declared twice");
            }
        }
        Map<String, Map<String, GoldTarget>> copy = new LinkedHashMap<>();
        mappings.forEach((source, columns) -> copy.put(source, Map.copyOf(columns)));
        mappings = Map.copyOf(copy);
        for (Map<String, GoldTarget> columns : mappings.values()) {
            for (GoldTarget target : columns.values()) {
                if (target.kind() == GoldTarget.Kind.CUSTOM && !names.contains(target.custom())) {
                    throw new IllegalArgumentException("mapping to '" + target.custom() + "', which is not a custom field");
                }
            }
        }
        for (FieldRule rule : rules.values()) {
            if (rule.rule() == SurvivorshipRule.MOST_RESTRICTIVE) {
                throw new IllegalArgumentException("most_restrictive is for the consent fields only");
            }
        }
    }

    /** Nothing configured: every field the most recent value, every column where its tag says. */
    public static GoldSpec defaults() {
        return new GoldSpec(Map.of(), List.of(), Map.of());
    }

    public FieldRule rule(GoldField field) {
        return rules.getOrDefault(field, FieldRule.MOST_RECENT);
    }

    public Set<String> customFieldNames() {
        Set<String> names = new HashSet<>();
        customFields.forEach(field -> names.add(field.name()));
        return names;
    }

    public Optional<CustomGoldField> customField(String name) {
        return customFields.stream().filter(field -> field.name().equals(name)).findFirst();
    }

    /** The user's choices for one source's columns (column name → target); empty when none. */
    public Map<String, GoldTarget> mapping(String source) {
        return mappings.getOrDefault(source, Map.of());
    }

    public GoldSpec withRule(GoldField field, FieldRule rule) {
        Map<GoldField, FieldRule> changed = new EnumMap<>(GoldField.class);
        changed.putAll(rules);
        changed.put(field, rule);
        return new GoldSpec(changed, customFields, mappings);
    }

    public GoldSpec withMapping(String source, String column, GoldTarget target) {
        Map<String, Map<String, GoldTarget>> changed = new LinkedHashMap<>(mappings);
        Map<String, GoldTarget> columns = new LinkedHashMap<>(mapping(source));
        columns.put(column, target);
        changed.put(source, columns);
        return new GoldSpec(rules, customFields, changed);
    }

    public GoldSpec withCustomField(CustomGoldField field) {
        List<CustomGoldField> fields = new ArrayList<>(customFields);
        fields.removeIf(existing -> existing.name().equals(field.name()));
        fields.add(field);
        return new GoldSpec(rules, fields, mappings);
    }

    /** Why a user field may not have this name, or empty when it may. */
    public static Optional<String> checkCustomName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            return Optional.of("'" + name + "' is not a field name (lower case letters, digits and _, starting with a letter)");
        }
        if (RESERVED.contains(name) || GoldField.byColumnName(name).isPresent()) {
            return Optional.of("'" + name + "' is already a gold column");
        }
        return Optional.empty();
    }
}
