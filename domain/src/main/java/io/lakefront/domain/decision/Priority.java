package io.lakefront.domain.decision;

/**
 * How a campaign ranks for a customer: {@code score = propensity × value × weight}. Candidates take
 * capacity in descending {@code rank} order, which is the score except when the decision explores.
 *
 * @param propensity the smoothed chance the customer converts on this campaign's message (0..1)
 * @param value      what the customer is worth, relative (1 for an average spender)
 * @param weight     the campaign's weight from the decisioning settings
 * @param explored   true when exploration set the order, {@code rank} then being the draw
 */
public record Priority(double propensity, double value, double weight, double score, boolean explored, double rank) {
}
