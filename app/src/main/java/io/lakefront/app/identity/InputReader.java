package io.lakefront.app.identity;

import io.lakefront.domain.UserError;
import io.lakefront.domain.identity.PersonRecord;
import io.lakefront.domain.identity.mapping.InvalidValue;
import io.lakefront.domain.identity.mapping.MappedRow;
import io.lakefront.domain.identity.mapping.RecordMapping;
import io.lakefront.domain.prep.ColumnSample;
import io.lakefront.domain.prep.ColumnTagging;
import io.lakefront.domain.prep.NormalizationRules;
import io.lakefront.domain.prep.TagColumns;
import io.lakefront.domain.source.RowStream;
import io.lakefront.domain.source.Source;
import io.lakefront.domain.source.SourceKind;
import io.lakefront.domain.source.SourceReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Reads one CSV / JSON Lines file (or folder) into person records in a single streaming pass: the
 * first rows are held back as the sample the columns are tagged on, then every row is mapped —
 * parsed in order on the calling thread, mapped in batches on all cores.
 */
public final class InputReader {
    /** Rows the tagger looks at, as {@code inspect} does. */
    public static final int SAMPLE_ROWS = 2000;
    private static final int BATCH_ROWS = 4096;
    /** Batches handed to other cores and not mapped yet, at most. */
    private static final int IN_FLIGHT = 2 * Runtime.getRuntime().availableProcessors();

    private final SourceReader reader;
    private final TagColumns tagger;
    private final NormalizationRules rules;

    public InputReader(SourceReader reader, TagColumns tagger, NormalizationRules rules) {
        this.reader = reader;
        this.tagger = tagger;
        this.rules = rules;
    }

    /**
     * @param idColumn the column holding record ids, or {@code null} to use the column tagged as the
     *                 file's record id when its values are unique, else the 1-based data row number
     */
    public ReadInput read(Path file, String idColumn) throws IOException {
        if (!Files.exists(file)) {
            throw new UserError(file + ": no such file");
        }
        String sourceName = file.getFileName().toString();
        SourceKind kind = Files.isDirectory(file) ? SourceKind.FOLDER : SourceKind.FILE;
        Source source = new Source("input", kind, file.toAbsolutePath().toString(), Map.of(), Instant.EPOCH);
        try (RowStream rows = reader.open(source)) {
            List<String> columns = rows.columns();
            int explicitId = idColumn == null ? -1 : columnIndex(file, columns, idColumn);
            List<List<String>> sample = new ArrayList<>();
            List<String> row;
            while (sample.size() < SAMPLE_ROWS && (row = rows.next()) != null) {
                sample.add(row);
            }
            RecordMapping mapping = RecordMapping.of(samples(columns, sample), tag(columns, sample), rules);
            RecordIds ids = explicitId >= 0
                    ? RecordIds.fromColumn(file, columns.get(explicitId), explicitId, true)
                    : mapping.recordIdColumn().isPresent()
                    ? RecordIds.fromColumn(file, columns.get(mapping.recordIdColumn().getAsInt()),
                            mapping.recordIdColumn().getAsInt(), false)
                    : RecordIds.rowNumbers();
            // Rows are parsed here, in order; batches of them are mapped on all cores meanwhile.
            List<CompletableFuture<Batch>> batches = new ArrayList<>();
            List<List<String>> batch = new ArrayList<>(BATCH_ROWS);
            for (List<String> sampled : sample) {
                ids.take(sampled);
                batch.add(sampled);
            }
            sample.clear();
            int settled = 0;
            while ((row = rows.next()) != null) {
                if (batch.size() == BATCH_ROWS) {
                    while (settled < batches.size() && batches.get(settled).isDone()) {
                        settled++;
                    }
                    // When mapping lags, this thread maps a batch itself: both cores work, raw rows die young.
                    batches.add(batches.size() - settled < IN_FLIGHT ? map(batch, mapping)
                            : CompletableFuture.completedFuture(mapNow(batch, mapping)));
                    batch = new ArrayList<>(BATCH_ROWS);
                }
                ids.take(row);
                batch.add(row);
            }
            batches.add(map(batch, mapping));
            List<PersonRecord> records = new ArrayList<>();
            Map<String, Integer> invalid = new LinkedHashMap<>();
            for (CompletableFuture<Batch> pending : batches) {
                Batch mapped = join(pending);
                for (Map<String, String> fields : mapped.fields()) {
                    records.add(new PersonRecord(sourceName, ids.idOf(records.size()), fields));
                }
                mapped.invalid().forEach((column, count) -> invalid.merge(column, count, Integer::sum));
            }
            return new ReadInput(file, sourceName, records, mapping, ids.origin(), invalid);
        }
    }

