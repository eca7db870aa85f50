package io.lakefront.connectors.file;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** The project's shared test data (FEBRL, Splink's fake_1000), skipped only where the folder is missing. */
final class SharedData {
    private SharedData() {
    }

    static Path file(String relative) {
        String root = System.getProperty("lakefront.shared.data", "../shared/data");
        Path file = Path.of(root).resolve(relative);
        assumeTrue(Files.isRegularFile(file), "shared test data missing: " + file);
        return file;
    }
}
