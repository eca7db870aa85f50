package io.lakefront.persistence;

import io.lakefront.domain.UserError;
import io.lakefront.domain.gold.EngagementEvent;
import io.lakefront.domain.gold.GoldCustomer;
import io.lakefront.domain.gold.GoldLineage;
import io.lakefront.domain.gold.GoldSink;
import io.lakefront.domain.gold.Purchase;
import io.lakefront.domain.gold.SupportTicket;
import io.lakefront.domain.gold.SurvivedCustomer;
import io.lakefront.domain.identity.PreviousClusters;
import io.lakefront.domain.identity.RecordKey;
import io.lakefront.domain.identity.workspace.RecordAssignment;
import io.lakefront.domain.identity.workspace.ResolutionRun;
import io.lakefront.domain.identity.workspace.ResolutionSession;
import io.lakefront.domain.identity.workspace.ReviewQueueChange;
import io.lakefront.domain.identity.workspace.SourceUse;
import io.lakefront.domain.identity.workspace.StoredPair;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * One run's transaction: it opens with the row of {@code resolution_lock} merged and held
 * uncommitted (a second run, even from another process, waits H2's lock timeout and is refused),
 * writes everything in that same transaction, and commits once — so readers see the previous run
 * until the commit, and a run that fails or is cancelled rolls back to it.
 */
final class JdbiResolutionSession implements ResolutionSession {
    private static final int BATCH_ROWS = 5_000;
    private static final String SUPERSEDED = "superseded";

    private final Handle handle;
    private final Connection connection;
    private final long runId;
    private final List<Batch> batches = new ArrayList<>();
    private Gold gold;
    private boolean committed;
    private long decisionsThrough = -1;

    private JdbiResolutionSession(Handle handle, long runId) {
        this.handle = handle;
        this.connection = handle.getConnection();
        this.runId = runId;
    }

    static JdbiResolutionSession open(Jdbi jdbi) {
        Handle handle = jdbi.open();
        try {
            Connection connection = handle.getConnection();
            connection.setAutoCommit(false);
            try (PreparedStatement lock = connection.prepareStatement(
                    "MERGE INTO resolution_lock (id, locked_at) KEY (id) VALUES (1, CURRENT_TIMESTAMP)")) {
                lock.executeUpdate();
            } catch (SQLException e) {
                // H2's LOCK_TIMEOUT_1 and CONCURRENT_UPDATE_1: another run holds the row.
                if (e.getErrorCode() == 50200 || e.getErrorCode() == 90131) {
                    throw new UserError("identity resolution is already running on this workspace (in this window or "
                            + "another Lakefront process); try again when it has finished", e);
                }
                throw e;
            }
            long runId;
            try (Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery("SELECT NEXT VALUE FOR resolution_run_id")) {
                rs.next();
                runId = rs.getLong(1);
            }
            return new JdbiResolutionSession(handle, runId);
        } catch (SQLException | RuntimeException e) {
            rollbackQuietly(handle);
            try {
                handle.getConnection().setAutoCommit(true);
            } catch (SQLException ignored) {
                // The pool resets a connection it gets back.
            }
            handle.close();
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("cannot start a resolution run: " + e.getMessage(), e);
        }
    }

    @Override
    public long runId() {
        return runId;
    }

    @Override
    public PreviousClusters previous() {
        return sql(() -> {
            Map<RecordKey, Long> assignments = new HashMap<>();
            try (Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery("SELECT source, record_id, cluster_id FROM cluster_assignments")) {
                while (rs.next()) {
                    assignments.put(new RecordKey(rs.getString(1), rs.getString(2)), rs.getLong(3));
                }
            }
            try (Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery("SELECT next_cluster_id FROM resolution_state WHERE id = 1")) {
                rs.next();
                return new PreviousClusters(assignments, rs.getLong(1));
            }
        });
    }

    @Override
    public void replaceAssignments(List<RecordAssignment> assignments) {
        sql(() -> {
            execute("DELETE FROM cluster_assignments");
            try (Batch insert = new Batch("INSERT INTO cluster_assignments (source, record_id, row_no, cluster_id) "
                    + "VALUES (?, ?, ?, ?)")) {
                for (RecordAssignment assignment : assignments) {
                    PreparedStatement row = insert.statement;
                    row.setString(1, assignment.key().source());
                    row.setString(2, assignment.key().recordId());
                    row.setLong(3, assignment.rowNo());
                    row.setLong(4, assignment.clusterId());
                    insert.add();
                }
            }
            return null;
        });
    }

    @Override
    public void replacePairs(List<StoredPair> pairs) {
        sql(() -> {
            execute("DELETE FROM scored_pairs");
            try (Batch insert = new Batch("INSERT INTO scored_pairs (source_a, record_a, source_b, record_b, run_id, "
                    + "match_weight, match_probability, band, deterministic_rule, cluster_a, cluster_b) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (StoredPair pair : pairs) {
                    PreparedStatement row = insert.statement;
                    row.setString(1, pair.a().source());
                    row.setString(2, pair.a().recordId());
                    row.setString(3, pair.b().source());
                    row.setString(4, pair.b().recordId());
                    row.setLong(5, runId);
                    row.setDouble(6, finite(pair.matchWeight()));
                    row.setDouble(7, pair.matchProbability());
                    row.setString(8, pair.band().csvName());
                    row.setString(9, pair.deterministicRule());
                    row.setLong(10, pair.clusterA());
                    row.setLong(11, pair.clusterB());
                    insert.add();
                }
            }
            return null;
        });
    }

    /** H2 stores infinities, but a weight of ±∞ (a level with u = 0) reads better as a large finite number. */
    static double finite(double weight) {
        return Double.isNaN(weight) ? 0 : Math.max(-1e6, Math.min(1e6, weight));
    }

    @Override
    public ReviewQueueChange queueForReview(List<StoredPair> reviewPairs, Instant at) {
        return sql(() -> {
            Map<List<String>, Long> open = new HashMap<>();
            try (Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery("SELECT item_id, source_a, record_a, source_b, record_b "
                         + "FROM review_items WHERE status = 'open' ORDER BY item_id")) {
                while (rs.next()) {
                    open.putIfAbsent(List.of(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)),
                            rs.getLong(1));
                }
            }
            Set<Long> stillOpen = new HashSet<>();
            long added = 0;
            try (Batch refresh = new Batch("UPDATE review_items SET score = ?, match_weight = ?, run_id = ? WHERE item_id = ?");
                 Batch insert = new Batch("INSERT INTO review_items (source_a, record_a, source_b, record_b, score, status, "
                         + "created_at, match_weight, run_id) VALUES (?, ?, ?, ?, ?, 'open', ?, ?, ?)")) {
                for (StoredPair pair : reviewPairs) {
                    Long item = open.get(List.of(pair.a().source(), pair.a().recordId(), pair.b().source(), pair.b().recordId()));
                    if (item != null) {
                        stillOpen.add(item);
                        refresh.statement.setDouble(1, pair.matchProbability());
                        refresh.statement.setDouble(2, finite(pair.matchWeight()));
                        refresh.statement.setLong(3, runId);
                        refresh.statement.setLong(4, item);
                        refresh.add();
                    } else {
                        PreparedStatement row = insert.statement;
                        row.setString(1, pair.a().source());
                        row.setString(2, pair.a().recordId());
                        row.setString(3, pair.b().source());
                        row.setString(4, pair.b().recordId());
                        row.setDouble(5, pair.matchProbability());
                        row.setObject(6, at.atOffset(ZoneOffset.UTC));
                        row.setDouble(7, finite(pair.matchWeight()));
                        row.setLong(8, runId);
                        insert.add();
                        added++;
                    }
                }
            }
            long superseded = 0;
            try (Batch close = new Batch("UPDATE review_items SET status = '" + SUPERSEDED + "', decided_at = ?, "
                    + "decided_by = ? WHERE item_id = ? AND status = 'open'")) {
                for (long item : new HashSet<>(open.values())) {
                    if (!stillOpen.contains(item)) {
                        close.statement.setObject(1, at.atOffset(ZoneOffset.UTC));
                        close.statement.setString(2, "resolution run " + runId);
                        close.statement.setLong(3, item);
                        close.add();
                        superseded++;
                    }
                }
            }
            return new ReviewQueueChange(added, stillOpen.size(), superseded);
        });
    }

    @Override
    public GoldSink gold() {
        if (gold == null) {
            gold = sql(Gold::new);
        }
        return gold;
    }

    @Override
    public void decisionsThrough(long decisionId) {
        decisionsThrough = decisionId;
    }

    @Override
    public void commit(ResolutionRun run, long nextClusterId) {
        if (run.id() != runId) {
            throw new IllegalArgumentException("run " + run.id() + " committed through the session of run " + runId);
        }
        if (gold != null) {
            gold.finish();
        }
        sql(() -> {
            for (Batch batch : batches) {
                batch.flush();
            }
            try (PreparedStatement state = connection.prepareStatement(
                    "UPDATE resolution_state SET next_cluster_id = ?, latest_run = ? WHERE id = 1")) {
                state.setLong(1, nextClusterId);
                state.setLong(2, runId);
                state.executeUpdate();
            }
            insertRun(run);
            if (decisionsThrough >= 0) {
                try (PreparedStatement through = connection.prepareStatement(
                        "UPDATE resolution_runs SET decisions_through = ? WHERE id = ?")) {
                    through.setLong(1, decisionsThrough);
                    through.setLong(2, runId);
                    through.executeUpdate();
                }
            }
            connection.commit();
            committed = true;
            return null;
        });
    }

    private void insertRun(ResolutionRun run) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO resolution_runs (" + JdbiResolutionStore.RUN_COLUMNS
                + ") VALUES (?" + ", ?".repeat(JdbiResolutionStore.RUN_COLUMNS.split(",").length - 1) + ")")) {
            int i = 0;
            insert.setLong(++i, run.id());
            insert.setObject(++i, run.startedAt().atOffset(ZoneOffset.UTC));
            insert.setObject(++i, run.finishedAt().atOffset(ZoneOffset.UTC));
            insert.setString(++i, run.actor());
            insert.setString(++i, run.specOrigin());
            insert.setString(++i, run.specFingerprint());
            for (long count : new long[] {run.records(), run.clusters(), run.largestCluster(), run.clustersKept(), run.clustersNew(),
                    run.clustersRetired(), run.candidatePairs(), run.matchPairs(), run.reviewPairs(), run.nonMatchPairs(),
                    run.deterministicPairs(), run.pairsKept(), run.edgesCut(), run.reviewItemsAdded(), run.customers(),
                    run.purchases(), run.supportTickets(), run.engagementEvents(), run.eventsUnkeyed(), run.millis()}) {
                insert.setLong(++i, count);
            }
            insert.executeUpdate();
        }
        try (Batch details = new Batch("INSERT INTO resolution_run_details (run_id, detail_kind, position, name, amount, "
                + "detail) VALUES (?, ?, ?, ?, ?, ?)")) {
            int position = 0;
            for (SourceUse use : run.sources()) {
                detail(details, use.people() ? "people_source" : "other_source", position++, use.source(), use.records(),
                        use.detail());
            }
            position = 0;
            for (Map.Entry<String, Long> rule : run.pairsPerRule().entrySet()) {
                detail(details, "blocking_rule", position++, rule.getKey(), rule.getValue(), "");
            }
            position = 0;
            for (Map.Entry<String, Long> phase : run.millisPerPhase().entrySet()) {
                detail(details, "phase", position++, phase.getKey(), phase.getValue(), "");
            }
            position = 0;
            for (Map.Entry<Integer, Long> bin : run.weightHistogram().entrySet()) {
                detail(details, "weight_bin", position++, Integer.toString(bin.getKey()), bin.getValue(), "");
            }
            position = 0;
            for (String note : run.notes()) {
                detail(details, "note", position++, "", 0, note);
            }
        }
    }

    private void detail(Batch details, String kind, int position, String name, long amount, String text)
            throws SQLException {
        PreparedStatement row = details.statement;
        row.setLong(1, runId);
        row.setString(2, kind);
        row.setInt(3, position);
        row.setString(4, name);
        row.setLong(5, amount);
        row.setString(6, text);
        details.add();
    }

    @Override
    public void close() {
        try {
            if (gold != null) {
                gold.closeStatements();
            }
            if (!committed) {
                rollbackQuietly(handle);
            }
            handle.getConnection().setAutoCommit(true);
        } catch (SQLException e) {
            // The pool resets a connection it gets back.
        } finally {
            handle.close();
        }
    }

    private static void rollbackQuietly(Handle handle) {
        try {
            handle.getConnection().rollback();
        } catch (SQLException ignored) {
            // The connection goes back to the pool, which resets it.
        }
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** SQL work whose failure is a bug or a broken database, not the user's doing. */
    @FunctionalInterface
    private interface Work<T> {
        T run() throws SQLException;
    }

    private <T> T sql(Work<T> work) {
        if (committed) {
            throw new IllegalStateException("resolution run " + runId + " is committed already");
        }
        try {
            return work.run();
        } catch (SQLException e) {
            throw new IllegalStateException("resolution run " + runId + ": " + e.getMessage(), e);
        }
    }

    /** A prepared statement executed in batches of {@value #BATCH_ROWS}; closing flushes it. */
    private final class Batch implements AutoCloseable {
        final PreparedStatement statement;
        private int pending;

        Batch(String sql) throws SQLException {
            this.statement = connection.prepareStatement(sql);
        }

        void add() throws SQLException {
            statement.addBatch();
            if (++pending >= BATCH_ROWS) {
                flush();
            }
        }

        void flush() throws SQLException {
            if (pending > 0) {
                statement.executeBatch();
                pending = 0;
            }
        }

        @Override
        public void close() throws SQLException {
            try {
                flush();
            } finally {
                statement.close();
            }
        }
    }

    /**
     * The gold, lineage and event tables, rewritten as their differences from what the previous run left
     * ({@link DiffedTable}), so a re-run that changes little writes little; customer_metrics rows of
     * customers that disappear go with them (ON DELETE CASCADE), the others are refreshed after the commit.
     */
    private final class Gold implements GoldSink {
        private final DiffedTable customers;
        private final DiffedTable lineage;
        private final DiffedTable purchases;
        private final DiffedTable tickets;
        private final DiffedTable events;
        private List<String> finished;

        Gold() throws SQLException {
            customers = new DiffedTable(connection, "gold_customer", List.of("customer_id", "first_name", "last_name",
                    "email", "phone", "birth_date", "gender", "street", "city", "postcode", "region", "country",
                    "loyalty_tier", "email_opt_in", "sms_opt_in", "push_opt_in", "created_at", "updated_at",
                    "source_record_count"), 1);
            lineage = new DiffedTable(connection, "gold_lineage", List.of("customer_id", "field", "field_value", "source",
                    "record_id", "rule", "detail"), 2);
            purchases = new DiffedTable(connection, "purchases", List.of("purchase_id", "order_id", "customer_id",
                    "purchased_at", "category", "product", "quantity", "amount", "currency"), 1);
            tickets = new DiffedTable(connection, "support_tickets", List.of("ticket_id", "customer_id", "opened_at",
                    "closed_at", "status", "topic"), 1);
            events = new DiffedTable(connection, "engagement_events", List.of("event_id", "customer_id", "occurred_at",
                    "channel", "type", "campaign_id"), 1);
        }

        @Override
        public void customer(SurvivedCustomer survived) {
            GoldCustomer c = survived.customer();
            sql(() -> {
                customers.put(c.customerId(), c.firstName(), c.lastName(), c.email(), c.phone(), c.birthDate(),
                        c.gender() == null ? "" : c.gender(), c.street(), c.city(), c.postcode(), c.region(), c.country(),
                        c.loyaltyTier(), c.emailOptIn(), c.smsOptIn(), c.pushOptIn(), utc(c.createdAt()),
                        utc(c.updatedAt()), c.sourceRecordCount());
                for (GoldLineage value : survived.lineage()) {
                    lineage.put(c.customerId(), value.field(), value.value(),
                            value.from() == null ? null : value.from().source(),
                            value.from() == null ? null : value.from().recordId(), value.rule(), value.detail());
                }
                return null;
            });
        }

        @Override
        public void purchase(Purchase p) {
            sql(() -> {
                purchases.put(p.purchaseId(), p.orderId(), p.customerId(), utc(p.purchasedAt()), p.category(),
                        p.product(), p.quantity(), p.amount(), p.currency());
                return null;
            });
        }

        @Override
        public void ticket(SupportTicket t) {
            sql(() -> {
                tickets.put(t.ticketId(), t.customerId(), utc(t.openedAt()), utc(t.closedAt()), t.status(), t.topic());
                return null;
            });
        }

        @Override
        public void engagement(EngagementEvent e) {
            sql(() -> {
                events.put(e.eventId(), e.customerId(), utc(e.occurredAt()), e.channel(), e.type(), e.campaignId());
                return null;
            });
        }

        @Override
        public List<String> finish() {
            if (finished == null) {
                finished = sql(() -> {
                    List<String> lines = new ArrayList<>();
                    // Events first: their customer ids change before the customers they pointed at go.
                    for (DiffedTable table : List.of(purchases, tickets, events, lineage, customers)) {
                        lines.add("written " + table.finish().describe());
                    }
                    return lines;
                });
            }
            return finished;
        }

        void closeStatements() {
            for (DiffedTable table : List.of(customers, lineage, purchases, tickets, events)) {
                table.close();
            }
        }

        private OffsetDateTime utc(Instant at) {
            return at == null ? null : at.atOffset(ZoneOffset.UTC);
        }
    }
}
