package io.lakefront.ui.review;

import io.lakefront.domain.identity.review.FieldEvidence;
import io.lakefront.domain.identity.review.FieldSimilarity;
import java.util.Locale;

/** A compared field side by side: both values, the level reached, its weight and how alike they are. */
public record FieldRow(String field, String valueA, String valueB, String level, String weightText,
                       FieldSimilarity similarity) {
    static FieldRow of(FieldEvidence evidence) {
        return new FieldRow(evidence.comparison(), orDash(evidence.valueA()), orDash(evidence.valueB()), evidence.level(),
                String.format(Locale.ROOT, "%+.2f", evidence.weight()), evidence.similarity());
    }

    /** The word the screen shows next to the colour (colour alone is not enough). */
    public String similarityText() {
        return switch (similarity) {
            case SAME -> "same";
            case SIMILAR -> "similar";
            case DIFFERENT -> "different";
            case MISSING -> "missing";
        };
    }

    /** The style class that colours the row. */
    public String styleClass() {
        return "field-" + similarity.name().toLowerCase(Locale.ROOT);
    }

    private static String orDash(String value) {
        return value == null || value.isEmpty() ? "—" : value;
    }
}
