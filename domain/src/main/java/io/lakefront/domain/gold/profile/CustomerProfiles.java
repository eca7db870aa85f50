package io.lakefront.domain.gold.profile;

import io.lakefront.domain.gold.EngagementEvent;
import io.lakefront.domain.gold.GoldCustomer;
import io.lakefront.domain.gold.Purchase;
import io.lakefront.domain.gold.SupportTicket;
import io.lakefront.domain.governance.AuditEntry;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Port: the gold table read back for Customer 360 — the customers for the search index, one customer's
 * row, its lineage, metrics and events, and what the audit log says about its cluster. Read only; the
 * resolution run is the only writer of these tables.
 */
public interface CustomerProfiles {
    /** The resolution run the gold table comes from; empty before the first run. */
    OptionalLong latestRun();

    /** Customers in the gold table. */
    long count();

    /** Every gold customer in id order, with the fields search reads. */
    void forEachSearchable(Searchable visitor);

    /** The named customers' list lines, in no particular order; unknown ids are left out. */
    List<CustomerSummary> summaries(Collection<String> customerIds);

    Optional<GoldCustomer> customer(String customerId);

    /** The customer's {@code gold_lineage} rows in field order; empty when the build recorded none. */
    List<FieldLineage> lineage(String customerId);

    /** The customer's {@code customer_metrics} row, when metrics have been computed. */
    Optional<CustomerMetrics> metrics(String customerId);

    /** Oldest first. */
    List<Purchase> purchases(String customerId);

    /** Oldest first. */
    List<SupportTicket> tickets(String customerId);

    /** Oldest first. */
    List<EngagementEvent> engagement(String customerId);

    /** Audit entries whose subject names the cluster ({@code cluster 42}, {@code clusters 42 and 57}), newest first. */
    List<AuditEntry> auditAboutCluster(long clusterId, int limit);

    /** Receives one customer's searchable fields. */
    @FunctionalInterface
    interface Searchable {
        void accept(String customerId, String firstName, String lastName, String email, String phone);
    }
}
