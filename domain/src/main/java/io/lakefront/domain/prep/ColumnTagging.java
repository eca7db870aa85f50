package io.lakefront.domain.prep;

import java.util.List;
import java.util.stream.Collectors;

/** The tag chosen for one column, how sure the tagger is (0..1) and why. */
public record ColumnTagging(String column, ColumnTag tag, double confidence, List<Evidence> evidence) {
    public ColumnTagging {
        if (tag == null) {
            throw new IllegalArgumentException("a tagging needs a tag (UNKNOWN when nothing fits)");
        }
        confidence = Math.max(0.0, Math.min(1.0, confidence));
        evidence = List.copyOf(evidence);
    }

    /** The reasons in one line for the {@code inspect} CSV, e.g. {@code header ~ "zip" (0.92); 98% look like postcodes}. */
    public String evidenceText() {
        return evidence.stream().map(Evidence::text).collect(Collectors.joining("; "));
    }
}
