package io.lakefront.ui.fakes;

import io.lakefront.domain.prep.CsvFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Real files, written only on commit; quotes a field only where RFC 4180 needs it, like the connectors' writer. */
public final class PlainCsvFiles implements CsvFiles {
    @Override
    public Writer create(Path file, List<String> header) {
        List<String> lines = new ArrayList<>(List.of(line(header)));
        return new Writer() {
            @Override public void write(List<String> values) { lines.add(line(values)); }
            @Override public void commit() throws IOException {
                Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
            }
            @Override public void close() { }
        };
    }

    private static String line(List<String> values) {
        List<String> fields = new ArrayList<>();
        for (String v : values) {
            if (v == null) {
                fields.add("");
            } else if (v.contains(",") || v.contains("\"") || v.contains("\n")) {
                fields.add('"' + v.replace("\"", "\"\"") + '"');
            } else {
                fields.add(v);
            }
        }
        return String.join(",", fields);
    }
}
