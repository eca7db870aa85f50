package io.lakefront.domain.decision;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/** Port: the decisioning profile of customers, from the gold table, the metrics and unsubscribes up to {@code now}. */
public interface ProfileSource {
    /** The profiles of those of {@code customerIds} that exist, by customer id. */
    Map<String, CustomerProfile> profiles(Collection<String> customerIds, Instant now);
}
