package io.lakefront.domain.prep;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Port: a CSV file at a path the user chose, written the way CONTRACTS.md §2 promises (UTF-8, a header
 * row, RFC 4180 quoting, an empty field for a missing value). The file appears when the writer is
 * committed, complete; closed without a commit (a failure, a cancel) it leaves the path as it was.
 */
@FunctionalInterface
public interface CsvFiles {
    Writer create(Path file, List<String> header) throws IOException;

    /** Rows of one file being written. */
    interface Writer extends AutoCloseable {
        /** One row; {@code null} is a missing value. */
        void write(List<String> values) throws IOException;

        /** Puts the complete file in place. */
        void commit() throws IOException;

        /** Releases the file; without {@link #commit()} the rows written are thrown away. */
        @Override
        void close() throws IOException;
    }
}
