package io.lakefront.connectors.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lakefront.domain.UserError;
import io.lakefront.domain.demo.TableSink;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvWriterTest {
    @TempDir
    Path dir;

    @Test
    @DisplayName("values are quoted only when they hold a comma, a quote or a line break")
    void quotesOnlyWhenNeeded() throws IOException {
        StringWriter out = new StringWriter();
        try (CsvWriter writer = new CsvWriter(out)) {
            writer.writeRow(Arrays.asList("plain", "a,b", "say \"hi\"", "two\nlines", null, "", " spaced "));
        }

        assertThat(out.toString()).isEqualTo("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",,\"\", spaced \n");
    }

    @Test
    @DisplayName("what the writer writes, the reader reads back unchanged, nulls and empty strings included")
    void roundTrip() throws IOException {
        List<String> header = List.of("id", "name", "note", "city");
        List<List<String>> rows = List.of(
                Arrays.asList("1", "Zoë \"Zo\" Åberg", "line one\r\nline two", null),
                Arrays.asList("2", "", "semi;colon, comma|pipe\ttab", "München"),
                Arrays.asList("3", null, null, null));
        Path file = dir.resolve("round.csv");
        try (CsvWriter writer = CsvWriter.create(file)) {
            writer.writeRow(header);
            for (List<String> row : rows) {
                writer.writeRow(row);
            }
        }

        try (CsvReader reader = CsvReader.open(file)) {
            assertThat(reader.columns()).isEqualTo(header);
            List<List<String>> read = new ArrayList<>();
            List<String> row;
            while ((row = reader.next()) != null) {
                read.add(row);
            }
            assertThat(read).isEqualTo(rows);
        }
    }

    @Test
    @DisplayName("the table sink writes <folder>/<file> with a header, and only once the table is closed")
    void tableSink() throws IOException {
        Path folder = dir.resolve("demo");
        CsvTableSink sink = new CsvTableSink(folder);
        Path target = folder.resolve("crm.csv");

        try (TableSink.RowWriter rows = sink.open("crm.csv", List.of("id", "email"))) {
            rows.write(List.of("1", "a@example.org"));
            assertThat(target).doesNotExist();
        }

        assertThat(Files.readString(target, StandardCharsets.UTF_8)).isEqualTo("id,email\n1,a@example.org\n");
        try (var files = Files.list(folder)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    @DisplayName("the table sink refuses file names that climb out of its folder")
    void tableSinkStaysInItsFolder() {
        CsvTableSink sink = new CsvTableSink(dir.resolve("demo"));

        assertThatThrownBy(() -> sink.open("../escape.csv", List.of("a"))).isInstanceOf(UserError.class);
    }
}
