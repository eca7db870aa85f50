package io.lakefront.domain.identity.review;

/**
 * An open review item with the clusters its records are in now and their sizes (0 when a record is
 * in no cluster of the latest run), which is what ordering the queue by value needs.
 */
public record QueuedPair(ReviewItem item, long clusterA, long sizeA, long clusterB, long sizeB) {
    public boolean sameCluster() {
        return clusterA != 0 && clusterA == clusterB;
    }
}
