package io.lakefront.app.prep;

import io.lakefront.connectors.CompositeSourceReader;
import io.lakefront.domain.UserError;
import io.lakefront.domain.prep.ColumnSample;
import io.lakefront.domain.source.RowStream;
import io.lakefront.domain.source.Source;
import io.lakefront.domain.source.SourceKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads the first rows of a file or folder, the way a new source is read, into per-column samples. */
public final class FileSampler {
    private FileSampler() {
    }

    public static List<ColumnSample> sample(Path path, int maxRows) throws IOException {
        if (!Files.exists(path)) {
            throw new UserError(path + ": no such file");
        }
        SourceKind kind = Files.isDirectory(path) ? SourceKind.FOLDER : SourceKind.FILE;
        Source source = new Source("inspected", kind, path.toAbsolutePath().toString(), Map.of(), Instant.EPOCH);
        try (RowStream rows = CompositeSourceReader.standard().open(source)) {
            List<String> columns = rows.columns();
            List<List<String>> values = new ArrayList<>();
            for (int i = 0; i < columns.size(); i++) {
                values.add(new ArrayList<>());
            }
            List<String> row;
            int read = 0;
            while (read < maxRows && (row = rows.next()) != null) {
                for (int i = 0; i < columns.size(); i++) {
                    values.get(i).add(i < row.size() ? row.get(i) : null);
                }
                read++;
            }
            List<ColumnSample> samples = new ArrayList<>();
            for (int i = 0; i < columns.size(); i++) {
                samples.add(new ColumnSample(columns.get(i), values.get(i)));
            }
            return samples;
        }
    }
}
