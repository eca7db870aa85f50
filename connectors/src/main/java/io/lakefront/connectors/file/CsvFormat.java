package io.lakefront.connectors.file;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;

/**
 * How a delimited text file is written: what {@link CsvSniffer} finds out from its first bytes, and
 * what {@link CsvReader} needs to read it.
 *
 * @param delimiter        one of {@code , ; \t |} when sniffed
 * @param quote            the character that encloses fields holding delimiters, quotes or line breaks
 * @param charset          UTF-8, UTF-16LE/BE (from a byte order mark) or ISO-8859-1
 * @param hasHeader        whether the first record names the columns; without one they are {@code c1, c2, ...}
 * @param bom              whether the file starts with a byte order mark, which the reader skips
 * @param skipInitialSpace whether a space after each delimiter belongs to the layout rather than the
 *                         value, as in FEBRL's {@code rec_id, given_name, surname}
 */
public record CsvFormat(char delimiter, char quote, Charset charset, boolean hasHeader, boolean bom,
                        boolean skipInitialSpace) {
    public CsvFormat {
        Objects.requireNonNull(charset, "charset");
        if (delimiter == quote || delimiter == '\n' || delimiter == '\r') {
            throw new IllegalArgumentException("the delimiter cannot be '" + delimiter + "'");
        }
    }

    /** Comma-separated UTF-8 with a header, as every file Lakefront writes (CONTRACTS.md §2). */
    public static CsvFormat standard() {
        return new CsvFormat(',', '"', StandardCharsets.UTF_8, true, false, false);
    }

    /** Sniffs the format of a file from its first bytes. */
    public static CsvFormat sniff(Path file) throws IOException {
        return CsvSniffer.sniff(file, CsvHints.none());
    }

    /** Bytes of the byte order mark at the start of the file, which are not part of the text. */
    public int bomLength() {
        if (!bom) {
            return 0;
        }
        return charset.equals(StandardCharsets.UTF_8) ? 3 : 2;
    }

    public CsvFormat withDelimiter(char newDelimiter) {
        return new CsvFormat(newDelimiter, quote, charset, hasHeader, bom, skipInitialSpace);
    }

    public CsvFormat withHeader(boolean header) {
        return new CsvFormat(delimiter, quote, charset, header, bom, skipInitialSpace);
    }
}
