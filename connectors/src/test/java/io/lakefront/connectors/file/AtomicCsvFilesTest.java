package io.lakefront.connectors.file;

import static org.assertj.core.api.Assertions.assertThat;

import io.lakefront.domain.prep.CsvFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicCsvFilesTest {
    @TempDir
    Path folder;

    @Test
    void aCommittedFileHoldsTheHeaderAndRfc4180Rows() throws Exception {
        Path file = folder.resolve("quarantine.csv");
        try (CsvFiles.Writer out = new AtomicCsvFiles().create(file, List.of("record_id", "value", "reason"))) {
            out.write(Arrays.asList("C-1", "Smith, \"Jr\"", null));
            out.write(List.of("C-2", "line\nbreak", "ok"));
            out.commit();
        }

        assertThat(Files.readString(file, StandardCharsets.UTF_8))
                .isEqualTo("record_id,value,reason\nC-1,\"Smith, \"\"Jr\"\"\",\nC-2,\"line\nbreak\",ok\n");
        assertThat(folder.toFile().list()).containsExactly("quarantine.csv");
    }

    @Test
    void withoutACommitThePreviousFileStaysAndNoTemporaryFileIsLeft() throws Exception {
        Path file = folder.resolve("quarantine.csv");
        Files.writeString(file, "before\n");

        try (CsvFiles.Writer out = new AtomicCsvFiles().create(file, List.of("a"))) {
            out.write(List.of("x"));
        }

        assertThat(Files.readString(file)).isEqualTo("before\n");
        assertThat(folder.toFile().list()).containsExactly("quarantine.csv");
    }
}
