package io.lakefront.domain.identity;

import java.util.List;

/**
 * New and changed records to resolve against a resolved base
 * ({@link IdentityEngine#resolveIncremental}): a record whose key the base has replaces the
 * base's version. {@code constraints} are people's decisions as they stand now; they replace the
 * base's.
 */
public record IncrementalRequest(List<PersonRecord> records, List<LinkConstraint> constraints) {
    public IncrementalRequest {
        records = List.copyOf(records);
        constraints = List.copyOf(constraints);
    }

    /** New or changed records, with the base's decisions kept as they are. */
    public static IncrementalRequest of(List<PersonRecord> records, Resolution base) {
        return new IncrementalRequest(records, base.constraints());
    }
}
