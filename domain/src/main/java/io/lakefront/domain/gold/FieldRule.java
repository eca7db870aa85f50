package io.lakefront.domain.gold;

import java.util.List;
import java.util.Objects;

/**
 * One gold field's survivorship: the rule, and what it needs — the ranked {@code sources} of
 * {@link SurvivorshipRule#SOURCE_PRIORITY}, the ranked values of {@link SurvivorshipRule#CUSTOM_ORDER}.
 */
public record FieldRule(SurvivorshipRule rule, List<String> sources, List<String> order) {
    public static final FieldRule MOST_RECENT = new FieldRule(SurvivorshipRule.MOST_RECENT, List.of(), List.of());

    public FieldRule {
        Objects.requireNonNull(rule, "rule");
        sources = List.copyOf(sources);
        order = List.copyOf(order);
        if (rule == SurvivorshipRule.SOURCE_PRIORITY && sources.isEmpty()) {
            throw new IllegalArgumentException("source_priority needs the sources in order (sources: [crm, shop])");
        }
        if (rule == SurvivorshipRule.CUSTOM_ORDER && order.isEmpty()) {
            throw new IllegalArgumentException("custom_order needs the values in order (order: [platinum, gold, ...])");
        }
    }

    public static FieldRule of(SurvivorshipRule rule) {
        return new FieldRule(rule, List.of(), List.of());
    }

    public static FieldRule sourcePriority(List<String> sources) {
        return new FieldRule(SurvivorshipRule.SOURCE_PRIORITY, sources, List.of());
    }

    public static FieldRule customOrder(List<String> order) {
        return new FieldRule(SurvivorshipRule.CUSTOM_ORDER, List.of(), order);
    }

    /** The rule in a few words, for a table cell ("source priority: crm, shop"). */
    public String describe() {
        String name = rule.yamlName().replace('_', ' ');
        return switch (rule) {
            case SOURCE_PRIORITY -> name + ": " + String.join(", ", sources);
            case CUSTOM_ORDER -> name + ": " + String.join(" > ", order);
            default -> name;
        };
    }
}
