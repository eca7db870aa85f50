package io.lakefront.ui.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.lakefront.domain.identity.RecordKey;
import io.lakefront.domain.task.DirectTaskExecutor;
import io.lakefront.domain.time.WorkspaceClock;
import io.lakefront.ui.fakes.InMemoryIdentityWorkbench;
import io.lakefront.ui.fakes.TestWorkspace;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ClustersViewModelTest {
    private final IdentityViewModel identity = new IdentityViewModel(
            InMemoryIdentityWorkbench.withPeople(TestWorkspace.AS_OF), new DirectTaskExecutor(), Runnable::run,
            WorkspaceClock.fixedAt(TestWorkspace.AS_OF));
    private final ClustersViewModel clusters = identity.clusters();

    @BeforeEach
    void run() {
        identity.runResolution();
    }

    @Test
    void clusters_that_merged_records_are_listed_largest_first() {
        IdentityRun run = identity.runProperty().get();
        long merged = run.clustersBySize().stream().filter(c -> c.members().size() > 1).count();

        assertThat(clusters.rows()).hasSize((int) merged).allMatch(row -> row.size() > 1)
                .isSortedAccordingTo((x, y) -> Integer.compare(y.size(), x.size()));
        assertThat(clusters.shownProperty().get()).isEqualTo(merged + " clusters of two or more records, largest first");

        clusters.includeSinglesProperty().set(true);

        assertThat(clusters.rows()).hasSize(run.clusters());
        assertThat(clusters.rows().stream().mapToInt(ClusterRow::size).sum()).isEqualTo(16);
    }

    @Test
    void the_selected_cluster_shows_its_records_and_the_edges_that_hold_it() {
        clusters.searchProperty().set("crm/C-1");

        ClusterRow maria = clusters.selectedProperty().get();
        assertThat(clusters.rows()).containsExactly(maria);
        assertThat(maria.names()).isEqualTo("Maria Lopez");
        assertThat(maria.sources()).isEqualTo("crm, webshop");
        assertThat(clusters.members()).extracting(MemberRow::source, MemberRow::recordId)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("crm", "C-1"),
                        org.assertj.core.groups.Tuple.tuple("webshop", "W-1"));
        assertThat(clusters.members()).allMatch(m -> m.email().equals("maria.lopez@example.com"));
        assertThat(clusters.edges()).singleElement()
                .satisfies(edge -> assertThat(edge.reason()).isEqualTo("rule 'same email'"));
        assertThat(clusters.clusterTitleProperty().get()).isEqualTo("Cluster " + maria.id()
                + " · 2 records from crm, webshop");
        assertThat(clusters.edgesSummaryProperty().get()).startsWith("1 link hold");
    }

    @Test
    void a_cluster_is_found_by_a_name_or_its_id() {
        clusters.searchProperty().set("bob");
        assertThat(clusters.rows()).singleElement().satisfies(row -> assertThat(row.names()).contains("Bob Brown"));
        long id = clusters.rows().get(0).id();

        clusters.searchProperty().set(String.valueOf(id));

        assertThat(clusters.rows()).extracting(ClusterRow::id).contains(id);
    }

    @Test
    void an_edge_opens_its_waterfall_on_the_pairs_tab() {
        clusters.searchProperty().set("crm/C-4");
        EdgeRow edge = clusters.edges().get(0);

        clusters.explain(edge);

        assertThat(identity.tabProperty().get()).isEqualTo(IdentityTab.PAIRS);
        assertThat(identity.pairs().waterfallTitleProperty().get()).contains("crm/C-4", "webshop/W-4");
        assertThat(identity.pairs().waterfallSummaryProperty().get()).startsWith("Match weight " + edge.weight());
    }

    @Test
    void namesakes_stay_apart() {
        IdentityRun run = identity.runProperty().get();

        assertThat(run.clusterOf(new RecordKey("crm", "C-7"))).isNotEqualTo(run.clusterOf(new RecordKey("crm", "C-8")));
        assertThat(run.clusterOf(new RecordKey("crm", "C-6")))
                .isNotEqualTo(run.clusterOf(new RecordKey("webshop", "W-6")));
    }
}
