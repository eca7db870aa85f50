package io.lakefront.connectors.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lakefront.domain.UserError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvReaderTest {
    @TempDir
    Path dir;

    private static final CsvFormat COMMA = CsvFormat.standard();

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private static List<List<String>> readAll(CsvReader reader) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        List<String> row;
        while ((row = reader.next()) != null) {
            rows.add(row);
        }
        return rows;
    }

    @Test
    @DisplayName("quoted fields may hold delimiters, doubled quotes and line breaks; CRLF and LF both end a row")
    void rfc4180() throws IOException {
        Path file = write("rfc.csv", "a,b,c\r\n\"x,1\",\"say \"\"hi\"\"\",\"two\r\nlines\"\r\nplain,2,3\n");

        try (CsvReader reader = new CsvReader(file, COMMA)) {
            assertThat(readAll(reader)).containsExactly(
                    List.of("x,1", "say \"hi\"", "two\r\nlines"),
                    List.of("plain", "2", "3"));
        }
    }

    @Test
    @DisplayName("an empty unquoted field is missing (null), an empty quoted field is the empty string")
    void emptyFields() throws IOException {
        Path file = write("empty.csv", "a,b,c\n,\"\",\n");

        try (CsvReader reader = new CsvReader(file, COMMA)) {
            assertThat(reader.next()).isEqualTo(Arrays.asList(null, "", null));
        }
    }

    @Test
    @DisplayName("trailing empty fields are kept, short rows are padded with null, blank lines are skipped")
    void trailingAndShortRows() throws IOException {
        Path file = write("short.csv", "a,b,c\n1,,\n\n2\n3,4,5");

        try (CsvReader reader = new CsvReader(file, COMMA)) {
            assertThat(readAll(reader)).containsExactly(
                    Arrays.asList("1", null, null),
                    Arrays.asList("2", null, null),
                    List.of("3", "4", "5"));
        }
    }

    @Test
    @DisplayName("a row with more fields than columns is an error naming the file and line")
    void tooManyFields() throws IOException {
        Path file = write("long.csv", "a,b\n1,2\n\"multi\nline\",2\n1,2,3\n");

        try (CsvReader reader = new CsvReader(file, COMMA)) {
            reader.next();
            reader.next();
            assertThatThrownBy(reader::next)
                    .isInstanceOf(UserError.class)
                    .hasMessage(file + ":5: 3 fields, but the file has 2 columns");
        }
    }

    @Test
    @DisplayName("an unterminated quote is an error naming the file and the line where the quote opened")
    void unterminatedQuote() throws IOException {
        Path file = write("open.csv", "a,b\n1,2\n3,\"never closed\n4,5\n");

        try (CsvReader reader = new CsvReader(file, COMMA)) {
            reader.next();
            assertThatThrownBy(reader::next)
                    .isInstanceOf(UserError.class)
                    .hasMessageStartingWith(file + ":3: a quoted field is never closed");
        }
    }

    @Test
    @DisplayName("a missing file is reported as such")
    void missingFile() {
        Path file = dir.resolve("nope.csv");

        assertThatThrownBy(() -> new CsvReader(file, COMMA)).isInstanceOf(UserError.class)
                .hasMessage(file + ": no such file");
    }

    @Test
    @DisplayName("header names are trimmed, blanks become cN and repeats get a number")
    void headerNames() throws IOException {
        Path file = write("names.csv", " id ,,id\n1,2,3\n");

        try (CsvReader reader = new CsvReader(file, COMMA)) {
            assertThat(reader.columns()).containsExactly("id", "c2", "id_2");
        }
    }

    @Test
    @DisplayName("FEBRL's dataset1 reads as 1,000 rows of 11 columns without the spaces after commas")
    void febrl() throws IOException {
        try (CsvReader reader = CsvReader.open(SharedData.file("febrl/dataset1.csv"))) {
            assertThat(reader.columns()).startsWith("rec_id", "given_name", "surname").hasSize(11);
            List<String> first = reader.next();
            assertThat(first.get(0)).isEqualTo("rec-223-org");
            assertThat(first.get(1)).isNull(); // ", ," is a missing given name
            assertThat(first.get(2)).isEqualTo("waller");
            long rows = 1;
            while (reader.next() != null) {
                rows++;
            }
            assertThat(rows).isEqualTo(1000);
            assertThat(reader.done()).isEqualTo(reader.total());
        }
    }

    @Test
    @DisplayName("values longer than the read buffer come through whole, quoted or not")
    void longValues() throws IOException {
        String big = "x".repeat(200_000);
        Path file = write("big.csv", "a,b\n" + big + ",\"" + big + "\"\n");

        try (CsvReader reader = new CsvReader(file, COMMA)) {
            List<String> row = reader.next();
            assertThat(row.get(0)).hasSize(200_000);
            assertThat(row.get(1)).hasSize(200_000);
        }
    }

    @Test
    @DisplayName("progress counts bytes of the file up to its size")
    void progressInBytes() throws IOException {
        StringBuilder text = new StringBuilder("n,v\n");
        for (int i = 0; i < 50_000; i++) {
            text.append(i).append(",value").append(i).append('\n');
        }
        Path file = write("progress.csv", text.toString());

        try (CsvReader reader = new CsvReader(file, COMMA)) {
            assertThat(reader.total()).isEqualTo(Files.size(file));
            reader.next();
            assertThat(reader.done()).isLessThan(reader.total());
            assertThat(readAll(reader)).hasSize(49_999);
            assertThat(reader.done()).isEqualTo(reader.total());
        }
    }
}
