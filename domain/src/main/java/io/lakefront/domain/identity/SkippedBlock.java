package io.lakefront.domain.identity;

/** A block too large to compare pairwise (a generic value), skipped by a rule and reported. */
public record SkippedBlock(String rule, String key, int records) {
}
