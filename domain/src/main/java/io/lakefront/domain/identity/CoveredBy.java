package io.lakefront.domain.identity;

import java.util.Objects;

/**
 * Says that a comparison adds nothing when another one already agrees: once two records share a
 * street, their shared postcode and city are the same evidence again, not new evidence. Counting
 * correlated fields as independent (the Fellegi–Sunter assumption) lets one shared address outweigh
 * different names, birth dates and e-mails — family members at one address then "match". A covered
 * comparison weighs nothing (like a missing value) for a pair whose {@code comparison} lies at one of
 * its first {@code levels} listed levels; the waterfall says "covered by street".
 *
 * @param comparison the covering comparison's name; it must be listed before the covered one
 * @param levels     how many of its listed levels count as agreeing (1 = exact only)
 */
public record CoveredBy(String comparison, int levels) {
    public CoveredBy {
        Objects.requireNonNull(comparison, "comparison");
        if (levels < 1) {
            throw new IllegalArgumentException("covered by '" + comparison + "': levels must be at least 1, was " + levels);
        }
    }

    /** The waterfall's label for a covered pair. */
    public String label() {
        return "covered by " + comparison;
    }
}
