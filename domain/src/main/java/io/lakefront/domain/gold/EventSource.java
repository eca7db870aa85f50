package io.lakefront.domain.gold;

import io.lakefront.domain.prep.PreparedColumn;
import io.lakefront.domain.source.RowStream;
import java.io.IOException;
import java.util.List;
import java.util.Objects;

/**
 * A prepared source that is not about people (orders, engagement events), read as a stream when the
 * gold build gets to it: such sources are the big ones.
 */
public record EventSource(String source, List<PreparedColumn> columns, long rowCount, Rows rows) {
    /** Opens the source's prepared rows in row order; the caller closes the stream. */
    @FunctionalInterface
    public interface Rows {
        RowStream open() throws IOException;
    }

    public EventSource {
        Objects.requireNonNull(source, "source");
        columns = List.copyOf(columns);
        Objects.requireNonNull(rows, "rows");
    }
}
