package io.lakefront.domain.identity;

import java.util.List;
import java.util.Objects;

/** One resolution run: the records, the specification, the previous run's ids and people's decisions. */
public record ResolutionRequest(List<PersonRecord> records, IdentitySpec spec, PreviousClusters previous,
                                List<LinkConstraint> constraints) {
    public ResolutionRequest {
        records = List.copyOf(records);
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(previous, "previous");
        constraints = List.copyOf(constraints);
    }

    public static ResolutionRequest of(List<PersonRecord> records, IdentitySpec spec) {
        return new ResolutionRequest(records, spec, PreviousClusters.none(), List.of());
    }
}
