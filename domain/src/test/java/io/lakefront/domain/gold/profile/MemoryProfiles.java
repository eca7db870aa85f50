package io.lakefront.domain.gold.profile;

import io.lakefront.domain.gold.EngagementEvent;
import io.lakefront.domain.gold.GoldCustomer;
import io.lakefront.domain.gold.Purchase;
import io.lakefront.domain.gold.SupportTicket;
import io.lakefront.domain.governance.AuditEntry;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;

/** The gold tables in lists, for the use-case tests. */
final class MemoryProfiles implements CustomerProfiles {
    final TreeMap<String, GoldCustomer> customers = new TreeMap<>();
    final List<FieldLineage> lineage = new ArrayList<>();
    final List<CustomerMetrics> metrics = new ArrayList<>();
    final List<Purchase> purchases = new ArrayList<>();
    final List<SupportTicket> tickets = new ArrayList<>();
    final List<EngagementEvent> engagement = new ArrayList<>();
    final List<AuditEntry> audit = new ArrayList<>();
    OptionalLong run = OptionalLong.empty();
    int scans;

    @Override public OptionalLong latestRun() { return run; }
    @Override public long count() { return customers.size(); }

    @Override
    public void forEachSearchable(Searchable visitor) {
        scans++;
        customers.values().forEach(c -> visitor.accept(c.customerId(), c.firstName(), c.lastName(), c.email(), c.phone()));
    }

    @Override
    public List<CustomerSummary> summaries(Collection<String> ids) {
        return ids.stream().map(customers::get).filter(c -> c != null).map(c -> new CustomerSummary(c.customerId(),
                c.firstName(), c.lastName(), c.email(), c.phone(), c.city(), c.country(), c.sourceRecordCount())).toList();
    }

    @Override public Optional<GoldCustomer> customer(String id) { return Optional.ofNullable(customers.get(id)); }

    @Override
    public List<FieldLineage> lineage(String id) {
        // The lineage rows carry no customer id here: tests hold one customer's lineage.
        return List.copyOf(lineage);
    }

    @Override
    public Optional<CustomerMetrics> metrics(String id) {
        return metrics.stream().filter(m -> m.customerId().equals(id)).findFirst();
    }

    @Override
    public List<Purchase> purchases(String id) {
        return purchases.stream().filter(p -> id.equals(p.customerId())).sorted(Comparator.comparing(Purchase::purchasedAt)).toList();
    }

    @Override
    public List<SupportTicket> tickets(String id) {
        return tickets.stream().filter(t -> id.equals(t.customerId())).toList();
    }

    @Override
    public List<EngagementEvent> engagement(String id) {
        return engagement.stream().filter(e -> id.equals(e.customerId())).toList();
    }

    @Override
    public List<AuditEntry> auditAboutCluster(long clusterId, int limit) {
        return audit.stream().filter(a -> a.subject().equals("cluster " + clusterId)).limit(limit).toList();
    }
}
