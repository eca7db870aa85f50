package io.lakefront.domain.identity.workspace;

import io.lakefront.domain.identity.MatchBand;
import io.lakefront.domain.identity.RecordKey;
import java.util.Comparator;
import java.util.Objects;

/**
 * A scored pair the latest run kept: its match weight (log2 odds, what thresholds cut), probability,
 * band, the deterministic rule that settled it ({@code null} when the model did) and the clusters its
 * records ended in. {@code a} sorts before {@code b} (source, then record id), so a pair has one form.
 */
public record StoredPair(RecordKey a, RecordKey b, double matchWeight, double matchProbability, MatchBand band,
                         String deterministicRule, long clusterA, long clusterB) {
    static final Comparator<RecordKey> KEY_ORDER = Comparator.comparing(RecordKey::source)
            .thenComparing(RecordKey::recordId);

    public StoredPair {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(band, "band");
        if (KEY_ORDER.compare(a, b) >= 0) {
            throw new IllegalArgumentException("pair " + a + " - " + b + " is not in (source, record id) order");
        }
    }

    /** The two keys in the order pairs are stored in. */
    public static RecordKey[] ordered(RecordKey x, RecordKey y) {
        return KEY_ORDER.compare(x, y) <= 0 ? new RecordKey[] {x, y} : new RecordKey[] {y, x};
    }

    public boolean sameCluster() {
        return clusterA == clusterB;
    }
}
