package io.lakefront.domain.prep;

import io.lakefront.domain.UserError;
import io.lakefront.domain.governance.Actor;
import io.lakefront.domain.governance.Permission;
import io.lakefront.domain.source.SourceStore;
import io.lakefront.domain.task.TaskContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;

/**
 * Writes the quarantined values of a source that match a filter to a CSV file with the header
 * {@value #HEADER_TEXT} ({@code quarantine NAME --out FILE} and the quarantine viewer's Export).
 * Values stream from the store to the file; a failed or cancelled export leaves no file behind.
 */
public final class ExportQuarantine {
    static final String HEADER_TEXT = "source,record_id,column,value,reason";
    public static final List<String> HEADER = List.of(HEADER_TEXT.split(","));
    private static final int PROGRESS_EVERY = 1_000;

    private final SourceStore sources;
    private final QuarantineStore quarantine;
    private final CsvFiles files;

    public ExportQuarantine(SourceStore sources, QuarantineStore quarantine, CsvFiles files) {
        this.sources = sources;
        this.quarantine = quarantine;
        this.files = files;
    }

    /** @return how many values were written */
    public long export(Actor actor, String sourceName, QuarantineFilter filter, long limit, Path file, TaskContext context) {
        actor.require(Permission.VIEW_PERSONAL_DATA);
        if (sources.find(sourceName).isEmpty()) {
            throw new UserError("no source named '" + sourceName + "'");
        }
        long total = filter.all() ? Math.min(limit, quarantine.count(sourceName)) : -1;
        long[] counts = new long[2]; // read, written
        try (CsvFiles.Writer out = files.create(file, HEADER)) {
            quarantine.forEach(sourceName, filter.all() ? limit : Long.MAX_VALUE, value -> {
                if (++counts[0] % PROGRESS_EVERY == 0) {
                    if (context.cancelled()) {
                        throw new CancellationException("cancelled");
                    }
                    context.progress(counts[0], total);
                }
                if (counts[1] < limit && filter.matches(value)) {
                    write(out, value);
                    counts[1]++;
                }
            });
            context.checkCancelled();
            out.commit();
            context.progress(counts[0], counts[0]);
            return counts[1];
        } catch (UncheckedIOException e) {
            throw new UserError(file + ": " + e.getCause().getMessage(), e.getCause());
        } catch (IOException e) {
            throw new UserError(file + ": " + e.getMessage(), e);
        }
    }

    private static void write(CsvFiles.Writer out, QuarantinedValue value) {
        try {
            out.write(Arrays.asList(value.source(), value.recordId(), value.column(), value.rawValue(), value.reason()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
