package io.lakefront.domain.demo;

import java.io.IOException;
import java.util.List;

/** Port: where generated demo tables go (CSV files in the workspace's demo folder). */
public interface TableSink {
    /** Opens a table with the given header; rows follow through the returned writer. */
    RowWriter open(String fileName, List<String> header) throws IOException;

    interface RowWriter extends AutoCloseable {
        /** One row; {@code null} and the empty string both mean a missing value. */
        void write(List<String> values) throws IOException;

        @Override
        void close() throws IOException;
    }
}
