package io.lakefront.domain.identity.workspace;

import io.lakefront.domain.prep.PreparedColumn;
import io.lakefront.domain.source.RowStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/** Port: the workspace's prepared sources as their last preparation left them, read for resolution and gold. */
public interface PreparedSources {
    /** The sources that have a committed preparation, in name order. */
    List<String> names();

    /** The prepared columns with their tags, in source order. */
    List<PreparedColumn> columns(String source);

    long count(String source);

    /** The prepared rows in row order (row numbers 1, 2, ...); close the stream. */
    RowStream rows(String source) throws IOException;

    /** One prepared row by its row number; empty when there is no such row. */
    Optional<List<String>> row(String source, long rowNo);
}
