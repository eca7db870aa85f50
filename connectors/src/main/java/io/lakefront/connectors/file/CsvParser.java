package io.lakefront.connectors.file;

import io.lakefront.domain.UserError;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * An RFC 4180 record splitter over a character stream. A hand-written loop over a char buffer: no
 * regular expression and no line-by-line copy, because sources run to millions of rows.
 *
 * <p>An empty unquoted field is {@code null} (a missing value); an empty quoted field {@code ""} is
 * the empty string. Entirely blank lines are skipped. Characters after a closing quote and before
 * the next delimiter are kept as part of the value, as spreadsheet programs do.
 */
final class CsvParser implements Closeable {
    private static final int EOF = -1;

    private final Reader reader;
    private final char delimiter;
    private final char quote;
    private final boolean skipInitialSpace;
    private final String sourceName;
    private final char[] buf = new char[64 * 1024];
    private final StringBuilder field = new StringBuilder();
    private int pos;
    private int limit;
    private long line = 1;
    private long recordLine;
    private boolean atEnd;
    private int expectedFields = 8;
    /** Tells a blank line from a record holding one empty quoted field. */
    private boolean lastFieldQuoted;

    CsvParser(Reader reader, CsvFormat format, String sourceName) {
        this.reader = reader;
        this.delimiter = format.delimiter();
        this.quote = format.quote();
        this.skipInitialSpace = format.skipInitialSpace();
        this.sourceName = sourceName;
    }

    /** The 1-based line on which the record last returned by {@link #next()} starts. */
    long recordLine() {
        return recordLine;
    }

    String sourceName() {
        return sourceName;
    }

    /** The next record's fields, or {@code null} at the end of the input. */
    List<String> next() throws IOException {
        while (!atEnd) {
            recordLine = line;
            List<String> record = new ArrayList<>(expectedFields);
            int terminator;
            do {
                terminator = readField(record);
            } while (terminator == delimiter);
            if (terminator == EOF) {
                atEnd = true;
            }
            boolean blankLine = record.size() == 1 && record.get(0) == null && !lastFieldQuoted;
            if (blankLine) {
                continue;
            }
            expectedFields = Math.max(expectedFields, record.size());
            return record;
        }
        return null;
    }

    /** Reads one field into the record and returns what ended it: the delimiter, '\n' or EOF. */
    private int readField(List<String> record) throws IOException {
        int c = read();
        if (skipInitialSpace) {
            while (c == ' ') {
                c = read();
            }
        }
        if (c == quote) {
            lastFieldQuoted = true;
            return readQuoted(record);
        }
        lastFieldQuoted = false;
        if (c == EOF) {
            record.add(null);
            return EOF;
        }
        pos--; // c came from the buffer: step back so that the scan below sees it
        return readUnquoted(record);
    }

    private int readUnquoted(List<String> record) throws IOException {
        int start = pos;
        boolean spilled = false;
        while (true) {
            while (pos < limit) {
                char ch = buf[pos];
                if (ch == delimiter || ch == '\n' || ch == '\r') {
                    break;
                }
                pos++;
            }
            if (pos < limit) {
                break;
            }
            // The field runs past the buffer: keep what we have and read on.
            if (!spilled) {
                field.setLength(0);
                spilled = true;
            }
            field.append(buf, start, pos - start);
            if (!fill()) {
                record.add(field.length() == 0 ? null : field.toString());
                return EOF;
            }
            start = pos;
        }
        if (spilled) {
            field.append(buf, start, pos - start);
            record.add(field.length() == 0 ? null : field.toString());
        } else {
            record.add(pos == start ? null : new String(buf, start, pos - start));
        }
        return terminator(buf[pos++]);
    }

    private int readQuoted(List<String> record) throws IOException {
        long quoteLine = line;
        field.setLength(0);
        while (true) {
            int c = read();
            if (c == EOF) {
                throw new UserError(sourceName + ":" + quoteLine + ": a quoted field is never closed (missing " + quote + ")");
            }
            if (c == quote) {
                int after = read();
                if (after == quote) {
                    field.append(quote);
                    continue;
                }
                return afterClosingQuote(after, record);
            }
            if (c == '\n') {
                line++;
            }
            field.append((char) c);
        }
    }

    private int afterClosingQuote(int c, List<String> record) throws IOException {
        while (c != EOF && c != delimiter && c != '\n' && c != '\r') {
            field.append((char) c);
            c = read();
        }
        record.add(field.toString());
        return c == EOF ? EOF : terminator((char) c);
    }

    /** Maps the character that ended a field to delimiter or '\n', consuming the '\n' of a CRLF. */
    private int terminator(char ch) throws IOException {
        if (ch == delimiter) {
            return delimiter;
        }
        if (ch == '\r') {
            int next = read();
            if (next != '\n' && next != EOF) {
                pos--;
            }
        }
        line++;
        return '\n';
    }

    private int read() throws IOException {
        if (pos >= limit && !fill()) {
            return EOF;
        }
        return buf[pos++];
    }

    private boolean fill() throws IOException {
        int n;
        do {
            n = reader.read(buf, 0, buf.length);
        } while (n == 0);
        pos = 0;
        limit = Math.max(n, 0);
        return n > 0;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
