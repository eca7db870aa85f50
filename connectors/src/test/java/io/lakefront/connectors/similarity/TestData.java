package io.lakefront.connectors.similarity;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.lakefront.domain.identity.PersonRecord;
import io.lakefront.domain.identity.StandardFields;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the shared test data sets into standard person records with a hand-written column mapping,
 * keeping the ground truth apart from the records (the label must not leak into matching).
 */
final class TestData {
    record Labelled(List<PersonRecord> records, Map<String, String> truthByRecordId) {
    }

    private TestData() {
    }

    static Path sharedData() {
        String folder = System.getProperty("lakefront.shared.data", "../../shared/data");
        Path path = Path.of(folder);
        assumeTrue(Files.isDirectory(path), "shared test data not found at " + path.toAbsolutePath());
        return path;
    }

    /** FEBRL: {@code ", "}-separated; rec-N-org / rec-N-dup-K share N when they are one person. */
    static Labelled febrl(String fileName) throws IOException {
        Path file = sharedData().resolve("febrl").resolve(fileName);
        assumeTrue(Files.isRegularFile(file), "missing " + file);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<PersonRecord> records = new ArrayList<>();
        Map<String, String> truth = new HashMap<>();
        for (int line = 1; line < lines.size(); line++) {
            String[] cells = lines.get(line).split(",", -1);
            for (int i = 0; i < cells.length; i++) {
                cells[i] = cells[i].trim();
            }
            String recordId = String.valueOf(line);
            truth.put(recordId, cells[0].split("-")[1]);
            Map<String, String> fields = new HashMap<>();
            put(fields, StandardFields.GIVEN_NAME, cells[1]);
            put(fields, StandardFields.FAMILY_NAME, cells[2]);
            put(fields, StandardFields.STREET, (cells[3] + " " + cells[4]).trim());
            put(fields, StandardFields.CITY, cells[6]);
            put(fields, StandardFields.POSTCODE, cells[7]);
            put(fields, StandardFields.REGION, cells[8]);
            put(fields, StandardFields.BIRTH_DATE, isoDate(cells[9]));
            put(fields, StandardFields.NATIONAL_ID, cells[10]);
            records.add(new PersonRecord(fileName, recordId, fields));
        }
        return new Labelled(records, truth);
    }

    /** Splink's fake_1000: {@code unique_id,first_name,surname,dob,city,email,cluster}. */
    static Labelled fake1000() throws IOException {
        Path file = sharedData().resolve("splink-fake").resolve("fake_1000.csv");
        assumeTrue(Files.isRegularFile(file), "missing " + file);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<PersonRecord> records = new ArrayList<>();
        Map<String, String> truth = new HashMap<>();
        for (int line = 1; line < lines.size(); line++) {
            String[] cells = lines.get(line).split(",", -1);
            Map<String, String> fields = new HashMap<>();
            put(fields, StandardFields.GIVEN_NAME, cells[1]);
            put(fields, StandardFields.FAMILY_NAME, cells[2]);
            put(fields, StandardFields.BIRTH_DATE, cells[3]);
            put(fields, StandardFields.CITY, cells[4]);
            put(fields, StandardFields.EMAIL, cells[5]);
            records.add(new PersonRecord("fake_1000", cells[0], fields));
            truth.put(cells[0], cells[6]);
        }
        return new Labelled(records, truth);
    }

    private static String isoDate(String compact) {
        return compact.length() == 8
                ? compact.substring(0, 4) + "-" + compact.substring(4, 6) + "-" + compact.substring(6, 8)
                : compact;
    }

    private static void put(Map<String, String> fields, String field, String value) {
        if (!value.isBlank()) {
            fields.put(field, value);
        }
    }
}
