package io.lakefront.domain.gold.metrics;

import static io.lakefront.domain.gold.metrics.Fixtures.NOW;
import static io.lakefront.domain.gold.metrics.Fixtures.daysAgo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lakefront.domain.task.TaskContext;
import io.lakefront.domain.time.WorkspaceClock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;

class RefreshCustomerMetricsTest {
    /** A store in memory that, like a database, keeps writes only when the session commits. */
    static final class MemoryStore implements CustomerMetricsStore {
        Fixtures data;
        Map<String, CustomerMetrics> table = new HashMap<>();
        int upserted;
        int deleted;
        int staleChecks;

        MemoryStore(Fixtures data) {
            this.data = data;
        }

        @Override
        public long stale(Instant asOf) {
            staleChecks++;
            return data.customers.stream().filter(c -> table.get(c.customerId()) == null
                    || !table.get(c.customerId()).asOf().equals(asOf)).count();
        }

        @Override
        public Session begin() {
            Map<String, CustomerMetrics> working = new HashMap<>(table);
            return new Session() {
                @Override public MetricsInput read() { return data.input(); }
                @Override public Map<String, CustomerMetrics> stored() { return new HashMap<>(working); }
                @Override public void upsert(Collection<CustomerMetrics> rows) {
                    rows.forEach(r -> working.put(r.customerId(), r));
                    upserted += rows.size();
                }
                @Override public void delete(Collection<String> ids) {
                    ids.forEach(working::remove);
                    deleted += ids.size();
                }
                @Override public void commit() { table = working; }
                @Override public void close() { }
            };
        }
    }

    private static Fixtures world() {
        return new Fixtures().customer("a").customer("b").customer("c")
                .purchase("a", "o1", daysAgo(10), "books", "12")
                .purchase("b", "o2", daysAgo(200), "games", "40")
                .event("c", daysAgo(3), "email", "open");
    }

    @Test
    void theFirstRefreshInsertsEveryCustomerAndASecondWritesNothing() {
        MemoryStore store = new MemoryStore(world());
        RefreshCustomerMetrics refresh = new RefreshCustomerMetrics(store, WorkspaceClock.fixedAt(NOW));

        MetricsRefresh first = refresh.refresh(TaskContext.silent());
        assertThat(first.inserted()).isEqualTo(3);
        assertThat(first.previousAsOf()).isNull();
        assertThat(first.recomputedAll()).isFalse();
        assertThat(store.table).containsOnlyKeys("a", "b", "c");
        assertThat(refresh.current()).isTrue();

        MetricsRefresh second = refresh.refresh(TaskContext.silent());
        assertThat(second.written()).isZero();
        assertThat(second.unchanged()).isEqualTo(3);
        assertThat(store.upserted).isEqualTo(3);
        assertThat(refresh.ensureCurrent(TaskContext.silent())).isEmpty();
    }

    @Test
    void onlyChangedRowsAreWrittenAndVanishedOnesDeleted() {
        Fixtures data = world();
        MemoryStore store = new MemoryStore(data);
        RefreshCustomerMetrics refresh = new RefreshCustomerMetrics(store, WorkspaceClock.fixedAt(NOW));
        refresh.refresh(TaskContext.silent());
        // c is gone (re-resolved into another customer), a has a new ticket, d is new.
        data.customers.removeIf(c -> c.customerId().equals("c"));
        data.events.clear();
        data.ticket("a", daysAgo(1), null, "open");
        data.customer("d");
        store.upserted = 0;

        MetricsRefresh next = refresh.refresh(TaskContext.silent());

        assertThat(next.inserted()).isEqualTo(1);
        assertThat(next.deleted()).isEqualTo(1);
        assertThat(next.updated()).isGreaterThanOrEqualTo(1);
        assertThat(next.changedColumns()).containsEntry("open_tickets", 1).doesNotContainKey("as_of");
        assertThat(store.upserted).isEqualTo(next.inserted() + next.updated());
        assertThat(store.table).containsOnlyKeys("a", "b", "d");
        assertThat(store.table.get("a").openTickets()).isEqualTo(1);
    }

    @Test
    void aMovedClockRewritesEveryRow() {
        MemoryStore store = new MemoryStore(world());
        new RefreshCustomerMetrics(store, WorkspaceClock.fixedAt(NOW)).refresh(TaskContext.silent());
        Instant later = NOW.plusSeconds(86_400);
        RefreshCustomerMetrics tomorrow = new RefreshCustomerMetrics(store, WorkspaceClock.fixedAt(later));
        assertThat(tomorrow.current()).isFalse();

        MetricsRefresh moved = tomorrow.ensureCurrent(TaskContext.silent()).orElseThrow();

        assertThat(moved.recomputedAll()).isTrue();
        assertThat(moved.previousAsOf()).isEqualTo(NOW);
        assertThat(moved.updated()).isEqualTo(3);
        assertThat(moved.changedColumns()).containsEntry("as_of", 3).containsEntry("days_since_last_order", 2);
        assertThat(store.table.values()).allSatisfy(m -> assertThat(m.asOf()).isEqualTo(later));
        assertThat(tomorrow.current()).isTrue();
    }

    @Test
    void aSystemClockComputesAsOfTheStartOfTheHour() {
        WorkspaceClock system = WorkspaceClock.system();
        Instant asOf = new RefreshCustomerMetrics(new MemoryStore(world()), system).asOf();
        assertThat(asOf.getEpochSecond() % 3_600).isZero();
        assertThat(asOf).isBeforeOrEqualTo(Instant.now());
    }

    @Test
    void aCancelledRefreshWritesNothing() {
        MemoryStore store = new MemoryStore(world());
        TaskContext cancelled = new TaskContext() {
            @Override public void progress(long done, long total) { }
            @Override public void message(String text) { }
            @Override public boolean cancelled() { return true; }
        };
        assertThatThrownBy(() -> new RefreshCustomerMetrics(store, WorkspaceClock.fixedAt(NOW)).refresh(cancelled))
                .isInstanceOf(CancellationException.class);
        assertThat(store.table).isEmpty();
    }

    @Test
    void aReaderAskingAgainDoesNotCountTheTableAgainUntilARefreshStarts() {
        MemoryStore store = new MemoryStore(world());
        RefreshCustomerMetrics metrics = new RefreshCustomerMetrics(store, WorkspaceClock.fixedAt(NOW));
        assertThat(metrics.ensureCurrent(TaskContext.silent())).isPresent();
        int checks = store.staleChecks;
        assertThat(metrics.ensureCurrent(TaskContext.silent())).as("current since its own refresh").isEmpty();
        assertThat(metrics.current()).isTrue();
        assertThat(store.staleChecks).isEqualTo(checks);

        TaskContext cancelled = new TaskContext() {
            @Override public void progress(long done, long total) { }
            @Override public void message(String text) { }
            @Override public boolean cancelled() { return true; }
        };
        assertThatThrownBy(() -> metrics.refresh(cancelled)).isInstanceOf(CancellationException.class);
        store.data.customer("d");
        assertThat(metrics.current()).as("a refresh that did not finish makes the next reader look").isFalse();
        assertThat(store.staleChecks).isEqualTo(checks + 1);
    }
}
