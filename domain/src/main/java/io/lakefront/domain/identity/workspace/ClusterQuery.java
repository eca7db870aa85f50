package io.lakefront.domain.identity.workspace;

/** Which clusters to list: those of at least {@code minSize} records, largest first, one page at a time. */
public record ClusterQuery(int minSize, int offset, int limit) {
    public static final int MAX_LIMIT = 10_000;

    public ClusterQuery {
        if (minSize < 1 || offset < 0 || limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("cluster query: min size >= 1, offset >= 0, limit 1.." + MAX_LIMIT
                    + " (got " + minSize + ", " + offset + ", " + limit + ")");
        }
    }

    public static ClusterQuery firstPage(int limit) {
        return new ClusterQuery(1, 0, limit);
    }
}
