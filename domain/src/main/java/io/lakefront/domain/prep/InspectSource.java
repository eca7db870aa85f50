package io.lakefront.domain.prep;

import io.lakefront.domain.UserError;
import io.lakefront.domain.governance.Actor;
import io.lakefront.domain.governance.Permission;
import io.lakefront.domain.source.RowStream;
import io.lakefront.domain.source.Source;
import io.lakefront.domain.source.SourceReader;
import io.lakefront.domain.task.TaskContext;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the first rows of a source the way a sync will read it, and tags its columns, without staging
 * or saving anything: the Add source wizard's test step and {@code inspect FILE}. A source that cannot
 * be read (no such file, a wrong password, an unknown table) fails here, before it is added.
 */
public final class InspectSource {
    /** Rows read to decide the tags, as {@code inspect} reads by default. */
    public static final int SAMPLE_ROWS = 2_000;
    private static final int CHECK_EVERY = 500;

    private final SourceReader reader;
    private final TagColumns tagger;

    public InspectSource(SourceReader reader, TagColumns tagger) {
        this.reader = reader;
        this.tagger = tagger;
    }

    /**
     * @param source a source as it would be added (see {@link io.lakefront.domain.source.AddSource#check});
     *               it need not be registered
     * @param shown  how many of the first rows to return for a preview grid
     */
    public SourceInspection inspect(Actor actor, Source source, int shown, TaskContext context) {
        actor.require(Permission.MANAGE_SOURCES);
        List<String> columns;
        List<List<String>> rows;
        try (RowStream stream = reader.open(source)) {
            columns = List.copyOf(stream.columns());
            rows = read(stream, SAMPLE_ROWS, context);
        } catch (IOException | java.io.UncheckedIOException e) {
            String message = e.getMessage() == null ? e.toString() : e.getMessage();
            throw new UserError("source '" + source.name() + "' (" + shownLocation(source) + "): " + message, e);
        }
        context.checkCancelled();
        List<ColumnTagging> tags = tagger.tag(ColumnSamples.of(columns, rows));
        return new SourceInspection(columns, rows.subList(0, Math.min(shown, rows.size())), tags, rows.size());
    }

    /** The first rows of a stream, at most {@code maxRows}; each row as read, {@code null} for a missing value. */
    public static List<List<String>> read(RowStream stream, int maxRows, TaskContext context) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        List<String> row;
        while (rows.size() < maxRows && (row = stream.next()) != null) {
            rows.add(java.util.Collections.unmodifiableList(new ArrayList<>(row)));
            if (rows.size() % CHECK_EVERY == 0) {
                context.checkCancelled();
            }
        }
        return rows;
    }

    /** Per-column samples of rows read with {@link #read}, for the tagger. */
    public static List<ColumnSample> samples(List<String> columns, List<List<String>> rows) {
        return ColumnSamples.of(columns, rows);
    }

    /** A JDBC URL may carry a password: show only up to its first {@code ?} or {@code ;}. */
    private static String shownLocation(Source source) {
        String location = source.location();
        int cut = location.length();
        for (char c : new char[] {'?', ';'}) {
            int at = location.indexOf(c);
            if (at >= 0 && at < cut) {
                cut = at;
            }
        }
        return location.substring(0, cut);
    }
}
