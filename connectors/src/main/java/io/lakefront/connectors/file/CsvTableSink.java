package io.lakefront.connectors.file;

import io.lakefront.domain.UserError;
import io.lakefront.domain.demo.TableSink;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes tables as CSV files {@code <folder>/<fileName>}. Each file appears complete or not at all:
 * rows go to a temporary file that replaces the target when the writer is closed.
 */
public final class CsvTableSink implements TableSink {
    private final Path folder;

    public CsvTableSink(Path folder) {
        this.folder = folder;
    }

    @Override
    public RowWriter open(String fileName, List<String> header) throws IOException {
        Path target = folder.resolve(fileName).normalize();
        if (fileName.isBlank() || !folder.normalize().equals(target.getParent())) {
            throw new UserError("table file '" + fileName + "': a plain file name is needed, without folders");
        }
        Path temp = AtomicFile.temporaryBeside(target);
        CsvWriter writer;
        try {
            writer = CsvWriter.create(temp);
            writer.writeRow(header);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        return new FileRowWriter(writer, temp, target, header.size());
    }

    private static final class FileRowWriter implements RowWriter {
        private final CsvWriter writer;
        private final Path temp;
        private final Path target;
        private final int width;
        private boolean closed;

        FileRowWriter(CsvWriter writer, Path temp, Path target, int width) {
            this.writer = writer;
            this.temp = temp;
            this.target = target;
            this.width = width;
        }

        @Override
        public void write(List<String> values) throws IOException {
            if (values.size() != width) {
                throw new IllegalArgumentException(target.getFileName() + ": a row of " + values.size()
                        + " values under a header of " + width + " columns");
            }
            // A generated table has no use for "" versus missing: both are an empty field, as
            // real exports write them (CONTRACTS.md: an empty field for a missing value).
            List<String> row = new java.util.ArrayList<>(values.size());
            for (String value : values) {
                row.add(value == null || value.isEmpty() ? null : value);
            }
            writer.writeRow(row);
        }

        @Override
        public void close() throws IOException {
            if (closed) {
                return;
            }
            closed = true;
            try {
                writer.close();
                AtomicFile.replace(temp, target);
            } finally {
                Files.deleteIfExists(temp);
            }
        }
    }
}
