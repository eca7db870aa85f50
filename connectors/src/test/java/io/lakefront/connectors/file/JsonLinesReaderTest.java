package io.lakefront.connectors.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lakefront.domain.UserError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesReaderTest {
    @TempDir
    Path dir;

    @Test
    @DisplayName("columns are the keys in first-seen order; numbers, booleans and nested values come as text")
    void columnsAndValues() throws IOException {
        Path file = dir.resolve("events.jsonl");
        Files.writeString(file, """
                {"id": 1, "email": "a@example.org", "vip": true}
                
                {"id": 2, "amount": 12.50, "tags": ["x", "y"], "address": {"city": "Köln"}, "email": null}
                {"id": 3, "big": 1e20}
                """);

        try (JsonLinesReader reader = new JsonLinesReader(file)) {
            assertThat(reader.columns()).containsExactly("id", "email", "vip", "amount", "tags", "address", "big");
            assertThat(reader.next()).isEqualTo(Arrays.asList("1", "a@example.org", "true", null, null, null, null));
            assertThat(reader.next()).isEqualTo(Arrays.asList("2", null, null, "12.50", "[\"x\",\"y\"]",
                    "{\"city\":\"Köln\"}", null));
            assertThat(reader.line()).isEqualTo(3);
            assertThat(reader.next()).isEqualTo(Arrays.asList("3", null, null, null, null, null,
                    "100000000000000000000"));
            assertThat(reader.next()).isNull();
        }
    }

    @Test
    @DisplayName("a line that is not JSON is an error naming the file and line")
    void badLine() throws IOException {
        Path file = dir.resolve("bad.jsonl");
        Files.writeString(file, "{\"id\": 1}\n{\"id\": 2,,}\n");

        assertThatThrownBy(() -> new JsonLinesReader(file)).isInstanceOf(UserError.class)
                .hasMessageStartingWith(file + ":2: not valid JSON");
    }

    @Test
    @DisplayName("a line that is JSON but not an object is an error naming the file and line")
    void notAnObject() throws IOException {
        Path file = dir.resolve("array.jsonl");
        Files.writeString(file, "{\"id\": 1}\n[1, 2]\n");

        assertThatThrownBy(() -> new JsonLinesReader(file)).isInstanceOf(UserError.class)
                .hasMessageStartingWith(file + ":2: expected a JSON object");
    }

    @Test
    @DisplayName("keys first seen after the sampled lines are not columns, and are named for the caller")
    void keysAfterTheSample() throws IOException {
        Path file = dir.resolve("drift.jsonl");
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < JsonLinesReader.SAMPLE_LINES; i++) {
            text.append("{\"id\": ").append(i).append("}\n");
        }
        text.append("{\"id\": -1, \"late\": \"x\"}\n");
        Files.writeString(file, text);

        try (JsonLinesReader reader = new JsonLinesReader(file)) {
            int rows = 0;
            while (reader.next() != null) {
                rows++;
            }
            assertThat(rows).isEqualTo(JsonLinesReader.SAMPLE_LINES + 1);
            assertThat(reader.columns()).containsExactly("id");
            assertThat(reader.unseenKeys()).containsExactly("late");
        }
    }
}
