package io.lakefront.connectors.file;

import io.lakefront.domain.prep.CsvFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * CSV exports to a path the user chose ({@link CsvFiles}): rows go through {@link CsvWriter} into a
 * temporary file beside the target, which replaces the target only on commit.
 */
public final class AtomicCsvFiles implements CsvFiles {
    @Override
    public Writer create(Path file, List<String> header) throws IOException {
        Path target = file.toAbsolutePath();
        Path temp = AtomicFile.temporaryBeside(target);
        CsvWriter csv;
        try {
            csv = CsvWriter.create(temp);
            csv.writeRow(header);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        return new Writer() {
            private boolean committed;

            @Override
            public void write(List<String> values) throws IOException {
                csv.writeRow(values);
            }

            @Override
            public void commit() throws IOException {
                csv.close();
                AtomicFile.replace(temp, target);
                committed = true;
            }

            @Override
            public void close() throws IOException {
                if (!committed) {
                    try {
                        csv.close();
                    } finally {
                        Files.deleteIfExists(temp);
                    }
                }
            }
        };
    }
}
