package io.lakefront.domain.gold.profile;

import java.util.List;
import java.util.Objects;

/**
 * What a search found: the hits best first with their list lines (masked when the actor may not see
 * personal data), and how many customers were searched.
 */
public record CustomerSearch(String query, List<Result> results, long customers, boolean masked) {
    /** One found customer: the list line and where and how well the query matched. */
    public record Result(CustomerSummary customer, CustomerIndex.Field matchedOn, double score) {
        public Result {
            Objects.requireNonNull(customer, "customer");
            Objects.requireNonNull(matchedOn, "matchedOn");
        }
    }

    public CustomerSearch {
        query = query == null ? "" : query;
        results = List.copyOf(results);
    }
}
