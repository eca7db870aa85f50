package io.lakefront.connectors.file;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes CSV the way CONTRACTS.md §2 promises: UTF-8, comma, {@code \n} line ends, RFC 4180 quoting
 * only where a value needs it. {@code null} is an empty field; the empty string is written {@code ""}
 * so that {@link CsvReader} reads it back as the empty string rather than as a missing value.
 */
public final class CsvWriter implements Closeable, Flushable {
    private final Writer out;
    private final char delimiter;

    public CsvWriter(Writer out) {
        this(out, ',');
    }

    public CsvWriter(Writer out, char delimiter) {
        this.out = out;
        this.delimiter = delimiter;
    }

    /** Creates (or replaces) a UTF-8 file. */
    public static CsvWriter create(Path file) throws IOException {
        return new CsvWriter(new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8),
                64 * 1024));
    }

    public void writeRow(List<String> values) throws IOException {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.write(delimiter);
            }
            writeField(values.get(i));
        }
        out.write('\n');
    }

    private void writeField(String value) throws IOException {
        if (value == null) {
            return;
        }
        if (value.isEmpty()) {
            out.write("\"\"");
            return;
        }
        if (!needsQuotes(value)) {
            out.write(value);
            return;
        }
        out.write('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                out.write('"');
            }
            out.write(c);
        }
        out.write('"');
    }

    private boolean needsQuotes(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == delimiter || c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
