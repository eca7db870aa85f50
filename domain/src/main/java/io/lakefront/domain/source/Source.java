package io.lakefront.domain.source;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A registered source of customer records.
 *
 * @param name     short unique name in the user's words ("crm", "webshop"); also names its staging table
 * @param location a file or folder path, or a JDBC URL
 * @param options  reader options (format, delimiter, encoding, table, watermark column, ...)
 */
public record Source(String name, SourceKind kind, String location, Map<String, String> options, Instant addedAt) {
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,39}");

    public Source {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(addedAt, "addedAt");
        options = Map.copyOf(options);
    }

    /** Names are lower-case identifiers so that they can name tables and files safely. */
    public static boolean isValidName(String name) {
        return name != null && NAME.matcher(name).matches();
    }

    public String option(String key, String fallback) {
        return options.getOrDefault(key, fallback);
    }
}
