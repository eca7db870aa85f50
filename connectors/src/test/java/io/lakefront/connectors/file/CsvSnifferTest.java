package io.lakefront.connectors.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvSnifferTest {
    @TempDir
    Path dir;

    @Test
    @DisplayName("FEBRL's dataset1 is comma-separated UTF-8 with a header and a space after each comma")
    void febrlHasAHeader() throws IOException {
        CsvFormat format = CsvFormat.sniff(SharedData.file("febrl/dataset1.csv"));

        assertThat(format.delimiter()).isEqualTo(',');
        assertThat(format.hasHeader()).isTrue();
        assertThat(format.skipInitialSpace()).isTrue();
        assertThat(format.bom()).isFalse();
    }

    @Test
    @DisplayName("Splink's fake_1000 is comma-separated with a header and no leading spaces")
    void fakeThousandHasAHeader() throws IOException {
        CsvFormat format = CsvFormat.sniff(SharedData.file("splink-fake/fake_1000.csv"));

        assertThat(format.delimiter()).isEqualTo(',');
        assertThat(format.hasHeader()).isTrue();
        assertThat(format.skipInitialSpace()).isFalse();
        assertThat(format.charset()).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("a German export with ';', decimal commas and Latin-1 umlauts is read as ';' and ISO-8859-1")
    void germanSemicolonLatin1() throws IOException {
        Path file = dir.resolve("kunden.csv");
        Files.write(file, """
                Vorname;Nachname;Geburtsdatum;Stadt;Umsatz
                Jürgen;Müller;24.12.1980;München;12,50
                Käthe;Größer;01.02.1975;Köln;7,00
                Ömer;Şahin;15.06.1990;Düsseldorf;1.234,99
                """.replace("Ş", "S").getBytes(StandardCharsets.ISO_8859_1));

        CsvFormat format = CsvFormat.sniff(file);

        assertThat(format.delimiter()).isEqualTo(';');
        assertThat(format.charset()).isEqualTo(StandardCharsets.ISO_8859_1);
        assertThat(format.hasHeader()).isTrue();
        try (CsvReader reader = new CsvReader(file, format)) {
            assertThat(reader.columns()).containsExactly("Vorname", "Nachname", "Geburtsdatum", "Stadt", "Umsatz");
            assertThat(reader.next()).containsExactly("Jürgen", "Müller", "24.12.1980", "München", "12,50");
        }
    }

    @Test
    @DisplayName("a UTF-8 byte order mark is noticed and not part of the first column's name")
    void utf8Bom() throws IOException {
        Path file = dir.resolve("bom.csv");
        byte[] text = "email,city\nanna@example.org,Zürich\n".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        Files.write(file, withBom);

        CsvFormat format = CsvFormat.sniff(file);

        assertThat(format.bom()).isTrue();
        assertThat(format.charset()).isEqualTo(StandardCharsets.UTF_8);
        try (CsvReader reader = new CsvReader(file, format)) {
            assertThat(reader.columns()).containsExactly("email", "city");
            assertThat(reader.next()).containsExactly("anna@example.org", "Zürich");
        }
    }

    @Test
    @DisplayName("a UTF-16 little-endian file with a byte order mark is decoded as such")
    void utf16LittleEndian() throws IOException {
        Path file = dir.resolve("utf16.csv");
        byte[] text = "name;ort\nÅsa;Malmö\nBo;Lund\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[text.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(text, 0, withBom, 2, text.length);
        Files.write(file, withBom);

        CsvFormat format = CsvFormat.sniff(file);

        assertThat(format.charset()).isEqualTo(StandardCharsets.UTF_16LE);
        assertThat(format.delimiter()).isEqualTo(';');
        try (CsvReader reader = new CsvReader(file, format)) {
            assertThat(reader.columns()).containsExactly("name", "ort");
            assertThat(reader.next()).containsExactly("Åsa", "Malmö");
        }
    }

    @Test
    @DisplayName("a tab-separated file is sniffed as tab-separated")
    void tsv() throws IOException {
        Path file = dir.resolve("people.tsv");
        Files.writeString(file, "id\tname\tjoined\n1\tAda Lovelace\t2024-01-02\n2\tAlan, Turing\t2024-03-04\n");

        CsvFormat format = CsvFormat.sniff(file);

        assertThat(format.delimiter()).isEqualTo('\t');
        assertThat(format.hasHeader()).isTrue();
    }

    @Test
    @DisplayName("lower-case names above code lists and ids (an event export) are a header")
    void lowerCaseHeaderAboveCodeLists() throws IOException {
        Path file = dir.resolve("events.csv");
        StringBuilder text = new StringBuilder("event_id,contact_key,occurred_at,channel,type,campaign_id\n");
        String[] channels = {"email", "sms", "push", "web"};
        String[] types = {"sent", "delivered", "open", "click", "visit"};
        for (int i = 0; i < 200; i++) {
            text.append(java.util.UUID.nameUUIDFromBytes(new byte[] {(byte) i, (byte) (i >> 8)})).append(',')
                    .append(i % 3 == 0 ? "+1512555" + (1000 + i) : "p" + i + "@example.com").append(',')
                    .append("2025-10-").append(10 + i % 19).append("T0").append(i % 10).append(":41:31Z,")
                    .append(channels[i % 4]).append(',').append(types[i % 5]).append(',')
                    .append(i % 2 == 0 ? "" : "welcome").append('\n');
        }
        Files.writeString(file, text);

        assertThat(CsvFormat.sniff(file).hasHeader()).isTrue();
    }

    @Test
    @DisplayName("a file of values only has no header, and its columns are named c1, c2, ...")
    void headerless() throws IOException {
        Path file = dir.resolve("values.csv");
        Files.writeString(file, """
                1001|anna@example.org|1980-04-01|42.50
                1002|bob@example.com|1975-11-30|7.00
                1003|carla@example.net|1990-02-14|118.20
                """);

        CsvFormat format = CsvFormat.sniff(file);

        assertThat(format.delimiter()).isEqualTo('|');
        assertThat(format.hasHeader()).isFalse();
        try (CsvReader reader = new CsvReader(file, format)) {
            assertThat(reader.columns()).containsExactly("c1", "c2", "c3", "c4");
            assertThat(reader.next()).containsExactly("1001", "anna@example.org", "1980-04-01", "42.50");
        }
    }

    @Test
    @DisplayName("a headerless file of names has no header either: its first row looks like the others")
    void headerlessNames() throws IOException {
        Path file = dir.resolve("names.csv");
        Files.writeString(file, "Robert,Alan,London\nAnna,Smith,Paris\nJoe,Miller,Berlin\n");

        assertThat(CsvFormat.sniff(file).hasHeader()).isFalse();
    }

    @Test
    @DisplayName("delimiters inside quotes, even across lines, do not mislead the delimiter guess")
    void quotedNewlines() throws IOException {
        Path file = dir.resolve("notes.csv");
        Files.writeString(file, """
                id;note;score
                1;"first line, with commas
                second line, more commas";3
                2;"plain, comma";4
                3;"a ""quoted"" word, again";5
                """);

        CsvFormat format = CsvFormat.sniff(file);

        assertThat(format.delimiter()).isEqualTo(';');
        try (CsvReader reader = new CsvReader(file, format)) {
            assertThat(reader.next()).containsExactly("1", "first line, with commas\nsecond line, more commas", "3");
        }
    }

    @Test
    @DisplayName("hints from the source options win over what sniffing finds")
    void hintsWin() throws IOException {
        Path file = dir.resolve("values.csv");
        Files.writeString(file, "a,b\nc,d\n");

        CsvFormat format = CsvSniffer.sniff(file, new CsvHints(';', StandardCharsets.ISO_8859_1, true));

        assertThat(format.delimiter()).isEqualTo(';');
        assertThat(format.charset()).isEqualTo(StandardCharsets.ISO_8859_1);
        assertThat(format.hasHeader()).isTrue();
    }

    @Test
    @DisplayName("a sample cut in the middle of a UTF-8 character is still taken for UTF-8")
    void utf8CutAtSampleEnd() {
        byte[] bytes = "name,city\nJürgen,Köln\n".getBytes(StandardCharsets.UTF_8);
        int cut = "name,city\nJürgen,K".getBytes(StandardCharsets.UTF_8).length + 1; // inside the two bytes of 'ö'

        CsvFormat format = CsvSniffer.sniff(bytes, cut, true, CsvHints.none());

        assertThat(format.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(List.of(format.delimiter())).containsExactly(',');
    }
}
