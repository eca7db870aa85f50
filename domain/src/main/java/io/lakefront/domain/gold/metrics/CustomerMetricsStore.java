package io.lakefront.domain.gold.metrics;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/** Port: the {@code customer_metrics} table and what it is computed from (gold customers, event tables). */
public interface CustomerMetricsStore {
    /** Opens one transaction: what is read and written in it is committed together or not at all. */
    Session begin();

    /**
     * How many gold customers have no metrics row computed as of {@code asOf} (no row, or a row of
     * another {@code as_of}); zero means the table is current. Cheap: no metric is computed.
     */
    long stale(Instant asOf);

    /** One refresh's transaction. */
    interface Session extends AutoCloseable {
        /** The gold customers and the event tables, as this transaction sees them. */
        MetricsInput read();

        /** The stored rows by customer id. */
        Map<String, CustomerMetrics> stored();

        /** Inserts or replaces these rows. */
        void upsert(Collection<CustomerMetrics> rows);

        void delete(Collection<String> customerIds);

        void commit();

        /** Rolls back unless committed. */
        @Override
        void close();
    }
}
