package io.lakefront.domain.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One of the generator's small reference tables (names, places, products) shipped as a resource:
 * plain comma-separated values without quoting, '#' starts a comment line, the first other line
 * is the header.
 */
final class DemoResource {
    private final String name;
    private final List<String> header;
    private final List<String[]> rows;

    private DemoResource(String name, List<String> header, List<String[]> rows) {
        this.name = name;
        this.header = header;
        this.rows = rows;
    }

    static DemoResource read(String name) {
        try (InputStream in = DemoResource.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("demo resource " + name + " is missing from the build");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> header = null;
            List<String[]> rows = new ArrayList<>();
            String line;
            int lineNumber = 0;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] values = line.split(",", -1);
                if (header == null) {
                    header = Arrays.asList(values);
                } else if (values.length != header.size()) {
                    throw new IllegalStateException(name + " line " + lineNumber + ": " + values.length
                            + " values, header has " + header.size());
                } else {
                    rows.add(values);
                }
            }
            if (header == null) {
                throw new IllegalStateException("demo resource " + name + " has no header");
            }
            return new DemoResource(name, List.copyOf(header), rows);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read demo resource " + name, e);
        }
    }

    int rowCount() {
        return rows.size();
    }

    String get(int row, String column) {
        int index = header.indexOf(column);
        if (index < 0) {
            throw new IllegalStateException(name + " has no column " + column);
        }
        return rows.get(row)[index];
    }

    List<String> list(int row, String column) {
        return List.of(get(row, column).trim().split("\\s+"));
    }

    double number(int row, String column) {
        return Double.parseDouble(get(row, column));
    }
}
