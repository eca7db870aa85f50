package io.lakefront.domain.demo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Test sink: keeps every table in memory, and can fingerprint all that was written. */
final class RecordingSink implements TableSink {
    final Map<String, List<String>> headers = new LinkedHashMap<>();
    final Map<String, List<List<String>>> tables = new LinkedHashMap<>();
    final List<String> closed = new ArrayList<>();

    @Override
    public RowWriter open(String fileName, List<String> header) {
        headers.put(fileName, List.copyOf(header));
        List<List<String>> rows = new ArrayList<>();
        tables.put(fileName, rows);
        return new RowWriter() {
            @Override
            public void write(List<String> values) {
                if (values.size() != header.size()) {
                    throw new AssertionError(fileName + ": " + values.size() + " values for " + header.size() + " columns");
                }
                rows.add(List.copyOf(values));
            }

            @Override
            public void close() {
                closed.add(fileName);
            }
        };
    }

    List<List<String>> rows(String file) {
        return tables.get(file);
    }

    /** Rows of a table as column-name → value maps. */
    List<Map<String, String>> records(String file) {
        List<String> header = headers.get(file);
        List<Map<String, String>> records = new ArrayList<>();
        for (List<String> row : tables.get(file)) {
            Map<String, String> record = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                record.put(header.get(i), row.get(i));
            }
            records.add(record);
        }
        return records;
    }

    /** SHA-256 over file names, headers and rows in the order they were written. */
    String digest() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            tables.forEach((file, rows) -> {
                sha.update(file.getBytes(StandardCharsets.UTF_8));
                sha.update(String.join("\u001f", headers.get(file)).getBytes(StandardCharsets.UTF_8));
                for (List<String> row : rows) {
                    sha.update(String.join("\u001f", row).getBytes(StandardCharsets.UTF_8));
                    sha.update((byte) '\n');
                }
            });
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
