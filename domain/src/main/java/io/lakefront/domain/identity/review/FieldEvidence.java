package io.lakefront.domain.identity.review;

/**
 * One compared field of a review pair, from the match weight waterfall: the comparison, the level
 * the pair reached, both values as compared, the weight it added (level weight plus term-frequency
 * adjustment) and how it reads (same / similar / different / missing).
 */
public record FieldEvidence(String comparison, String level, String valueA, String valueB, double weight,
                            FieldSimilarity similarity) {
}
