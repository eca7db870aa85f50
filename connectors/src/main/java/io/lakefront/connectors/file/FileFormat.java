package io.lakefront.connectors.file;

import io.lakefront.domain.UserError;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The file formats a file or folder source can hold. */
public enum FileFormat {
    CSV,
    JSONL;

    /** The source option that names the format ({@code csv} or {@code jsonl}) when the extension does not. */
    public static final String OPTION = "format";

    /** From the extension: {@code .csv .tsv .txt} are CSV, {@code .jsonl .ndjson} JSON Lines. */
    public static Optional<FileFormat> fromExtension(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv") || name.endsWith(".tsv") || name.endsWith(".txt")) {
            return Optional.of(CSV);
        }
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return Optional.of(JSONL);
        }
        return Optional.empty();
    }

    /** From the {@code format} option's value. */
    public static FileFormat fromOption(String value) {
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "csv", "tsv", "txt" -> CSV;
            case "jsonl", "ndjson", "json-lines", "jsonlines" -> JSONL;
            default -> throw new UserError("option format: expected csv or jsonl, got '" + value + "'");
        };
    }
}
