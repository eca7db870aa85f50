package io.lakefront.ui.fakes;

import io.lakefront.domain.gold.CustomerIds;
import io.lakefront.domain.gold.EngagementEvent;
import io.lakefront.domain.gold.GoldCustomer;
import io.lakefront.domain.gold.Purchase;
import io.lakefront.domain.gold.SupportTicket;
import io.lakefront.domain.gold.profile.CustomerMetrics;
import io.lakefront.domain.gold.profile.CustomerProfile;
import io.lakefront.domain.gold.profile.CustomerProfiles;
import io.lakefront.domain.gold.profile.CustomerSearch;
import io.lakefront.domain.gold.profile.CustomerSummary;
import io.lakefront.domain.gold.profile.FieldLineage;
import io.lakefront.domain.gold.profile.ProfileMember;
import io.lakefront.domain.gold.profile.SearchCustomers;
import io.lakefront.domain.gold.profile.ShowCustomer;
import io.lakefront.domain.gold.profile.SplitOutMember;
import io.lakefront.domain.governance.Actor;
import io.lakefront.domain.governance.AuditEntry;
import io.lakefront.domain.governance.Permission;
import io.lakefront.domain.identity.LinkConstraint;
import io.lakefront.domain.identity.MatchBand;
import io.lakefront.domain.identity.RecordKey;
import io.lakefront.domain.identity.review.ReshapeClusters;
import io.lakefront.domain.identity.workspace.ClusterPage;
import io.lakefront.domain.identity.workspace.ClusterQuery;
import io.lakefront.domain.identity.workspace.ClusterSummary;
import io.lakefront.domain.identity.workspace.DecideLink;
import io.lakefront.domain.identity.workspace.LinkDecision;
import io.lakefront.domain.identity.workspace.LinkDecisionLog;
import io.lakefront.domain.identity.workspace.PairQuery;
import io.lakefront.domain.identity.workspace.RecordAssignment;
import io.lakefront.domain.identity.workspace.ResolutionRun;
import io.lakefront.domain.identity.workspace.ResolutionSession;
import io.lakefront.domain.identity.workspace.ResolutionStore;
import io.lakefront.domain.identity.workspace.StoredPair;
import io.lakefront.domain.prep.ColumnTag;
import io.lakefront.domain.time.WorkspaceClock;
import io.lakefront.ui.customers.CustomerDesk;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The Customers screen's port over the real Customer 360 use cases (search index, profile, masking,
 * split through {@link ReshapeClusters}) with the gold tables, clusters and decisions in memory:
 * empty, or three customers after {@link #withCustomers}.
 */
public final class InMemoryCustomerDesk implements CustomerDesk {
    public final Gold gold = new Gold();
    public final Decisions decisions = new Decisions();
    public final Clusters clusters = new Clusters();
    private final Supplier<Actor> user;
    private final SearchCustomers search;
    private final ShowCustomer show;
    private final SplitOutMember split;
    public final List<String> splits = new ArrayList<>();

    public InMemoryCustomerDesk(Supplier<Actor> user, WorkspaceClock clock, InMemoryAudit audit) {
        this.user = user;
        this.search = new SearchCustomers(gold);
        this.show = new ShowCustomer(gold, clusters::records, decisions, clock);
        this.split = new SplitOutMember(new ReshapeClusters(clusters, new DecideLink(decisions, audit, clock), audit, clock),
                clusters::records);
    }

    @Override public CustomerSearch search(String text, int limit) { return search.search(user.get(), text, limit); }
    @Override public CustomerProfile show(String customerId) { return show.show(user.get(), customerId); }

    @Override
    public SplitOutMember.Split split(String customerId, RecordKey record, String reason) {
        SplitOutMember.Split done = split.split(user.get(), customerId, record, reason);
        splits.add(customerId + " " + record + " " + reason);
        return done;
    }

    @Override
    public boolean maySplit() {
        Actor actor = user.get();
        return actor.may(Permission.RESOLVE_IDENTITIES) || actor.may(Permission.REVIEW_MATCHES);
    }

    /** Maria (two records, lineage, metrics, events), James (one record, nothing else) and Anna (two records). */
    public InMemoryCustomerDesk withCustomers(Instant asOf) {
        gold.run = OptionalLong.of(1);
        customer(1, "Maria", "Lopez", "maria.lopez@example.com", "+15125550134", "Austin", "US", 2, asOf,
                member("crm", "C-1001", "Maria", "Lopez", "maria.lopez@example.com", "(512) 555-0134", "Austin"),
                member("webshop", "1", "Maria", "Lopez", "maria.lopez@example.com", null, "Austin"));
        customer(2, "James", "O'Neil", "jim.oneil@example.com", "+15125550199", "Dublin", "IE", 1, asOf,
                member("crm", "C-1002", "James", "O'Neil", "jim.oneil@example.com", "+1 512 555 0199", "Dublin"));
        customer(3, "Anna", "Schmidt", "anna.schmidt@example.de", "+49301234567", "Berlin", "DE", 2, asOf,
                member("crm", "C-1003", "Anna", "Schmidt", "anna.schmidt@example.de", "+49 30 1234567", "Berlin"),
                member("webshop", "2", "A.", "Schmidt", "anna@example.de", null, "Berlin"));
        String maria = CustomerIds.of(1);
        gold.lineage.put(maria, List.of(
                new FieldLineage("email", "maria.lopez@example.com", "crm", "C-1001", "source_priority", "crm is ranked above webshop"),
                new FieldLineage("city", "Austin", "webshop", "1", "most_recent", "webshop's record is the newest"),
                new FieldLineage("first_name", "Maria", "crm", "C-1001", "most_frequent", "both records say Maria")));
        gold.metrics.add(new CustomerMetrics(maria, new BigDecimal("154.50"), 3, new BigDecimal("51.50"), asOf.minusSeconds(86_400L * 200),
                asOf.minusSeconds(86_400L * 12), 12, "shoes", 1, 4, 2, asOf.minusSeconds(86_400L * 3), 0.18, "email", 19, asOf));
        gold.purchases.add(new Purchase("p1", "o1", maria, asOf.minusSeconds(86_400L * 200), "shoes", "Trail runner", 1,
                new BigDecimal("99.00"), "USD"));
        gold.purchases.add(new Purchase("p2", "o2", maria, asOf.minusSeconds(86_400L * 40), "socks", "Wool socks", 3,
                new BigDecimal("25.50"), "USD"));
        gold.purchases.add(new Purchase("p3", "o3", maria, asOf.minusSeconds(86_400L * 12), "shoes", "Insoles", 1,
                new BigDecimal("30.00"), "USD"));
        gold.tickets.add(new SupportTicket("t1", maria, asOf.minusSeconds(86_400L * 10), null, "open", "late delivery"));
        gold.engagement.add(new EngagementEvent("e1", maria, asOf.minusSeconds(86_400L * 3), "email", "open", "vip"));
        gold.engagement.add(new EngagementEvent("e2", maria, asOf.minusSeconds(86_400L * 3 - 60), "email", "click", "vip"));
        gold.engagement.add(new EngagementEvent("e3", maria, asOf.minusSeconds(86_400L * 5), "web", "visit", null));
        return this;
    }

    private void customer(long cluster, String first, String last, String email, String phone, String city, String country,
                          int records, Instant asOf, ProfileMember... members) {
        String id = CustomerIds.of(cluster);
        gold.customers.put(id, new GoldCustomer(id, first, last, email, phone, LocalDate.of(1980 + (int) cluster, 3, 7), "",
                cluster + " Elm St", city, "78701", null, country, "gold", true, false, null, asOf, asOf, records));
        clusters.put(cluster, List.of(members));
    }

    private static ProfileMember member(String source, String id, String first, String last, String email, String phone,
                                        String city) {
        List<ProfileMember.Value> values = new ArrayList<>();
        values.add(new ProfileMember.Value("id", ColumnTag.RECORD_ID, id));
        values.add(new ProfileMember.Value("first", ColumnTag.GIVEN_NAME, first));
        values.add(new ProfileMember.Value("last", ColumnTag.FAMILY_NAME, last));
        values.add(new ProfileMember.Value("email", ColumnTag.EMAIL, email));
        values.add(new ProfileMember.Value("phone", ColumnTag.PHONE, phone));
        values.add(new ProfileMember.Value("street", ColumnTag.STREET, "1 Main St"));
        values.add(new ProfileMember.Value("city", ColumnTag.CITY, city));
        return new ProfileMember(new RecordKey(source, id), values, true);
    }

    /** The gold tables. */
    public static final class Gold implements CustomerProfiles {
        public final TreeMap<String, GoldCustomer> customers = new TreeMap<>();
        public final Map<String, List<FieldLineage>> lineage = new LinkedHashMap<>();
        public final List<CustomerMetrics> metrics = new ArrayList<>();
        public final List<Purchase> purchases = new ArrayList<>();
        public final List<SupportTicket> tickets = new ArrayList<>();
        public final List<EngagementEvent> engagement = new ArrayList<>();
        public OptionalLong run = OptionalLong.empty();

        @Override public OptionalLong latestRun() { return run; }
        @Override public long count() { return customers.size(); }
        @Override public void forEachSearchable(Searchable visitor) {
            customers.values().forEach(c -> visitor.accept(c.customerId(), c.firstName(), c.lastName(), c.email(), c.phone()));
        }
        @Override public List<CustomerSummary> summaries(Collection<String> ids) {
            return ids.stream().map(customers::get).filter(c -> c != null).map(c -> new CustomerSummary(c.customerId(),
                    c.firstName(), c.lastName(), c.email(), c.phone(), c.city(), c.country(), c.sourceRecordCount())).toList();
        }
        @Override public Optional<GoldCustomer> customer(String id) { return Optional.ofNullable(customers.get(id)); }
        @Override public List<FieldLineage> lineage(String id) { return lineage.getOrDefault(id, List.of()); }
        @Override public Optional<CustomerMetrics> metrics(String id) {
            return metrics.stream().filter(m -> m.customerId().equals(id)).findFirst();
        }
        @Override public List<Purchase> purchases(String id) {
            return purchases.stream().filter(p -> id.equals(p.customerId())).sorted(Comparator.comparing(Purchase::purchasedAt)).toList();
        }
        @Override public List<SupportTicket> tickets(String id) {
            return tickets.stream().filter(t -> id.equals(t.customerId())).toList();
        }
        @Override public List<EngagementEvent> engagement(String id) {
            return engagement.stream().filter(e -> id.equals(e.customerId())).toList();
        }
        @Override public List<AuditEntry> auditAboutCluster(long clusterId, int limit) { return List.of(); }
    }

    /** The link decision log. */
    public static final class Decisions implements LinkDecisionLog {
        public final List<LinkDecision> all = new ArrayList<>();
        @Override public void append(LinkDecision decision) { all.add(decision); }
        @Override public List<LinkDecision> history(int limit) { return List.copyOf(all); }
        @Override public List<LinkDecision> about(Collection<RecordKey> records) {
            return all.stream().filter(d -> records.contains(d.a()) || records.contains(d.b())).toList();
        }
        @Override public List<LinkConstraint> inForce() { return List.of(); }
    }

    /** The latest run's clusters with their members' values. */
    public static final class Clusters implements ResolutionStore {
        private final Map<Long, List<ProfileMember>> byCluster = new LinkedHashMap<>();

        void put(long cluster, List<ProfileMember> members) { byCluster.put(cluster, members); }

        List<ProfileMember> records(long cluster) { return byCluster.getOrDefault(cluster, List.of()); }

        @Override public Optional<ClusterSummary> cluster(long id) {
            return byCluster.containsKey(id)
                    ? Optional.of(new ClusterSummary(id, byCluster.get(id).stream().map(ProfileMember::key).toList()))
                    : Optional.empty();
        }
        @Override public Optional<RecordAssignment> assignment(RecordKey key) {
            for (Map.Entry<Long, List<ProfileMember>> cluster : byCluster.entrySet()) {
                for (int i = 0; i < cluster.getValue().size(); i++) {
                    if (cluster.getValue().get(i).key().equals(key)) {
                        return Optional.of(new RecordAssignment(key, i + 1, cluster.getKey()));
                    }
                }
            }
            return Optional.empty();
        }
        @Override public List<RecordAssignment> members(long id) {
            List<RecordAssignment> out = new ArrayList<>();
            List<ProfileMember> members = records(id);
            for (int i = 0; i < members.size(); i++) {
                out.add(new RecordAssignment(members.get(i).key(), i + 1, id));
            }
            return out;
        }
        @Override public ResolutionSession begin() { throw new UnsupportedOperationException("no runs in this fake"); }
        @Override public Optional<ResolutionRun> latestRun() { return Optional.empty(); }
        @Override public List<ResolutionRun> recentRuns(int limit) { return List.of(); }
        @Override public ClusterPage clusters(ClusterQuery query) { throw new UnsupportedOperationException(); }
        @Override public List<RecordAssignment> assignments() { return List.of(); }
        @Override public List<StoredPair> pairs(PairQuery query) { return List.of(); }
        @Override public long countPairs(MatchBand band) { return 0; }
        @Override public List<StoredPair> pairsWithin(long id) { return List.of(); }
        @Override public Optional<StoredPair> pair(RecordKey x, RecordKey y) { return Optional.empty(); }
        @Override public long singletons() { return 0; }
    }
}