    /** Mapped rows of one batch, in order, and its rejected values per column. */
    private record Batch(List<Map<String, String>> fields, Map<String, Integer> invalid) {
    }

    private static CompletableFuture<Batch> map(List<List<String>> rows, RecordMapping mapping) {
        return CompletableFuture.supplyAsync(() -> mapNow(rows, mapping));
    }

    private static Batch mapNow(List<List<String>> rows, RecordMapping mapping) {
        List<Map<String, String>> fields = new ArrayList<>(rows.size());
        Map<String, Integer> invalid = new LinkedHashMap<>();
        for (List<String> row : rows) {
            MappedRow mapped = mapping.map(row);
            fields.add(Map.copyOf(mapped.fields()));
            for (InvalidValue value : mapped.invalid()) {
                invalid.merge(value.column(), 1, Integer::sum);
            }
        }
        return new Batch(fields, invalid);
    }

    private static Batch join(CompletableFuture<Batch> pending) {
        try {
            return pending.join();
        } catch (CompletionException failed) {
            if (failed.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw failed;
        }
    }

    private List<ColumnTagging> tag(List<String> columns, List<List<String>> sample) {
        return tagger.tag(samples(columns, sample));
    }

    private static List<ColumnSample> samples(List<String> columns, List<List<String>> rows) {
        List<ColumnSample> samples = new ArrayList<>(columns.size());
        for (int c = 0; c < columns.size(); c++) {
            List<String> values = new ArrayList<>(rows.size());
            for (List<String> row : rows) {
                values.add(c < row.size() ? row.get(c) : null);
            }
            samples.add(new ColumnSample(columns.get(c), values));
        }
        return samples;
    }

    /** The column of that name: exactly, else ignoring case and surrounding spaces. */
    static int columnIndex(Path file, List<String> columns, String name) {
        int exact = columns.indexOf(name);
        if (exact >= 0) {
            return exact;
        }
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c) != null && columns.get(c).strip().toLowerCase(Locale.ROOT).equals(wanted)) {
                return c;
            }
        }
        throw new UserError(file + ": no column named '" + name + "' for --id-column (columns: "
                + String.join(", ", columns) + ")");
    }

    /** Record ids as the rows stream by: from a column (checked unique) or the data row numbers. */
    private static final class RecordIds {
        private final Path file;
        private final String column;
        private final int position;
        private final boolean required;
        private final Map<String, Integer> rowOfId = new HashMap<>();
        private final List<String> ids = new ArrayList<>();
        private boolean usable;

        private RecordIds(Path file, String column, int position, boolean required) {
            this.file = file;
            this.column = column;
            this.position = position;
            this.required = required;
            this.usable = position >= 0;
        }

        static RecordIds fromColumn(Path file, String column, int position, boolean required) {
            return new RecordIds(file, column, position, required);
        }

        static RecordIds rowNumbers() {
            return new RecordIds(null, null, -1, false);
        }

        void take(List<String> row) {
            if (!usable) {
                return;
            }
            int dataRow = ids.size() + 1;
            String value = position < row.size() ? row.get(position) : null;
            String id = value == null ? "" : value.strip();
            Integer earlier = id.isEmpty() ? null : rowOfId.putIfAbsent(id, dataRow);
            if (id.isEmpty() || earlier != null) {
                if (required) {
                    throw new UserError(file + ": " + (id.isEmpty()
                            ? "data row " + dataRow + " has no value in id column '" + column + "'"
                            : "id '" + id + "' in column '" + column + "' appears on data rows " + earlier + " and "
                              + dataRow + "; record ids must be unique"));
                }
                // The tagged id column is not a key after all: fall back to row numbers for the whole file.
                usable = false;
                ids.clear();
                rowOfId.clear();
                return;
            }
            ids.add(id);
        }

        String idOf(int index) {
            return usable ? ids.get(index) : String.valueOf(index + 1);
        }

        String origin() {
            if (usable) {
                return "column '" + column + "'";
            }
            return column == null ? "row numbers" : "row numbers (column '" + column + "' is not unique)";
        }
    }
}
