package io.lakefront.domain.identity;

import java.util.Objects;

/**
 * A decision about two records, respected by every run — and a label the model learns from
 * ({@link Labels}): {@code labelWeight} is 1 for a person's decision and lower for a language
 * model's, whose verdicts count less when m is re-estimated.
 */
public record LinkConstraint(RecordKey a, RecordKey b, Kind kind, double labelWeight) {
    public enum Kind { MUST_LINK, CANNOT_LINK }

    /** How much a language model's verdict counts as a label, against a person's 1. */
    public static final double MODEL_LABEL_WEIGHT = 0.5;

    public LinkConstraint {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(kind, "kind");
        if (a.equals(b)) {
            throw new IllegalArgumentException("a link constraint needs two different records, got " + a + " twice");
        }
        if (!(labelWeight >= 0 && labelWeight <= 1)) {
            throw new IllegalArgumentException("a label weight lies in 0..1, got " + labelWeight);
        }
    }

    public LinkConstraint(RecordKey a, RecordKey b, Kind kind) {
        this(a, b, kind, 1.0);
    }

    public LinkConstraint withLabelWeight(double weight) {
        return new LinkConstraint(a, b, kind, weight);
    }

    public static LinkConstraint mustLink(RecordKey a, RecordKey b) {
        return new LinkConstraint(a, b, Kind.MUST_LINK);
    }

    public static LinkConstraint cannotLink(RecordKey a, RecordKey b) {
        return new LinkConstraint(a, b, Kind.CANNOT_LINK);
    }
}
