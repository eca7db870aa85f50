package io.lakefront.connectors.file;

import io.lakefront.domain.UserError;
import io.lakefront.domain.source.RowStream;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Streams the rows of a delimited file (RFC 4180) without loading it: memory stays flat whatever its
 * size. Progress is counted in bytes of the file.
 *
 * <p>Column names come from the header (trimmed; a blank name becomes {@code cN}, a repeated one gets
 * {@code _2}, {@code _3}) or, without a header, are {@code c1, c2, ...} after the first record's width.
 * A row with fewer fields is padded with {@code null}; a row with more is a {@link UserError} naming
 * the file and line.
 */
public final class CsvReader implements RowStream {
    private final Path file;
    private final CountingInputStream counter;
    private final CsvParser parser;
    private final long total;
    private final List<String> columns;
    private List<String> pending;

    public CsvReader(Path file, CsvFormat format) throws IOException {
        this.file = file;
        InputStream raw;
        try {
            raw = Files.newInputStream(file);
            this.total = Files.size(file);
        } catch (NoSuchFileException e) {
            throw new UserError(file + ": no such file");
        }
        this.counter = new CountingInputStream(new BufferedInputStream(raw, 64 * 1024));
        counter.skipNBytes(Math.min(format.bomLength(), total));
        InputStreamReader reader = new InputStreamReader(counter, format.charset().newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE));
        this.parser = new CsvParser(reader, format, file.toString());
        try {
            List<String> first = parser.next();
            if (first == null) {
                this.columns = List.of();
            } else if (format.hasHeader()) {
                this.columns = columnNames(first);
            } else {
                this.columns = positionalNames(first.size());
                this.pending = first;
            }
        } catch (IOException | RuntimeException e) {
            parser.close();
            throw e;
        }
    }

    /** Sniffs the file's format, then opens it. */
    public static CsvReader open(Path file) throws IOException {
        return new CsvReader(file, CsvFormat.sniff(file));
    }

    @Override
    public List<String> columns() {
        return columns;
    }

    @Override
    public List<String> next() throws IOException {
        List<String> row;
        if (pending != null) {
            row = pending;
            pending = null;
        } else {
            row = parser.next();
        }
        if (row == null) {
            return null;
        }
        int width = columns.size();
        if (row.size() > width) {
            throw new UserError(file + ":" + parser.recordLine() + ": " + row.size() + " fields, but the file has "
                    + width + " columns");
        }
        if (row.size() < width) {
            List<String> padded = new ArrayList<>(width);
            padded.addAll(row);
            while (padded.size() < width) {
                padded.add(null);
            }
            return padded;
        }
        return row;
    }

    /** The line on which the row last returned starts (1-based), for messages about that row. */
    public long line() {
        return parser.recordLine();
    }

    @Override
    public long done() {
        return counter.count();
    }

    @Override
    public long total() {
        return total;
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }

    static List<String> positionalNames(int count) {
        String[] names = new String[count];
        for (int i = 0; i < count; i++) {
            names[i] = "c" + (i + 1);
        }
        return List.of(names);
    }

    private static List<String> columnNames(List<String> header) {
        List<String> names = new ArrayList<>(header.size());
        Set<String> taken = new HashSet<>();
        for (int i = 0; i < header.size(); i++) {
            String raw = header.get(i);
            String name = raw == null || raw.isBlank() ? "c" + (i + 1) : raw.strip();
            String unique = name;
            for (int n = 2; !taken.add(unique); n++) {
                unique = name + "_" + n;
            }
            names.add(unique);
        }
        return List.copyOf(names);
    }
}
