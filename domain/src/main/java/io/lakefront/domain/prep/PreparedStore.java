package io.lakefront.domain.prep;

import java.util.List;

/** Port: each source's prepared (tagged, normalized) records as last prepared. */
public interface PreparedStore {
    /**
     * Starts a preparation; a second one of the same source, or a sync of it, is refused with a
     * {@link io.lakefront.domain.UserError} while this writer is open.
     */
    PreparedWriter open(String sourceName, List<PreparedColumn> columns);

    /** Prepared rows of the source; 0 when it was never prepared. */
    long count(String sourceName);

    /** The prepared columns in source order; empty when never prepared. */
    List<PreparedColumn> columns(String sourceName);

    /** The first prepared rows, for previews. */
    List<List<String>> sample(String sourceName, int limit);
}
