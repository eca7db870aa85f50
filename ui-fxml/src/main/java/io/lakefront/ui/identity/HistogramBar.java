package io.lakefront.ui.identity;

/** One bar of the cluster-size histogram: a size range, how many clusters have it, and their records. */
public record HistogramBar(String label, long clusters, long records) {
}
