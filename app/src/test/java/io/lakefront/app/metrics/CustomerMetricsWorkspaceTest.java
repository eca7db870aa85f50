package io.lakefront.app.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.lakefront.app.Workspace;
import io.lakefront.app.cli.CliRun;
import io.lakefront.app.demo.DemoWorkspaceBuilder;
import io.lakefront.domain.gold.metrics.CustomerMetrics;
import io.lakefront.domain.gold.metrics.MetricsRefresh;
import io.lakefront.domain.task.TaskContext;
import io.lakefront.domain.time.WorkspaceClock;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo workspace has metrics for every gold customer, as of its clock, kept after a new
 * resolution, recomputed when the clock moves, and refreshed from the command line.
 */
class CustomerMetricsWorkspaceTest {
    private static final Instant AS_OF = Instant.parse("2026-10-20T23:59:59Z");

    @TempDir
    Path temp;

    @Test
    void everyGoldCustomerHasMetricsAfterTheDemoAndAfterEachResolution() {
        Path folder = temp.resolve("ws");
        try (Workspace workspace = Workspace.open(folder, WorkspaceClock.parse("2026-10-20"))) {
            new DemoWorkspaceBuilder(workspace).build(7, 400, TaskContext.silent());

            assertEveryCustomerHasMetricsAsOf(workspace, AS_OF);
            Map<String, CustomerMetrics> rows = workspace.customerMetrics().all();
            long orders = count(workspace, "SELECT COUNT(DISTINCT order_id) FROM purchases WHERE customer_id IS NOT NULL "
                    + "AND purchased_at <= TIMESTAMP WITH TIME ZONE '2026-10-20 23:59:59Z'");
            assertThat(rows.values().stream().mapToLong(CustomerMetrics::orderCount).sum()).isEqualTo(orders);
            assertThat(rows.values()).allSatisfy(m -> {
                assertThat(m.churnRisk()).isBetween(0.0, 1.0);
                assertThat(m.preferredHour()).isNotNull();
            });
            assertThat(rows.values().stream().map(CustomerMetrics::preferredChannel).filter(c -> c != null))
                    .isNotEmpty().allMatch(Set.of("email", "sms", "push", "web")::contains);
            assertThat(workspace.refreshCustomerMetrics().current()).isTrue();

            // A new run rebuilds the gold table (dropping its metrics) and refreshes them after its commit.
            workspace.resolveWorkspace().resolve(workspace.actor(), TaskContext.silent());
            assertEveryCustomerHasMetricsAsOf(workspace, AS_OF);
            assertThat(workspace.customerMetrics().all()).isEqualTo(rows);
        }

        Instant later = Instant.parse("2026-11-01T12:00:00Z");
        try (Workspace moved = Workspace.open(folder, WorkspaceClock.fixedAt(later))) {
            assertThat(moved.refreshCustomerMetrics().current()).isFalse();
            MetricsRefresh refresh = moved.refreshCustomerMetrics().ensureCurrent(TaskContext.silent()).orElseThrow();
            assertThat(refresh.recomputedAll()).isTrue();
            assertThat(refresh.updated()).isEqualTo(refresh.customers());
            assertEveryCustomerHasMetricsAsOf(moved, later);
        }
    }

    @Test
    void theCommandLineRefreshSaysWhatChanged() {
        Path folder = temp.resolve("cli");
        CliRun demo = CliRun.of("demo", "--customers", "200", "--workspace", folder.toString(), "--as-of", "2026-10-20");
        assertThat(demo.exit()).as(demo.err()).isZero();
        assertThat(demo.out()).contains("metrics    ").contains("customers as of 2026-10-20T23:59:59Z");

        CliRun same = CliRun.of("metrics", "refresh", "--workspace", folder.toString(), "--as-of", "2026-10-20");
        assertThat(same.exit()).as(same.err()).isZero();
        assertThat(same.out()).contains("0 inserted, 0 updated, 0 deleted").doesNotContain("changed ");

        CliRun moved = CliRun.of("metrics", "refresh", "--workspace", folder.toString(), "--as-of", "2026-10-27");
        assertThat(moved.exit()).as(moved.err()).isZero();
        assertThat(moved.out()).contains("metrics as of 2026-10-27T23:59:59Z (were as of 2026-10-20T23:59:59Z: every row recomputed)")
                .contains("0 unchanged").contains("as_of ").contains("churn     model learnt from");
    }

    private static void assertEveryCustomerHasMetricsAsOf(Workspace workspace, Instant asOf) {
        List<String> gold = workspace.database().jdbi().withHandle(h -> h.createQuery(
                "SELECT customer_id FROM gold_customer").mapTo(String.class).list());
        Map<String, CustomerMetrics> rows = workspace.customerMetrics().all();
        assertThat(gold).isNotEmpty();
        assertThat(rows.keySet()).containsExactlyInAnyOrderElementsOf(gold);
        assertThat(rows.values()).allSatisfy(m -> assertThat(m.asOf()).isEqualTo(asOf));
    }

    private static long count(Workspace workspace, String sql) {
        return workspace.database().jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }
}
