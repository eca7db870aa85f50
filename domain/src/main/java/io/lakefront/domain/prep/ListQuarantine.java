package io.lakefront.domain.prep;

import io.lakefront.domain.UserError;
import io.lakefront.domain.governance.Actor;
import io.lakefront.domain.governance.Permission;
import io.lakefront.domain.source.SourceStore;
import io.lakefront.domain.task.TaskContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;

/**
 * Finds the values a source's last preparation quarantined that match a filter, for the quarantine
 * viewer: the first ones to show, and how many match of how many in all. It streams the source's whole
 * quarantine once, holding only what it shows, so the counts are exact however many there are.
 */
public final class ListQuarantine {
    private static final int CHECK_EVERY = 1_000;

    private final SourceStore sources;
    private final QuarantineStore quarantine;

    public ListQuarantine(SourceStore sources, QuarantineStore quarantine) {
        this.sources = sources;
        this.quarantine = quarantine;
    }

    /** @param limit how many matching values to return at most; all are counted */
    public QuarantinePage list(Actor actor, String sourceName, QuarantineFilter filter, int limit, TaskContext context) {
        // Quarantined values are raw personal data (emails, phone numbers, birth dates).
        actor.require(Permission.VIEW_PERSONAL_DATA);
        if (sources.find(sourceName).isEmpty()) {
            throw new UserError("no source named '" + sourceName + "'");
        }
        List<QuarantinedValue> shown = new ArrayList<>();
        Map<String, Long> columns = new LinkedHashMap<>();
        Map<String, Long> reasons = new LinkedHashMap<>();
        long[] counts = new long[2]; // total, matching
        quarantine.forEach(sourceName, Long.MAX_VALUE, value -> {
            if (++counts[0] % CHECK_EVERY == 0 && context.cancelled()) {
                throw new CancellationException("cancelled");
            }
            columns.merge(value.column(), 1L, Long::sum);
            reasons.merge(value.reason(), 1L, Long::sum);
            if (filter.matches(value)) {
                counts[1]++;
                if (shown.size() < limit) {
                    shown.add(value);
                }
            }
        });
        Map<String, Long> byFrequency = new LinkedHashMap<>();
        reasons.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> byFrequency.put(e.getKey(), e.getValue()));
        return new QuarantinePage(shown, counts[1], counts[0], columns, byFrequency);
    }
}
