package io.lakefront.domain.identity;

/**
 * A value shared by so many records (a placeholder email, a shop's phone) that a deterministic
 * rule ignores it rather than merge them all.
 */
public record SharedValue(String rule, String value, int records) {
}
