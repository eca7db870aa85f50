package io.lakefront.ui.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ClusterSizesTest {
    @Test
    void sizes_are_bucketed_with_empty_buckets_left_out_and_a_tail_for_large_clusters() {
        ClusterSizes sizes = new ClusterSizes(Map.of(1, 500L, 2, 120L, 3, 30L, 7, 4L, 10, 1L, 60, 1L, 400, 1L));

        assertThat(sizes.bars()).containsExactly(
                new HistogramBar("1", 500, 500),
                new HistogramBar("2", 120, 240),
                new HistogramBar("3", 30, 90),
                new HistogramBar("6–10", 5, 38),
                new HistogramBar("51+", 2, 460));
        assertThat(sizes.largest()).isEqualTo(400);
    }

    @Test
    void no_clusters_no_bars() {
        assertThat(new ClusterSizes(Map.of()).bars()).isEmpty();
        assertThat(new ClusterSizes(Map.of()).largest()).isZero();
    }
}
