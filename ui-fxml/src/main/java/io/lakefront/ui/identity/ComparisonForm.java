package io.lakefront.ui.identity;

/** A comparison in the rules form: name, field, its levels in order, and whether common values weigh less. */
public record ComparisonForm(String name, String field, String levels, boolean termFrequency) {
}
