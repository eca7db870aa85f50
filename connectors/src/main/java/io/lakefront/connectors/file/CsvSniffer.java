package io.lakefront.connectors.file;

import io.lakefront.domain.UserError;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Guesses a delimited file's {@link CsvFormat} from its first 64 KiB. */
public final class CsvSniffer {
    static final int SAMPLE_BYTES = 64 * 1024;
    private static final char[] DELIMITERS = {',', ';', '\t', '|'};
    private static final int SAMPLE_RECORDS = 200;
    private static final char QUOTE = '"';

    private CsvSniffer() {
    }

    public static CsvFormat sniff(Path file, CsvHints hints) throws IOException {
        byte[] sample = new byte[SAMPLE_BYTES];
        int length;
        long size;
        try (InputStream in = Files.newInputStream(file)) {
            length = in.readNBytes(sample, 0, SAMPLE_BYTES);
            size = Files.size(file);
        } catch (NoSuchFileException e) {
            throw new UserError(file + ": no such file");
        }
        return sniff(sample, length, length < size, hints);
    }

    /**
     * @param truncated whether the file goes on after the sample, so that its last record may be cut short
     */
    static CsvFormat sniff(byte[] sample, int length, boolean truncated, CsvHints hints) {
        TextEncoding detected = TextEncoding.detect(sample, length);
        boolean bom = detected.bom();
        Charset charset = hints.charset() != null ? hints.charset() : detected.charset();
        int skip = !bom ? 0 : detected.charset().equals(StandardCharsets.UTF_8) ? 3 : 2;
        String text = new String(sample, skip, length - skip, charset);
        if (truncated) {
            int lastBreak = text.lastIndexOf('\n');
            text = lastBreak > 0 ? text.substring(0, lastBreak + 1) : text;
        }
        char delimiter = hints.delimiter() != null ? hints.delimiter() : delimiter(text);
        List<List<String>> raw = records(text, delimiter, false);
        boolean skipInitialSpace = spaceFollowsEveryDelimiter(raw);
        List<List<String>> records = skipInitialSpace ? records(text, delimiter, true) : raw;
        boolean header = hints.header() != null ? hints.header() : HeaderGuess.hasHeader(records);
        return new CsvFormat(delimiter, QUOTE, charset, header, bom, skipInitialSpace);
    }

