package io.lakefront.domain.source;

import java.io.IOException;

/** Port: opens a source for streaming reads (files, folders, JDBC; later Parquet, Delta, Databricks SQL). */
public interface SourceReader {
    RowStream open(Source source) throws IOException;
}
