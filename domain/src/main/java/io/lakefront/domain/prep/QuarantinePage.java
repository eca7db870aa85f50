package io.lakefront.domain.prep;

import java.util.List;
import java.util.Map;

/**
 * The quarantined values of one source that match a {@link QuarantineFilter}, as far as a screen shows
 * them, with the counts that say how much there is.
 *
 * @param values   the first matching values, in record order
 * @param matching how many values match the filter in all
 * @param total    how many values the source has in quarantine
 * @param columns  every column with quarantined values and how many, in order of first appearance
 * @param reasons  every reason and how many values it refused, most frequent first
 */
public record QuarantinePage(List<QuarantinedValue> values, long matching, long total, Map<String, Long> columns,
                             Map<String, Long> reasons) {
    public QuarantinePage {
        values = List.copyOf(values);
        columns = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(columns));
        reasons = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(reasons));
    }
}
