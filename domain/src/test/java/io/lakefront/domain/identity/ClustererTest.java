package io.lakefront.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClustererTest {
    @Test
    void withoutGuardsMatchesFormConnectedComponents() {
        Clusterer.Outcome outcome = new Clusterer(5, 100).cluster(new int[] {0, 1, 3}, new int[] {1, 2, 4},
                new double[] {5, 6, 7});
        assertThat(outcome.components()).isEqualTo(2);
        assertThat(outcome.componentOf()).containsExactly(0, 0, 0, 1, 1);
    }

    @Test
    void cannotLinkCutsTheWeakestEdgeOnThePathBetweenTheTwoRecords() {
        // chain 0 -(9)- 1 -(4)- 2 -(8)- 3, and 0 must not meet 3: the edge of weight 4 goes
        Clusterer clusterer = new Clusterer(4, 100);
        clusterer.cannotLink(0, 3);
        Clusterer.Outcome outcome = clusterer.cluster(new int[] {0, 1, 2}, new int[] {1, 2, 3}, new double[] {9, 4, 8});
        assertThat(outcome.componentOf()).containsExactly(0, 0, 1, 1);
        assertThat(outcome.edgesCut()).isEqualTo(1);
    }

    @Test
    void aClusterDoesNotGrowPastTheSizeLimitThroughItsWeakestEdges() {
        // a star of 5 around record 0; limit 3 keeps the two strongest spokes
        Clusterer.Outcome outcome = new Clusterer(5, 3).cluster(new int[] {0, 0, 0, 0}, new int[] {1, 2, 3, 4},
                new double[] {2, 9, 1, 8});
        assertThat(outcome.componentOf()[0]).isEqualTo(outcome.componentOf()[2]).isEqualTo(outcome.componentOf()[4]);
        assertThat(outcome.componentOf()[1]).isNotEqualTo(outcome.componentOf()[0]);
        assertThat(outcome.componentOf()[3]).isNotEqualTo(outcome.componentOf()[0]);
        assertThat(outcome.edgesCut()).isEqualTo(2);
    }

    @Test
    void strongestFirstOrdersNegativeAndPositiveWeights() {
        assertThat(Clusterer.strongestFirst(new double[] {-3, 10, 0.5, -0.5, 1e6})).containsExactly(4, 1, 2, 3, 0);
    }
}