    /** The candidate that splits the most records into the same number of fields (more than one). */
    private static char delimiter(String text) {
        char best = ',';
        double bestConsistency = 0;
        int bestFields = 1;
        for (char candidate : DELIMITERS) {
            List<List<String>> records = records(text, candidate, false);
            if (records.isEmpty()) {
                continue;
            }
            Map<Integer, Integer> counts = new HashMap<>();
            for (List<String> record : records) {
                counts.merge(record.size(), 1, Integer::sum);
            }
            int modeFields = 1;
            int modeCount = 0;
            for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
                if (e.getValue() > modeCount || (e.getValue() == modeCount && e.getKey() > modeFields)) {
                    modeFields = e.getKey();
                    modeCount = e.getValue();
                }
            }
            if (modeFields < 2) {
                continue;
            }
            double consistency = (double) modeCount / records.size();
            // A decimal comma in a ';' file splits each line consistently too, but into fewer fields.
            boolean better = consistency > bestConsistency + 1e-9
                    || (Math.abs(consistency - bestConsistency) <= 1e-9 && modeFields > bestFields);
            if (better) {
                best = candidate;
                bestConsistency = consistency;
                bestFields = modeFields;
            }
        }
        return best;
    }

    private static boolean spaceFollowsEveryDelimiter(List<List<String>> records) {
        int followers = 0;
        for (List<String> record : records) {
            for (int i = 1; i < record.size(); i++) {
                String field = record.get(i);
                if (field == null || field.charAt(0) != ' ') {
                    return false;
                }
                followers++;
            }
        }
        return followers > 0;
    }

    private static List<List<String>> records(String text, char delimiter, boolean skipInitialSpace) {
        CsvFormat format = new CsvFormat(delimiter, QUOTE, Charset.defaultCharset(), false, false, skipInitialSpace);
        List<List<String>> records = new ArrayList<>();
        try (CsvParser parser = new CsvParser(new StringReader(text), format, "sample")) {
            List<String> record;
            while (records.size() < SAMPLE_RECORDS && (record = parser.next()) != null) {
                records.add(record);
            }
        } catch (UserError | IOException e) {
            // An unterminated quote in a sample cut short: the records before it still tell.
        }
        return records;
    }

    /** Whether the first record names the columns rather than holding values. */
    static final class HeaderGuess {
        /** At most this many distinct values over many rows makes a column a code list. */
        private static final int LOW_CARDINALITY = 12;

        private HeaderGuess() {
        }

        static boolean hasHeader(List<List<String>> records) {
            if (records.isEmpty()) {
                return false;
            }
            List<String> first = records.get(0);
            Set<String> seen = new HashSet<>();
            for (String name : first) {
                if (name == null || name.isBlank() || looksNumeric(name) || !seen.add(name.trim())) {
                    return false;
                }
            }
            List<List<String>> data = records.subList(1, records.size());
            if (data.isEmpty()) {
                return first.stream().allMatch(name -> name.trim().matches("[\\p{L}_][\\p{L}\\p{N}_ .-]{0,63}"));
            }
            int votes = 0;
            for (int column = 0; column < first.size(); column++) {
                votes += vote(first.get(column).trim(), column, data);
            }
            return votes > 0;
        }

        /**
         * Evidence from one column, positive for a header: a name above numbers or dates is strong
         * evidence (+2), a name shaped unlike the values ({@code email} above {@code a@b.org},
         * {@code city} above {@code Köln}) some (+1); a first value shaped like the rest counts
         * against (-1), and one that repeats among them strongly (-2). A column of few distinct
         * values ({@code email}, {@code sms}, {@code web}) that never holds the candidate is strong
         * evidence (+2): a value would have repeated, a name does not.
         */
        private static int vote(String candidate, int column, List<List<String>> data) {
            Map<String, Integer> shapes = new HashMap<>();
            Set<String> distinct = new HashSet<>();
            int values = 0;
            int numeric = 0;
            for (List<String> row : data) {
                String value = column < row.size() ? row.get(column) : null;
                if (value == null || value.isBlank()) {
                    continue;
                }
                value = value.trim();
                if (value.equals(candidate)) {
                    return -2;
                }
                shapes.merge(shape(value), 1, Integer::sum);
                if (distinct.size() <= LOW_CARDINALITY) {
                    distinct.add(value);
                }
                values++;
                if (looksNumeric(value)) {
                    numeric++;
                }
            }
            if (values == 0) {
                return 0;
            }
            if (numeric * 5 >= values * 4) {
                return 2;
            }
            if (values >= 4 * LOW_CARDINALITY && distinct.size() <= LOW_CARDINALITY) {
                return 2;
            }
            String candidateShape = shape(candidate);
            Map.Entry<String, Integer> dominant = shapes.entrySet().stream()
                    .max(Map.Entry.comparingByValue()).orElseThrow();
            if (dominant.getKey().equals(candidateShape)) {
                return -1;
            }
            if (dominant.getValue() * 2 >= values && !shapes.containsKey(candidateShape)) {
                return 1;
            }
            return 0;
        }

        static boolean looksNumeric(String value) {
            boolean digit = false;
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (Character.isDigit(c)) {
                    digit = true;
                } else if (".,-+/: ".indexOf(c) < 0) {
                    return false;
                }
            }
            return digit;
        }

        /**
         * Lower-case letters become {@code a}, capitals {@code A}, digits {@code 9}, and runs collapse:
         * {@code rec-12-org} becomes {@code a-9-a}, {@code Köln} {@code Aa}.
         */
        static String shape(String value) {
            StringBuilder shape = new StringBuilder();
            char last = 0;
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                char cls = Character.isUpperCase(c) ? 'A' : Character.isLetter(c) ? 'a' : Character.isDigit(c) ? '9' : Character.isWhitespace(c) ? ' ' : c;
                if (cls != last) {
                    shape.append(cls);
                    last = cls;
                }
            }
            return shape.toString();
        }
    }
}
