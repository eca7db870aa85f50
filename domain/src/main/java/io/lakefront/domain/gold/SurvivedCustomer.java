package io.lakefront.domain.gold;

import java.util.List;
import java.util.Objects;

/** A customer's gold row and the lineage of each of its values (user-added fields' values only live there). */
public record SurvivedCustomer(GoldCustomer customer, List<GoldLineage> lineage) {
    public SurvivedCustomer {
        Objects.requireNonNull(customer, "customer");
        lineage = List.copyOf(lineage);
    }
}
