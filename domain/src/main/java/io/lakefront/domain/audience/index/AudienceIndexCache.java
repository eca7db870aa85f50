package io.lakefront.domain.audience.index;

import io.lakefront.domain.audience.AudienceAnalytics;
import io.lakefront.domain.audience.AudienceInsights;
import io.lakefront.domain.audience.Filter;
import io.lakefront.domain.task.TaskContext;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Keeps the audience index consistent with the tables it was built from: the caller supplies a
 * version key that changes whenever they may have changed (after a resolution commits, after a
 * metrics refresh), and every question is answered from an index built for the current key. When the
 * key has moved on, the next question (or {@link #current}, e.g. from a background task right after
 * the change) rebuilds the index from the snapshot source first; questions asked meanwhile wait for it
 * rather than get an answer from tables that are gone.
 */
public final class AudienceIndexCache implements AudienceAnalytics {
    private final AudienceSnapshotSource source;
    private final ZoneId zone;
    private final Supplier<?> version;
    private Object builtFor;
    private ColumnarAudienceIndex index;
    private long builds;

    /**
     * @param version the tables' version now: any value with {@code equals}, e.g. the latest resolution
     *                run's id and the metrics' as-of together
     */
    public AudienceIndexCache(AudienceSnapshotSource source, ZoneId zone, Supplier<?> version) {
        this.source = Objects.requireNonNull(source, "source");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.version = Objects.requireNonNull(version, "version");
    }

    /** The index for the current version, built now (reporting to {@code context}) if it is missing or stale. */
    public synchronized ColumnarAudienceIndex current(TaskContext context) {
        Object now = version.get();
        if (index == null || !Objects.equals(builtFor, now)) {
            AudienceIndexBuilder builder = new AudienceIndexBuilder();
            source.load(builder, context);
            index = builder.build(zone);
            builtFor = now;
            builds++;
        }
        return index;
    }

    /** The index if it is current, without building: for a screen that must not wait. */
    public synchronized Optional<ColumnarAudienceIndex> ifCurrent() {
        return index != null && Objects.equals(builtFor, version.get()) ? Optional.of(index) : Optional.empty();
    }

    /** Drops the index, so the next question rebuilds it whatever the version says. */
    public synchronized void invalidate() {
        index = null;
        builtFor = null;
    }

    /** How many times the index was built: for tests and the log. */
    public synchronized long builds() {
        return builds;
    }

    @Override
    public long count(Filter filter, Instant now) {
        return current(TaskContext.silent()).count(filter, now);
    }

    @Override
    public List<String> ids(Filter filter, Instant now) {
        return current(TaskContext.silent()).ids(filter, now);
    }

    @Override
    public AudienceInsights insights(Filter filter, Instant now) {
        return current(TaskContext.silent()).insights(filter, now);
    }
}
