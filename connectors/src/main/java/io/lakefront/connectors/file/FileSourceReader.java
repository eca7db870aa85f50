package io.lakefront.connectors.file;

import io.lakefront.domain.UserError;
import io.lakefront.domain.source.RowStream;
import io.lakefront.domain.source.Source;
import io.lakefront.domain.source.SourceKind;
import io.lakefront.domain.source.SourceReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Opens {@link SourceKind#FILE} and {@link SourceKind#FOLDER} sources.
 *
 * <p>Options: {@code format} ({@code csv} | {@code jsonl}; otherwise from the extension), and for CSV
 * {@code delimiter}, {@code encoding}, {@code header} ({@code true}/{@code false}), each overriding
 * what sniffing finds. A folder is every file of a known format in it (or of the {@code format}
 * option), sorted by name, read one after another as one stream under the union of their columns.
 */
public final class FileSourceReader implements SourceReader {

    @Override
    public RowStream open(Source source) throws IOException {
        Path location = Path.of(source.location());
        return switch (source.kind()) {
            case FILE -> openFile(location, source.options());
            case FOLDER -> openFolder(location, source.options());
            default -> throw new IllegalArgumentException("not a file source: " + source.kind());
        };
    }

    /** Reads one file the way a new source is read (the {@code inspect} command uses this too). */
    public RowStream openFile(Path file, Map<String, String> options) throws IOException {
        if (!Files.exists(file)) {
            throw new UserError(file + ": no such file");
        }
        if (Files.isDirectory(file)) {
            throw new UserError(file + ": is a folder, not a file");
        }
        FileFormat format = formatOf(file, options).orElseThrow(() -> new UserError(
                file + ": unknown file type; name it .csv, .tsv, .txt, .jsonl or .ndjson, or set the option format"));
        return switch (format) {
            case CSV -> new CsvReader(file, CsvSniffer.sniff(file, hints(file, options)));
            case JSONL -> new JsonLinesReader(file);
        };
    }

    /** Reads every matching file of a folder as one stream. */
    public RowStream openFolder(Path folder, Map<String, String> options) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new UserError(folder + ": no such folder");
        }
        List<Path> files = filesIn(folder, options);
        if (files.isEmpty()) {
            throw new UserError(folder + ": no .csv, .tsv, .txt, .jsonl or .ndjson files in this folder");
        }
        return FolderRowStream.open(files, file -> openFile(file, options));
    }

    private static List<Path> filesIn(Path folder, Map<String, String> options) throws IOException {
        Optional<FileFormat> wanted = Optional.ofNullable(options.get(FileFormat.OPTION)).map(FileFormat::fromOption);
        List<Path> files = new ArrayList<>();
        try (Stream<Path> entries = Files.list(folder)) {
            entries.filter(Files::isRegularFile)
                    .filter(file -> !file.getFileName().toString().startsWith("."))
                    .filter(file -> {
                        Optional<FileFormat> format = FileFormat.fromExtension(file);
                        return format.isPresent() && wanted.map(format.get()::equals).orElse(true);
                    })
                    .sorted()
                    .forEach(files::add);
        }
        return files;
    }

    private static Optional<FileFormat> formatOf(Path file, Map<String, String> options) {
        String option = options.get(FileFormat.OPTION);
        if (option != null && !option.isBlank()) {
            return Optional.of(FileFormat.fromOption(option));
        }
        return FileFormat.fromExtension(file);
    }

    private static CsvHints hints(Path file, Map<String, String> options) {
        CsvHints hints = CsvHints.fromOptions(options);
        boolean tsv = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".tsv");
        return tsv ? hints.orDelimiter('\t') : hints;
    }
}
