package io.lakefront.domain.decision;

/** Another campaign that wanted the same customer, and its priority (CONTRACTS.md §5 {@code competing}). */
public record Competitor(String campaign, double priority) {
}
