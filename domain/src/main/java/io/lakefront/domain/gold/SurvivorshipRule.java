package io.lakefront.domain.gold;

import java.util.Locale;

/**
 * How one gold field picks its value among a customer's records (gold.yaml {@code rule:}). Every rule
 * breaks its ties the same way — most recent record first, then the most complete, then source name
 * and record id — so a choice never depends on reading order.
 */
public enum SurvivorshipRule {
    /** The value of the highest-ranked source in the field's {@code sources} list that has one. */
    SOURCE_PRIORITY,
    /** The value of the most recently changed record that has one. */
    MOST_RECENT,
    /** The value most records agree on (compared ignoring case and surrounding spaces). */
    MOST_FREQUENT,
    /** The value of the record that fills the most gold fields. */
    MOST_COMPLETE,
    /** The longest value (the most detailed spelling of a street or a name). */
    LONGEST,
    /** The first value ever recorded: the oldest record (by creation time) that has one. */
    FIRST_NON_EMPTY,
    /** The value ranked highest in the field's own {@code order} list (loyalty tiers: platinum before gold). */
    CUSTOM_ORDER,
    /** Consent only, and always: an opt-out anywhere wins (a record's or an unsubscribe event's). */
    MOST_RESTRICTIVE;

    /** The rule's name as gold.yaml and the lineage table write it ({@code most_recent}). */
    public String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
