package io.lakefront.domain.source;

import java.io.IOException;

/** Port: opens a source for streaming reads (files, folders, JDBC; later Parquet, Delta, Databricks SQL). */
public interface SourceReader {
    RowStream open(Source source) throws IOException;

    /**
     * Opens the source for an incremental sync. A reader that can filter where the data lives (a
     * database: {@code WHERE col > ?}) returns only rows whose watermark column is newer than
     * {@code watermark} or empty; others return every row, and the sync skips the older ones itself.
     * Either way the sync compares every row again, so a reader may return more, never fewer.
     */
    default RowStream openNewerThan(Source source, Watermark watermark) throws IOException {
        return open(source);
    }
}
