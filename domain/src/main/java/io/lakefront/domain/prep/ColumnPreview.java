package io.lakefront.domain.prep;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One column in a {@link PreparationPreview}: the tag the next prepare would use (the user's when they
 * edited it), what the tagger read from the header and values and why, and the rule in words.
 *
 * @param detected           the tagger's tag, whatever the user chose
 * @param detectedConfidence how sure the tagger is of {@code detected}
 * @param evidence           the tagger's reasons for {@code detected}
 * @param invalid            values of the shown rows that the rule refuses
 */
public record ColumnPreview(String column, ColumnTag tag, double confidence, boolean edited, ColumnTag detected,
                            double detectedConfidence, String rule, List<Evidence> evidence, long invalid) {
    public ColumnPreview {
        evidence = List.copyOf(evidence);
    }

    /** The reasons in one line, as {@code inspect} prints them. */
    public String evidenceText() {
        return evidence.stream().map(Evidence::text).collect(Collectors.joining("; "));
    }
}
