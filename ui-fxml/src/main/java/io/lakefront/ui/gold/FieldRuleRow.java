package io.lakefront.ui.gold;

import io.lakefront.domain.gold.FieldRule;
import io.lakefront.domain.gold.GoldFieldType;
import io.lakefront.domain.gold.SurvivorshipRule;
import java.util.Arrays;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One gold field's row on the Gold rules screen: its rule and the list the rule needs (sources in
 * priority order, or values in custom order), both editable. {@code type} is set for user-added fields.
 */
public final class FieldRuleRow {
    private final String field;
    private final GoldFieldType type;
    private final ObjectProperty<SurvivorshipRule> rule = new SimpleObjectProperty<>(this, "rule");
    private final StringProperty list = new SimpleStringProperty(this, "list", "");

    FieldRuleRow(String field, GoldFieldType type, FieldRule initial) {
        this.field = field;
        this.type = type;
        rule.set(initial.rule());
        list.set(String.join(", ", initial.rule() == SurvivorshipRule.CUSTOM_ORDER ? initial.order() : initial.sources()));
    }

    public String field() {
        return field;
    }

    /** {@code null} for the contract's fields. */
    public GoldFieldType type() {
        return type;
    }

    public boolean custom() {
        return type != null;
    }

    public ObjectProperty<SurvivorshipRule> ruleProperty() {
        return rule;
    }

    /** Comma-separated: sources for source priority, values for custom order; ignored by other rules. */
    public StringProperty listProperty() {
        return list;
    }

    /** The row as a rule; a missing list is an IllegalArgumentException saying what to write. */
    FieldRule toRule() {
        List<String> items = Arrays.stream(list.get() == null ? new String[0] : list.get().split(","))
                .map(String::strip).filter(item -> !item.isEmpty()).toList();
        try {
            return switch (rule.get()) {
                case SOURCE_PRIORITY -> FieldRule.sourcePriority(items);
                case CUSTOM_ORDER -> FieldRule.customOrder(items);
                default -> FieldRule.of(rule.get());
            };
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + ": " + e.getMessage(), e);
        }
    }
}
