package io.lakefront.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lakefront.domain.UserError;
import io.lakefront.domain.gold.GoldCustomer;
import io.lakefront.domain.gold.GoldLineage;
import io.lakefront.domain.gold.Purchase;
import io.lakefront.domain.gold.SurvivedCustomer;
import io.lakefront.domain.identity.LinkConstraint;
import io.lakefront.domain.identity.MatchBand;
import io.lakefront.domain.identity.PreviousClusters;
import io.lakefront.domain.identity.RecordKey;
import io.lakefront.domain.identity.workspace.ClusterQuery;
import io.lakefront.domain.identity.workspace.LinkDecision;
import io.lakefront.domain.identity.workspace.LinkDecisionLog;
import io.lakefront.domain.identity.workspace.PairQuery;
import io.lakefront.domain.identity.workspace.RecordAssignment;
import io.lakefront.domain.identity.workspace.ResolutionRun;
import io.lakefront.domain.identity.workspace.ResolutionSession;
import io.lakefront.domain.identity.workspace.ReviewQueueChange;
import io.lakefront.domain.identity.workspace.SourceUse;
import io.lakefront.domain.identity.workspace.StoredPair;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JdbiResolutionStoreTest {
    private static final Instant AT = Instant.parse("2026-10-20T10:00:00Z");
    private static final RecordKey A = new RecordKey("crm", "1");
    private static final RecordKey B = new RecordKey("shop", "7");
    private static final RecordKey C = new RecordKey("shop", "8");
    private static final GoldCustomer ADA = new GoldCustomer("C00000001", "Ada", "Byron", "ada@example.com", null,
            LocalDate.of(1815, 12, 10), "female", null, null, null, null, "GB", "gold", true, null, false, AT, AT, 2);

    private WorkspaceDatabase database;
    private JdbiResolutionStore store;

    @BeforeEach
    void open() {
        database = TestDatabases.fresh("resolution");
        store = database.resolutionStore();
    }

    @AfterEach
    void close() {
        database.close();
    }

    private static ResolutionRun run(long id, long clusters) {
        Map<String, Long> rules = new LinkedHashMap<>();
        rules.put("email", 12L);
        rules.put("phone", 3L);
        TreeMap<Integer, Long> histogram = new TreeMap<>(Map.of(-3, 4L, 8, 2L));
        return new ResolutionRun(id, AT, AT.plusSeconds(5), "ada", "identity.yaml", "ab".repeat(32), 3, clusters, 2,
                clusters, 0, 0, 15, 1, 1, 13, 1, 3, 0, 1, 2, 1, 0, 0, 0, 5000,
                List.of(new SourceUse("crm", true, 1, "fields email"), new SourceUse("orders", false, 9, "no person fields")),
                rules, Map.of("read", 10L), histogram, List.of("a note"));
    }

    private static StoredPair pair(RecordKey a, RecordKey b, double weight, MatchBand band, long clusterA, long clusterB) {
        return new StoredPair(a, b, weight, 0.5, band, null, clusterA, clusterB);
    }

    @Test
    void nothingARunWritesIsVisibleBeforeItCommitsAndAllOfItAfter() {
        assertThat(store.latestRun()).isEmpty();
        long runId;
        try (ResolutionSession session = store.begin()) {
            runId = session.runId();
            assertThat(session.previous()).isEqualTo(PreviousClusters.none());
            session.replaceAssignments(List.of(new RecordAssignment(A, 1, 1), new RecordAssignment(B, 1, 1),
                    new RecordAssignment(C, 2, 2)));
            session.replacePairs(List.of(pair(A, B, 9.5, MatchBand.MATCH, 1, 1), pair(B, C, 1.5, MatchBand.REVIEW, 1, 2),
                    pair(A, C, -4, MatchBand.NON_MATCH, 1, 2)));
            session.gold().customer(new SurvivedCustomer(ADA, List.of(new GoldLineage("email", "ada@example.com", A,
                    "most_recent", "the only record with a value"))));
            session.gold().purchase(new Purchase("L1", "O1", "C00000001", AT, "Books", "Notes", 1, new BigDecimal("9.99"), "GBP"));
            assertThat(store.assignments()).as("not committed yet").isEmpty();
            session.commit(run(runId, 2), 3);
        }

        ResolutionRun latest = store.latestRun().orElseThrow();
        assertThat(latest.id()).isEqualTo(runId);
        assertThat(latest.pairsPerRule()).containsExactly(Map.entry("email", 12L), Map.entry("phone", 3L));
        assertThat(latest.weightHistogram()).containsEntry(-3, 4L).containsEntry(8, 2L);
        assertThat(latest.sources()).extracting(SourceUse::people).containsExactly(true, false);
        assertThat(latest.notes()).containsExactly("a note");
        assertThat(latest.startedAt()).isEqualTo(AT);
        assertThat(store.assignment(B)).map(RecordAssignment::clusterId).contains(1L);
        assertThat(store.cluster(1)).hasValueSatisfying(cluster -> assertThat(cluster.members()).containsExactly(A, B));
        assertThat(store.clusters(new ClusterQuery(1, 0, 10)).clusters()).extracting(c -> c.clusterId()).containsExactly(1L, 2L);
        assertThat(store.clusters(new ClusterQuery(2, 0, 10)).total()).isEqualTo(1);
        assertThat(store.singletons()).isEqualTo(1);
        assertThat(store.pairsWithin(1)).extracting(StoredPair::b).containsExactly(B);
        assertThat(store.pairs(new PairQuery(null, 0, 10, 0, 10))).extracting(StoredPair::matchWeight).containsExactly(9.5, 1.5);
        assertThat(store.pair(C, B)).map(StoredPair::band).contains(MatchBand.REVIEW);
        assertThat(store.countPairs(MatchBand.NON_MATCH)).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM gold_customer")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM purchases WHERE customer_id = 'C00000001'")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM gold_lineage WHERE customer_id = 'C00000001' AND field = 'email' "
                + "AND source = 'crm' AND record_id = '1' AND rule = 'most_recent'")).isEqualTo(1);

        try (ResolutionSession next = store.begin()) {
            assertThat(next.runId()).isGreaterThan(runId);
            assertThat(next.previous().assignments()).containsEntry(A, 1L).containsEntry(C, 2L);
            assertThat(next.previous().nextId()).isEqualTo(3);
        }
    }

    @Test
    void aRerunWritesOnlyWhatChangedAndRemovesWhatIsGone() {
        GoldCustomer eve = new GoldCustomer("C00000002", "Eve", null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, 1);
        Purchase book = new Purchase("L1", "O1", "C00000001", AT, "Books", "Notes", 1, new BigDecimal("9.9900"), "GBP");
        // An id may hold any character, even the one the two-column keys are joined with.
        Purchase pen = new Purchase("L2\u0001x", "O1", "C00000002", AT, "Office", "Pen", 2, new BigDecimal("3"), "GBP");
        try (ResolutionSession session = store.begin()) {
            session.gold().customer(new SurvivedCustomer(ADA, List.of()));
            session.gold().customer(new SurvivedCustomer(eve, List.of()));
            session.gold().purchase(book);
            session.gold().purchase(pen);
            assertThat(session.gold().finish()).contains("written purchases: 2 new, 0 changed, 0 removed, 0 unchanged");
            session.commit(run(session.runId(), 2), 3);
        }
        database.jdbi().useHandle(h -> h.execute("INSERT INTO customer_metrics (customer_id, order_count) VALUES ('C00000002', 1)"));

        List<String> written;
        try (ResolutionSession again = store.begin()) {
            again.gold().customer(new SurvivedCustomer(new GoldCustomer("C00000001", "Ada", "Lovelace", "ada@example.com",
                    null, LocalDate.of(1815, 12, 10), "female", null, null, null, null, "GB", "gold", true, null, false, AT,
                    AT, 2), List.of()));
            // Eve is gone (merged away); the book is read again with equal values written differently.
            again.gold().purchase(new Purchase("L1", "O1", "C00000001", AT, "Books", "Notes", 1, new BigDecimal("9.99"),
                    "GBP"));
            written = again.gold().finish();
            again.commit(run(again.runId(), 1), 3);
        }
        assertThat(written).contains("written gold_customer: 0 new, 1 changed, 1 removed, 0 unchanged",
                "written purchases: 0 new, 0 changed, 1 removed, 1 unchanged");
        String lastName = database.jdbi().withHandle(h -> h.createQuery(
                "SELECT last_name FROM gold_customer WHERE customer_id = 'C00000001'").mapTo(String.class).one());
        assertThat(lastName).isEqualTo("Lovelace");
        assertThat(count("SELECT COUNT(*) FROM gold_customer")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM customer_metrics")).as("metrics go with their customer").isZero();
        assertThat(count("SELECT COUNT(*) FROM purchases")).isEqualTo(1);
    }

    @Test
    void aSessionClosedWithoutCommitLeavesThePreviousRunAsItWas() {
        try (ResolutionSession session = store.begin()) {
            session.replaceAssignments(List.of(new RecordAssignment(A, 1, 1)));
            session.gold().customer(new SurvivedCustomer(new GoldCustomer("C00000001", "Ada", null, null, null, null, null,
                    null, null, null, null, null, null, null, null, null, null, null, 1), List.of()));
            session.commit(run(session.runId(), 1), 2);
        }
        try (ResolutionSession failing = store.begin()) {
            failing.replaceAssignments(List.of(new RecordAssignment(A, 1, 5), new RecordAssignment(B, 1, 6)));
            failing.gold().customer(new SurvivedCustomer(new GoldCustomer("C00000005", "Eve", null, null, null, null, null,
                    null, null, null, null, null, null, null, null, null, null, null, 1), List.of()));
            // no commit: the run failed
        }
        assertThat(store.assignments()).containsExactly(new RecordAssignment(A, 1, 1));
        assertThat(count("SELECT COUNT(*) FROM gold_customer WHERE customer_id = 'C00000001'")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM gold_customer")).isEqualTo(1);
        try (ResolutionSession again = store.begin()) {
            assertThat(again.previous().nextId()).isEqualTo(2);
        }
    }

    @Test
    void onlyOneRunAtATime() {
        try (ResolutionSession first = store.begin()) {
            assertThatThrownBy(store::begin).isInstanceOf(UserError.class).hasMessageContaining("already running");
        }
        try (ResolutionSession afterwards = store.begin()) {
            assertThat(afterwards.runId()).isPositive();
        }
    }

    @Test
    void theReviewQueueKeepsOpenItemsOfPairsStillInReviewAndSupersedesTheOthers() {
        StoredPair ab = pair(A, B, 1.5, MatchBand.REVIEW, 1, 2);
        StoredPair bc = pair(B, C, 2.5, MatchBand.REVIEW, 2, 3);
        try (ResolutionSession session = store.begin()) {
            assertThat(session.queueForReview(List.of(ab, bc), AT)).isEqualTo(new ReviewQueueChange(2, 0, 0));
            session.commit(run(session.runId(), 3), 4);
        }
        StoredPair abAgain = pair(A, B, 2.0, MatchBand.REVIEW, 1, 2);
        StoredPair ac = pair(A, C, 0.5, MatchBand.REVIEW, 1, 3);
        try (ResolutionSession session = store.begin()) {
            assertThat(session.queueForReview(List.of(abAgain, ac), AT.plusSeconds(60)))
                    .isEqualTo(new ReviewQueueChange(1, 1, 1));
            session.commit(run(session.runId(), 3), 4);
        }
        assertThat(count("SELECT COUNT(*) FROM review_items WHERE status = 'open'")).isEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM review_items WHERE source_a = 'crm' AND source_b = 'shop' AND record_b = '7'"))
                .as("one item for A-B, not two").isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM review_items WHERE status = 'superseded' AND record_a = '7' AND record_b = '8'"))
                .isEqualTo(1);
        double weight = database.jdbi().withHandle(h -> h.createQuery("SELECT match_weight FROM review_items WHERE "
                + "record_a = '1' AND record_b = '7'").mapTo(Double.class).one());
        assertThat(weight).as("the open item's weight is the latest run's").isEqualTo(2.0);
    }

    @Test
    void linkDecisionsAreAppendOnlyAndTheLatestOfAPairIsInForce() {
        JdbiLinkDecisionLog log = database.linkDecisions();
        log.append(new LinkDecision(B, A, LinkDecision.Kind.MUST_LINK, "ada", AT, "same person", 17L));
        log.append(new LinkDecision(A, C, LinkDecision.Kind.CANNOT_LINK, "ada", AT, "", null));
        log.append(new LinkDecision(A, C, LinkDecision.Kind.WITHDRAWN, "bob", AT.plusSeconds(1), "", null));
        log.append(new LinkDecision(B, C, LinkDecision.Kind.MUST_LINK, "bob", AT, "", null));
        log.append(new LinkDecision(C, B, LinkDecision.Kind.CANNOT_LINK, "bob", AT.plusSeconds(2), "changed my mind", null));

        assertThat(log.inForce()).containsExactly(LinkConstraint.mustLink(A, B), LinkConstraint.cannotLink(B, C));
        assertThat(log.history(2)).extracting(LinkDecision::reason).containsExactly("changed my mind", "");
        assertThat(log.about(List.of(A))).hasSize(3);
        assertThat(log.history(10).get(4).reviewItem()).isEqualTo(17L);
        assertThat(log.history(10).get(4).a()).as("stored in (source, record id) order").isEqualTo(A);
        assertThatThrownBy(() -> database.jdbi().useHandle(h -> h.execute("DELETE FROM link_decisions")))
                .hasMessageContaining("append-only");
    }

    @Test
    void aRunRemembersTheNewestDecisionItRespectedSoItCanBeComputedAgainAsItRan() {
        JdbiLinkDecisionLog log = database.linkDecisions();
        log.append(new LinkDecision(A, B, LinkDecision.Kind.MUST_LINK, "ada", AT, "", null));
        LinkDecisionLog.InForce inForce = log.snapshot();
        long runId;
        try (ResolutionSession session = store.begin()) {
            runId = session.runId();
            session.decisionsThrough(inForce.through());
            session.commit(run(runId, 2), 3);
        }
        log.append(new LinkDecision(B, C, LinkDecision.Kind.CANNOT_LINK, "model:openai/tiny", AT, "", null));

        assertThat(store.decisionsThrough(runId)).hasValue(inForce.through());
        assertThat(log.inForceThrough(store.decisionsThrough(runId).getAsLong()))
                .containsExactly(LinkConstraint.mustLink(A, B));
        assertThat(log.inForce()).hasSize(2);
        assertThat(log.inForce().get(1).labelWeight()).as("a model's verdict counts less as a label")
                .isEqualTo(LinkConstraint.MODEL_LABEL_WEIGHT);
    }

    private long count(String sql) {
        return database.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }
}
