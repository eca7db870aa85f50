package io.lakefront.domain.gold.metrics;

import java.time.Instant;
import java.util.Map;

/**
 * What one refresh of {@code customer_metrics} changed.
 *
 * @param previousAsOf   the {@code as_of} the stored rows had (the most common one), {@code null} when there were none
 * @param recomputedAll  true when the stored {@code as_of} differed from this one, so every row was rewritten
 * @param changedColumns for each column, how many updated rows changed it (columns in table order; zero counts left out)
 */
public record MetricsRefresh(Instant asOf, Instant previousAsOf, boolean recomputedAll, int customers, int inserted,
                             int updated, int deleted, int unchanged, Map<String, Integer> changedColumns,
                             ChurnModel model) {
    public int written() {
        return inserted + updated + deleted;
    }
}
