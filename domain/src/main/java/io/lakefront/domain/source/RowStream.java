package io.lakefront.domain.source;

import java.io.IOException;
import java.util.List;

/** Rows of a source, read one at a time so that memory stays flat whatever the size. */
public interface RowStream extends AutoCloseable {
    List<String> columns();

    /** The next row (one value per column, {@code null} for missing), or {@code null} at the end. */
    List<String> next() throws IOException;

    /** Progress in some unit (bytes, rows) of {@link #total()}; for progress bars only. */
    long done();

    /** The total in the unit of {@link #done()}, or -1 when unknown. */
    long total();

    @Override
    void close() throws IOException;
}
