package io.lakefront.domain.identity;

import java.util.Objects;

/** A person's decision about two records, respected by every run. */
public record LinkConstraint(RecordKey a, RecordKey b, Kind kind) {
    public enum Kind { MUST_LINK, CANNOT_LINK }

    public LinkConstraint {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(kind, "kind");
        if (a.equals(b)) {
            throw new IllegalArgumentException("a link constraint needs two different records, got " + a + " twice");
        }
    }

    public static LinkConstraint mustLink(RecordKey a, RecordKey b) {
        return new LinkConstraint(a, b, Kind.MUST_LINK);
    }

    public static LinkConstraint cannotLink(RecordKey a, RecordKey b) {
        return new LinkConstraint(a, b, Kind.CANNOT_LINK);
    }
}
