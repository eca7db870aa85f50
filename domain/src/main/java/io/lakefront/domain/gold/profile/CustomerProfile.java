package io.lakefront.domain.gold.profile;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything Customer 360 shows about one customer: the gold values with their lineage, the member
 * records, the merge/split history, the timeline of purchases, tickets and engagement, the metrics and
 * the figures behind the small charts. When {@code masked} is true the personal values were masked
 * for the actor (values, lineage and member records alike).
 *
 * @param runId         the resolution run the gold row comes from, {@code 0} when unknown
 * @param timeline      newest first, at most {@link ShowCustomer#TIMELINE} events
 * @param monthlySpend  the twelve months up to the workspace clock's, oldest first
 * @param engagement    engagement events (opens, clicks, visits) per channel, all time
 */
public record CustomerProfile(String customerId, String displayName, long runId, int sourceRecordCount,
                              Instant createdAt, Instant updatedAt, boolean masked, List<ProfileField> fields,
                              List<ProfileMember> members, List<HistoryEntry> history, List<TimelineEvent> timeline,
                              Counts counts, Optional<CustomerMetrics> metrics, List<MonthlySpend> monthlySpend,
                              Map<String, Long> engagement) {
    /** How many events of each kind the customer has in all (the timeline shows the newest). */
    public record Counts(int purchases, int tickets, int engagementEvents, BigDecimal spend) {
    }

    /** One month's spend, for the bar chart. */
    public record MonthlySpend(YearMonth month, BigDecimal amount) {
    }

    public CustomerProfile {
        Objects.requireNonNull(customerId, "customerId");
        fields = List.copyOf(fields);
        members = List.copyOf(members);
        history = List.copyOf(history);
        timeline = List.copyOf(timeline);
        monthlySpend = List.copyOf(monthlySpend);
        engagement = Map.copyOf(engagement);
    }

    /** True when the gold build recorded lineage for at least one field. */
    public boolean hasLineage() {
        return fields.stream().anyMatch(field -> field.lineage().isPresent());
    }

    /** The field of that name, if the profile has it. */
    public Optional<ProfileField> field(String name) {
        return fields.stream().filter(field -> field.name().equals(name)).findFirst();
    }
}
