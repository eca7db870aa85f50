package io.lakefront.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.lakefront.app.Workspace;
import io.lakefront.domain.identity.PairwiseAccuracy;
import io.lakefront.domain.identity.workspace.RecordAssignment;
import io.lakefront.domain.identity.workspace.ResolutionRun;
import io.lakefront.domain.identity.workspace.WorkspaceResolution;
import io.lakefront.domain.task.TaskContext;
import io.lakefront.domain.time.WorkspaceClock;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo workspace resolves its people with zero configuration, keyed events and all. The accuracy
 * floor is what the engine reached when this test was written, less a margin: a drop below it is a
 * regression to look at, not noise (the demo data is deterministic from its seed).
 */
class DemoResolutionTest {
    private static final double F1_FLOOR = 0.95;
    /** Households (twins, couples sharing a landline and an address) are what precision guards against. */
    private static final double PRECISION_FLOOR = 0.96;

    @TempDir
    Path temp;

    @Test
    void theDemoResolvesItsPeopleAgainstTheGroundTruthAndKeysItsEvents() {
        try (Workspace workspace = Workspace.open(temp.resolve("ws"), WorkspaceClock.parse("2026-10-20"))) {
            DemoWorkspaceBuilder.Result result = new DemoWorkspaceBuilder(workspace).build(42, 600, TaskContext.silent());
            ResolutionRun run = result.resolution().run();
            List<RecordAssignment> assignments = workspace.database().resolutionStore().assignments();

            PairwiseAccuracy accuracy = DemoAccuracy.of(result.truthFile(), DemoWorkspaceBuilder.SOURCES, assignments);
            System.out.println("demo (600 people, seed 42) identity accuracy: " + accuracy);
            assertThat(accuracy.f1()).isGreaterThanOrEqualTo(F1_FLOOR);
            assertThat(accuracy.precision()).isGreaterThanOrEqualTo(PRECISION_FLOOR);
            assertThat(run.peopleSources()).containsExactly("crm", "shop", "support");
            assertThat(run.customers()).isEqualTo(run.clusters());
            assertThat(run.purchases()).as("every order line").isEqualTo(result.syncs().get(2).rowsStaged());
            assertThat(run.supportTickets()).isEqualTo(result.syncs().get(3).rowsStaged());
            assertThat(run.engagementEvents()).isEqualTo(result.syncs().get(4).rowsStaged());
            assertThat((double) run.eventsUnkeyed() / run.engagementEvents()).as("events without a customer").isLessThan(0.2);
            long unkeyedOrders = workspace.database().jdbi().withHandle(h -> h.createQuery(
                    "SELECT COUNT(*) FROM purchases WHERE customer_id IS NULL").mapTo(Long.class).one());
            assertThat(unkeyedOrders).as("orders name their shop customer").isZero();

            WorkspaceResolution again = workspace.resolveWorkspace().resolve(workspace.actor(), TaskContext.silent());
            assertThat(again.run().clustersKept()).isEqualTo(run.clusters());
            assertThat(workspace.database().resolutionStore().assignments()).isEqualTo(assignments);
        }
    }
}
