package io.lakefront.ui.identity;

/** One cluster (one person) in the cluster list: its id, size, sources and the names its records carry. */
public record ClusterRow(long id, int size, String sources, String names) {
}
