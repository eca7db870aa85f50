package io.lakefront.domain.prep;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads small CSV files into column samples for tests. The real reader (delimiter sniffing, encodings)
 * lives in connectors, which domain cannot depend on; this one handles quotes, the delimiter it is
 * told and FEBRL's ", " separators (values are trimmed).
 */
final class TestTables {
    static final int SAMPLE = 1000;

    private TestTables() {
    }

    /** The shared test data folder, or a skipped test when it is missing. */
    static Path shared(String relative) {
        String root = System.getProperty("lakefront.shared.data", "../shared/data");
        Path path = Path.of(root).resolve(relative);
        assumeTrue(Files.isRegularFile(path), "shared test data missing: " + path);
        return path;
    }

    static List<ColumnSample> readShared(String relative, char delimiter) {
        try {
            return columns(Files.readString(shared(relative), StandardCharsets.UTF_8), delimiter);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<ColumnSample> readResource(String name, char delimiter) {
        try (InputStream in = TestTables.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return columns(new String(in.readAllBytes(), StandardCharsets.UTF_8), delimiter);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String resourceText(String name) {
        try (InputStream in = TestTables.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Renames the headers to c1, c2, ... so that only the values can decide. */
    static List<ColumnSample> withoutHeaders(List<ColumnSample> columns) {
        List<ColumnSample> out = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            out.add(new ColumnSample("c" + (i + 1), columns.get(i).values()));
        }
        return out;
    }

    static ColumnSample column(List<ColumnSample> columns, String header) {
        return columns.stream().filter(c -> c.header().equals(header)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no column " + header));
    }

    static List<ColumnSample> columns(String text, char delimiter) {
        List<List<String>> rows = parse(text.startsWith("\uFEFF") ? text.substring(1) : text, delimiter);
        List<String> header = rows.get(0);
        List<List<String>> values = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            values.add(new ArrayList<>());
        }
        for (List<String> row : rows.subList(1, Math.min(rows.size(), SAMPLE + 1))) {
            for (int i = 0; i < header.size(); i++) {
                values.get(i).add(i < row.size() ? row.get(i) : null);
            }
        }
        List<ColumnSample> columns = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            columns.add(new ColumnSample(header.get(i), values.get(i)));
        }
        return columns;
    }

    static List<List<String>> parse(String text, char delimiter) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.toString().isBlank()) {
                quoted = true;
                field.setLength(0);
            } else if (c == delimiter) {
                row.add(field.toString().strip());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(field.toString().strip());
                field.setLength(0);
                if (!(row.size() == 1 && row.get(0).isEmpty())) {
                    rows.add(row);
                }
                row = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString().strip());
            rows.add(row);
        }
        return rows;
    }
}
