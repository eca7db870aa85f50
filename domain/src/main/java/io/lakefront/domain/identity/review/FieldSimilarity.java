package io.lakefront.domain.identity.review;

import io.lakefront.domain.identity.Comparison;

/** How one compared field of a pair looks to a reader: the same, similar, different, or missing on a side. */
public enum FieldSimilarity {
    SAME, SIMILAR, DIFFERENT, MISSING;

    /** From the comparison level the pair reached (see {@link Comparison#levelLabel}). */
    public static FieldSimilarity ofLevel(String level) {
        if (level == null || level.equals(Comparison.MISSING)) {
            return MISSING;
        }
        if (level.equals("exact")) {
            return SAME;
        }
        return level.equals(Comparison.ELSE) ? DIFFERENT : SIMILAR;
    }
}
