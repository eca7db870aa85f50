package io.lakefront.domain.identity.workspace;

import io.lakefront.domain.identity.MatchBand;

/**
 * Which stored pairs to list: of one band (or all when {@code band} is {@code null}), with a match
 * weight in {@code [minWeight, maxWeight]}, strongest first, one page at a time.
 */
public record PairQuery(MatchBand band, double minWeight, double maxWeight, int offset, int limit) {
    public static final int MAX_LIMIT = 100_000;

    public PairQuery {
        if (offset < 0 || limit < 1 || limit > MAX_LIMIT || minWeight > maxWeight) {
            throw new IllegalArgumentException("pair query: offset >= 0, limit 1.." + MAX_LIMIT
                    + ", min weight <= max weight (got " + offset + ", " + limit + ", " + minWeight + ", " + maxWeight + ")");
        }
    }

    public static PairQuery band(MatchBand band, int limit) {
        return new PairQuery(band, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, 0, limit);
    }
}
