package io.lakefront.app.prep;

import io.lakefront.connectors.CompositeSourceReader;
import io.lakefront.domain.UserError;
import io.lakefront.domain.prep.ColumnSample;
import io.lakefront.domain.prep.InspectSource;
import io.lakefront.domain.source.RowStream;
import io.lakefront.domain.source.Source;
import io.lakefront.domain.source.SourceKind;
import io.lakefront.domain.task.TaskContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
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
            return InspectSource.samples(rows.columns(), InspectSource.read(rows, maxRows, TaskContext.silent()));
        }
    }
}
