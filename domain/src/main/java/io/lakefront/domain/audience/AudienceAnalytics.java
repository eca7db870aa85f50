package io.lakefront.domain.audience;

import java.time.Instant;
import java.util.List;

/**
 * Port: evaluates filters fast enough to answer while a marketer types (the count and every insight
 * over a million customers well under a second), with the same results as the SQL of {@link FilterCompiler}.
 */
public interface AudienceAnalytics extends AudienceQuery {
    /** The count and all insights of the audience {@code filter} selects, time windows resolved against {@code now}. */
    AudienceInsights insights(Filter filter, Instant now);
}
