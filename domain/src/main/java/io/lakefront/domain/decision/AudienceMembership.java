package io.lakefront.domain.decision;

import io.lakefront.domain.audience.Filter;
import java.time.Instant;
import java.util.Collection;
import java.util.Set;

/**
 * Port: which of some customers a filter selects now, live (evaluated at decision time, never from an
 * export). The in-memory index answers it for many customers at once; SQL for one customer after a signal.
 */
public interface AudienceMembership {
    /** Those of {@code customerIds} that {@code filter} selects, with time windows resolved against {@code now}. */
    Set<String> selected(Filter filter, Collection<String> customerIds, Instant now);
}
