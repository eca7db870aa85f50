package io.lakefront.domain.prep;

import io.lakefront.domain.source.RowStream;
import java.io.IOException;

/** Port: a source's staged rows read back one at a time, in row order, with their original column names. */
@FunctionalInterface
public interface StagedRecords {
    /** An empty stream when the source was never synced; close it to release its connection. */
    RowStream rows(String sourceName) throws IOException;
}
