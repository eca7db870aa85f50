package io.lakefront.domain.audience;

import java.time.Instant;
import java.util.List;

/** Port: runs a filter over the gold table, its metrics and the event tables. */
public interface AudienceQuery {
    /** How many customers the filter selects, with time windows resolved against {@code now}. */
    long count(Filter filter, Instant now);

    /** The selected customer ids, sorted. */
    List<String> ids(Filter filter, Instant now);
}
