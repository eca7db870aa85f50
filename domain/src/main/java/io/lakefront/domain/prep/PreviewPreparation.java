package io.lakefront.domain.prep;

import io.lakefront.domain.UserError;
import io.lakefront.domain.governance.Actor;
import io.lakefront.domain.governance.Permission;
import io.lakefront.domain.source.SourceStore;
import io.lakefront.domain.source.StagingStore;
import io.lakefront.domain.task.TaskContext;
import io.lakefront.domain.time.WorkspaceClock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Shows what the next {@link PrepareSource#prepare prepare} would do to a synced source without
 * writing anything: each column's tag with the tagger's evidence and its rule in words, and the
 * first staged rows before and after normalization, refused values with their reason. It decides
 * tags and rules from the same staged sample and through the same {@link ColumnPlans} as prepare,
 * so the preview and the preparation agree.
 */
public final class PreviewPreparation {
    /** Rows shown before and after when the caller asks for none in particular. */
    public static final int DEFAULT_ROWS = 50;

    private final SourceStore sources;
    private final StagingStore staging;
    private final SourcePreparationStore settings;
    private final TagColumns tagger;
    private final ColumnPlans plans;

    public PreviewPreparation(SourceStore sources, StagingStore staging, SourcePreparationStore settings,
                              TagColumns tagger, PhoneNormalizer phones, WorkspaceClock clock) {
        this.sources = sources;
        this.staging = staging;
        this.settings = settings;
        this.tagger = tagger;
        this.plans = new ColumnPlans(new NormalizationRules(phones, clock), phones, clock);
    }

    /**
     * @param rows how many of the first staged rows to show before and after (at most the sample prepare
     *             decides from, {@value PrepareSource#SAMPLE_ROWS})
     */
    public PreparationPreview preview(Actor actor, String sourceName, int rows, TaskContext context) {
        // The sample rows are the source's raw personal data, as the quarantine is.
        actor.require(Permission.VIEW_PERSONAL_DATA);
        if (rows < 0) {
            throw new IllegalArgumentException("rows: " + rows);
        }
        if (sources.find(sourceName).isEmpty()) {
            throw new UserError("no source named '" + sourceName + "'");
        }
        List<String> columns = staging.columns(sourceName);
        if (columns.isEmpty()) {
            throw new UserError("source '" + sourceName + "' has nothing staged yet; run: sources sync " + sourceName);
        }
        Optional<SourcePreparation> saved = settings.load(sourceName);
        List<List<String>> sample = staging.sample(sourceName, PrepareSource.SAMPLE_ROWS);
        List<ColumnSample> samples = ColumnSamples.of(columns, sample);
        context.checkCancelled();
        List<ColumnTagging> taggings = tagger.tag(samples);
        List<ColumnPlan> columnPlans = plans.plan(samples, taggings, saved, settings.describe(sourceName));
        context.checkCancelled();

        int countryColumn = -1;
        for (ColumnPlan plan : columnPlans) {
            if (plan.tag == ColumnTag.COUNTRY) {
                countryColumn = plan.position;
                break;
            }
        }
        CountryNormalizer countries = new CountryNormalizer();
        int shown = Math.min(rows, sample.size());
        List<List<ValuePreview>> previewRows = new ArrayList<>(shown);
        for (int r = 0; r < shown; r++) {
            List<String> row = sample.get(r);
            // Phones are read with the row's own country, as prepare reads them.
            String region = countryColumn < 0 ? null : countries.normalize(ColumnSamples.value(row, countryColumn)).valueOrNull();
            List<ValuePreview> values = new ArrayList<>(columnPlans.size());
            for (ColumnPlan plan : columnPlans) {
                String raw = ColumnSamples.value(row, plan.position);
                values.add(ValuePreview.of(raw, plan.apply(raw, region)));
            }
            previewRows.add(values);
        }
        List<ColumnPreview> previewColumns = new ArrayList<>(columnPlans.size());
        for (ColumnPlan plan : columnPlans) {
            ColumnTagging tagging = taggings.get(plan.position);
            previewColumns.add(new ColumnPreview(plan.column, plan.tag, plan.confidence, plan.edited, tagging.tag(),
                    tagging.confidence(), plan.rule(), tagging.evidence(), plan.quarantined));
        }
        return new PreparationPreview(sourceName, previewColumns, previewRows, sample.size());
    }
}
