package io.lakefront.connectors.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lakefront.domain.UserError;
import io.lakefront.domain.source.RowStream;
import io.lakefront.domain.source.Source;
import io.lakefront.domain.source.SourceKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSourceReaderTest {
    @TempDir
    Path dir;

    private final FileSourceReader reader = new FileSourceReader();

    private static Source source(SourceKind kind, Path location, Map<String, String> options) {
        return new Source("crm", kind, location.toString(), options, Instant.parse("2026-01-01T00:00:00Z"));
    }

    private static List<List<String>> readAll(RowStream stream) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        List<String> row;
        while ((row = stream.next()) != null) {
            rows.add(row);
        }
        return rows;
    }

    @Test
    @DisplayName("a .csv file source is sniffed and read")
    void csvFile() throws IOException {
        Path file = dir.resolve("crm.csv");
        Files.writeString(file, "id;email\n1;a@example.org\n");

        try (RowStream rows = reader.open(source(SourceKind.FILE, file, Map.of()))) {
            assertThat(rows.columns()).containsExactly("id", "email");
            assertThat(readAll(rows)).containsExactly(List.of("1", "a@example.org"));
        }
    }

    @Test
    @DisplayName("the options delimiter, encoding and header override what sniffing would find")
    void optionsOverrideSniffing() throws IOException {
        Path file = dir.resolve("odd.txt");
        Files.write(file, "name,x|Köln,y\n".getBytes(StandardCharsets.ISO_8859_1));

        Map<String, String> options = Map.of("delimiter", "|", "encoding", "ISO-8859-1", "header", "false");
        try (RowStream rows = reader.open(source(SourceKind.FILE, file, options))) {
            assertThat(rows.columns()).containsExactly("c1", "c2");
            assertThat(rows.next()).containsExactly("name,x", "Köln,y");
        }
    }

    @Test
    @DisplayName("the format option reads a file whose extension says nothing as JSON Lines")
    void formatOption() throws IOException {
        Path file = dir.resolve("export.log");
        Files.writeString(file, "{\"id\": \"7\"}\n");

        try (RowStream rows = reader.open(source(SourceKind.FILE, file, Map.of("format", "jsonl")))) {
            assertThat(readAll(rows)).containsExactly(List.of("7"));
        }
    }

    @Test
    @DisplayName("a file of unknown type without a format option is a user error that says what to do")
    void unknownType() throws IOException {
        Path file = dir.resolve("export.log");
        Files.writeString(file, "x\n");

        assertThatThrownBy(() -> reader.open(source(SourceKind.FILE, file, Map.of())))
                .isInstanceOf(UserError.class).hasMessageContaining("set the option format");
    }

    @Test
    @DisplayName("a missing file is '<path>: no such file'")
    void missingFile() {
        Path file = dir.resolve("gone.csv");

        assertThatThrownBy(() -> reader.open(source(SourceKind.FILE, file, Map.of())))
                .isInstanceOf(UserError.class).hasMessage(file + ": no such file");
    }

    @Test
    @DisplayName("a folder is its files in name order as one stream, each file's columns placed by name")
    void folderOfTwoFiles() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("drop"));
        Files.writeString(folder.resolve("2026-02.csv"), "email,id,city\nb@example.org,2,Köln\n");
        Files.writeString(folder.resolve("2026-01.csv"), "id,email\n1,a@example.org\n");
        Files.writeString(folder.resolve("2026-03.jsonl"), "{\"id\": 3, \"phone\": \"+4930123\"}\n");
        Files.writeString(folder.resolve("readme.md"), "not data");

        try (RowStream rows = reader.open(source(SourceKind.FOLDER, folder, Map.of()))) {
            assertThat(rows.columns()).containsExactly("id", "email", "city", "phone");
            assertThat(readAll(rows)).containsExactly(
                    Arrays.asList("1", "a@example.org", null, null),
                    Arrays.asList("2", "b@example.org", "Köln", null),
                    Arrays.asList("3", null, null, "+4930123"));
            assertThat(rows.done()).isEqualTo(rows.total());
        }
    }

    @Test
    @DisplayName("a folder source with a format option reads only files of that format")
    void folderWithFormat() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("drop"));
        Files.writeString(folder.resolve("a.csv"), "id\n1\n");
        Files.writeString(folder.resolve("b.jsonl"), "{\"id\": 2}\n");

        try (RowStream rows = reader.open(source(SourceKind.FOLDER, folder, Map.of("format", "csv")))) {
            assertThat(readAll(rows)).containsExactly(List.of("1"));
        }
    }

    @Test
    @DisplayName("a missing folder and a folder without data files are user errors")
    void folderErrors() throws IOException {
        Path missing = dir.resolve("nowhere");
        Path empty = Files.createDirectory(dir.resolve("empty"));

        assertThatThrownBy(() -> reader.open(source(SourceKind.FOLDER, missing, Map.of())))
                .isInstanceOf(UserError.class).hasMessage(missing + ": no such folder");
        assertThatThrownBy(() -> reader.open(source(SourceKind.FOLDER, empty, Map.of())))
                .isInstanceOf(UserError.class).hasMessageStartingWith(empty + ": no .csv");
    }

    @Test
    @DisplayName("a bad option value is a user error naming the option")
    void badOption() throws IOException {
        Path file = dir.resolve("crm.csv");
        Files.writeString(file, "id\n1\n");

        assertThatThrownBy(() -> reader.open(source(SourceKind.FILE, file, Map.of("header", "maybe"))))
                .isInstanceOf(UserError.class).hasMessageStartingWith("option header:");
    }
}
