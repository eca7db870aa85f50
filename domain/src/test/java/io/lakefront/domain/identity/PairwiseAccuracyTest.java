package io.lakefront.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PairwiseAccuracyTest {
    @Test
    void countsPairsFromGroupSizes() {
        // Truth: {a,b,c} one person, {d} another. Clusters: {a,b} and {c,d}.
        Map<String, Long> clusters = Map.of("a", 1L, "b", 1L, "c", 2L, "d", 2L);
        Map<String, String> truth = Map.of("a", "p1", "b", "p1", "c", "p1", "d", "p2");

        PairwiseAccuracy accuracy = PairwiseAccuracy.of(clusters, truth::get);

        assertThat(accuracy.truePairs()).isEqualTo(3);
        assertThat(accuracy.predictedPairs()).isEqualTo(2);
        assertThat(accuracy.correctPairs()).isEqualTo(1);
        assertThat(accuracy.precision()).isEqualTo(0.5);
        assertThat(accuracy.recall()).isEqualTo(1.0 / 3);
        assertThat(accuracy.f1()).isEqualTo(0.4);
    }

    @Test
    void recordsWithoutTruthAreLeftOut() {
        PairwiseAccuracy accuracy = PairwiseAccuracy.of(Map.of("a", 1L, "b", 1L, "x", 1L), Map.of("a", "p", "b", "p")::get);
        assertThat(accuracy.predictedPairs()).isEqualTo(1);
        assertThat(accuracy.f1()).isEqualTo(1.0);
    }
}
