package io.lakefront.domain.gold;

import java.util.Objects;

/**
 * A gold field the user added in gold.yaml ({@code custom_fields}): it has no column of its own in
 * gold_customer; its values live in gold_lineage and exports add it as a column after the contract's.
 */
public record CustomGoldField(String name, GoldFieldType type, FieldRule rule) {
    public CustomGoldField {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(rule, "rule");
        GoldSpec.checkCustomName(name).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        if (rule.rule() == SurvivorshipRule.MOST_RESTRICTIVE) {
            throw new IllegalArgumentException(name + ": most_restrictive is for the consent fields only");
        }
    }
}
