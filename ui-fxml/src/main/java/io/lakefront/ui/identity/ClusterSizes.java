package io.lakefront.ui.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * How many clusters have each size, bucketed for the histogram: single records, pairs, and so on up
 * to the rare large clusters that deserve a look (a generic value, a family) in one tail bucket.
 */
public final class ClusterSizes {
    /** Lower bounds of the buckets; each runs to the next bound minus one, the last is open. */
    private static final int[] BOUNDS = {1, 2, 3, 4, 5, 6, 11, 21, 51};

    private final SortedMap<Integer, Long> clustersBySize;

    public ClusterSizes(Map<Integer, Long> clustersBySize) {
        this.clustersBySize = new TreeMap<>(clustersBySize);
    }

    /** Clusters per exact size, smallest first. */
    public SortedMap<Integer, Long> bySize() {
        return clustersBySize;
    }

    public int largest() {
        return clustersBySize.isEmpty() ? 0 : clustersBySize.lastKey();
    }

    /** The histogram's bars, empty buckets left out. */
    public List<HistogramBar> bars() {
        List<HistogramBar> bars = new ArrayList<>();
        for (int b = 0; b < BOUNDS.length; b++) {
            int from = BOUNDS[b];
            int to = b + 1 < BOUNDS.length ? BOUNDS[b + 1] - 1 : Integer.MAX_VALUE;
            long clusters = 0;
            long records = 0;
            for (Map.Entry<Integer, Long> size : clustersBySize.subMap(from, to == Integer.MAX_VALUE ? to : to + 1)
                    .entrySet()) {
                clusters += size.getValue();
                records += size.getKey() * size.getValue();
            }
            if (clusters > 0) {
                String label = from == to ? String.valueOf(from)
                        : to == Integer.MAX_VALUE ? from + "+" : from + "–" + to;
                bars.add(new HistogramBar(label, clusters, records));
            }
        }
        return bars;
    }
}
