package io.lakefront.domain.prep;

import io.lakefront.domain.UserError;
import io.lakefront.domain.governance.Actor;
import io.lakefront.domain.governance.AuditEntry;
import io.lakefront.domain.governance.AuditLog;
import io.lakefront.domain.governance.Permission;
import io.lakefront.domain.source.RowStream;
import io.lakefront.domain.source.SourceStore;
import io.lakefront.domain.source.StagingStore;
import io.lakefront.domain.task.TaskContext;
import io.lakefront.domain.time.WorkspaceClock;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Prepares a synced source: tags its columns (the user's saved tags win), normalizes every staged
 * value by its column's rule into the source's prepared table, and sends every value that cannot be
 * normalized to the quarantine with its reason, keeping the record with that field empty. Rows stream
 * through in chunks, normalized on every core and written in row order ({@link PreparePipeline}); the
 * prepared table and the quarantine are replaced together only when every row is done, so a failed or
 * cancelled run leaves the previous preparation as it was. The settings used are saved for the user to
 * read and edit ({@code sources/<name>.yaml}).
 */
public final class PrepareSource {
    /** Rows the tagger and the rules' parameters (date formats, default region) are decided from. */
    static final int SAMPLE_ROWS = 1_000;
    /** Chunks of rows normalized at once: one a core ({@link PreparePipeline}). */
    private static final int THREADS = Runtime.getRuntime().availableProcessors();

    private final SourceStore sources;
    private final StagingStore staging;
    private final StagedRecords staged;
    private final PreparedStore prepared;
    private final SourcePreparationStore settings;
    private final TagColumns tagger;
    private final ColumnPlans plans;
    private final AuditLog audit;
    private final WorkspaceClock clock;

    public PrepareSource(SourceStore sources, StagingStore staging, StagedRecords staged, PreparedStore prepared,
                         SourcePreparationStore settings, TagColumns tagger, PhoneNormalizer phones, AuditLog audit,
                         WorkspaceClock clock) {
        this.sources = sources;
        this.staging = staging;
        this.staged = staged;
        this.prepared = prepared;
        this.settings = settings;
        this.tagger = tagger;
        this.plans = new ColumnPlans(new NormalizationRules(phones, clock), phones, clock);
        this.audit = audit;
        this.clock = clock;
    }

    public Preparation prepare(Actor actor, String sourceName, TaskContext context) {
        actor.require(Permission.MANAGE_SOURCES);
        if (sources.find(sourceName).isEmpty()) {
            throw new UserError("no source named '" + sourceName + "'");
        }
        List<String> columns = staging.columns(sourceName);
        if (columns.isEmpty()) {
            throw new UserError("source '" + sourceName + "' has nothing staged yet; run: sources sync " + sourceName);
        }
        Instant started = clock.now();
        context.message("Tagging " + sourceName);
        // Read before any work: a file the user broke stops the run with everything as it was.
        Optional<SourcePreparation> saved = settings.load(sourceName);
        List<ColumnSample> samples = samples(columns, staging.sample(sourceName, SAMPLE_ROWS));
        List<ColumnPlan> columnPlans = plans.plan(samples, tagger.tag(samples), saved, settings.describe(sourceName));

        context.message("Preparing " + sourceName);
        long rows = write(sourceName, columns, columnPlans, context);

        settings.save(new SourcePreparation(sourceName, columnPlans.stream().map(ColumnPlan::settings).toList()));
        Preparation result = new Preparation(sourceName, rows, columnPlans.stream().map(ColumnPlan::outcome).toList(),
                started, clock.now());
        audit.append(new AuditEntry(clock.now(), actor.name(), "source.prepared", "source " + sourceName,
                "rows=" + rows + " normalized=" + result.normalized() + " quarantined=" + result.quarantined()));
        return result;
    }

    private long write(String sourceName, List<String> columns, List<ColumnPlan> columnPlans, TaskContext context) {
        long total = staging.count(sourceName);
        PreparePipeline pipeline = new PreparePipeline(sourceName, columnPlans, clock.now(), THREADS);
        try (PreparedWriter writer = prepared.open(sourceName, columnPlans.stream().map(ColumnPlan::preparedColumn).toList());
             RowStream rows = staged.rows(sourceName)) {
            if (!rows.columns().equals(columns)) {
                throw new UserError("source '" + sourceName + "' was synced again while it was being prepared; run prepare again");
            }
            long rowNo = pipeline.run(rows, writer, context, total);
            context.checkCancelled();
            writer.commit();
            context.progress(rowNo, rowNo);
            return rowNo;
        } catch (IOException e) {
            throw new UserError("source '" + sourceName + "': cannot read its staged rows (" + e.getMessage() + ")", e);
        }
    }

    private static List<ColumnSample> samples(List<String> columns, List<List<String>> rows) {
        List<ColumnSample> samples = new ArrayList<>(columns.size());
        for (int i = 0; i < columns.size(); i++) {
            List<String> values = new ArrayList<>(rows.size());
            for (List<String> row : rows) {
                values.add(value(row, i));
            }
            samples.add(new ColumnSample(columns.get(i), values));
        }
        return samples;
    }

    private static String value(List<String> row, int index) {
        return index < row.size() ? row.get(index) : null;
    }
}
