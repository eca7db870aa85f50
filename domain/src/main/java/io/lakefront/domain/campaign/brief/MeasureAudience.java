package io.lakefront.domain.campaign.brief;

import io.lakefront.domain.audience.AudienceField;
import io.lakefront.domain.audience.AudienceQuery;
import io.lakefront.domain.audience.EventMeasure;
import io.lakefront.domain.audience.Filter;
import io.lakefront.domain.audience.Operator;
import io.lakefront.domain.audience.TimeWindow;
import io.lakefront.domain.audience.Value;
import io.lakefront.domain.time.WorkspaceClock;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an audience's {@link AudienceFacts} through counts only ({@link AudienceQuery}: the SQL query or
 * the in-memory index): size, consent per channel, the median preferred hour (found by halving, five
 * counts), recent buyers and clickers, open tickets and the coverage of each signal — about twenty
 * counts, whatever the audience's size.
 */
public final class MeasureAudience {
    private final AudienceQuery query;
    private final WorkspaceClock clock;

    public MeasureAudience(AudienceQuery query, WorkspaceClock clock) {
        this.query = query;
        this.clock = clock;
    }

    public AudienceFacts measure(Filter audience) {
        Instant now = clock.now();
        long size = query.count(audience, now);
        long population = query.count(new Filter.And(List.of()), now);
        Map<Channel, Long> reach = new EnumMap<>(Channel.class);
        for (Channel channel : Channel.values()) {
            reach.put(channel, size == 0 ? 0 : query.count(Filter.and(audience,
                    new Filter.Compare(channel.consent(), Operator.EQ, new Value.Bool(true))), now));
        }
        Filter bought = new Filter.Event(EventMeasure.Purchases.count(), new TimeWindow.LastDays(AudienceFacts.RECENT_DAYS),
                Operator.GE, BigDecimal.ONE);
        long buyers = size == 0 ? 0 : query.count(Filter.and(audience, bought), now);
        long populationBuyers = query.count(bought, now);
        long clickers = size == 0 ? 0 : query.count(Filter.and(audience, new Filter.Compare(AudienceField.EMAIL_CLICKS_30D,
                Operator.GE, Value.Number.of(1))), now);
        long tickets = size == 0 ? 0 : query.count(Filter.and(audience, new Filter.Compare(AudienceField.OPEN_TICKETS,
                Operator.GE, Value.Number.of(1))), now);
        Map<String, Double> coverage = new LinkedHashMap<>();
        for (String signal : AudienceFacts.SIGNALS) {
            long with = size == 0 ? 0 : query.count(Filter.and(audience,
                    new Filter.IsNotEmpty(AudienceField.named(signal))), now);
            coverage.put(signal, size == 0 ? 0.0 : (double) with / size);
        }
        return new AudienceFacts(size, population, reach, medianHour(audience, now), buyers, populationBuyers,
                clickers, tickets, coverage);
    }

    /** The lowest hour h with at least half the members who have a preferred hour at h or before. */
    private Integer medianHour(Filter audience, Instant now) {
        long withHour = query.count(Filter.and(audience, new Filter.IsNotEmpty(AudienceField.PREFERRED_HOUR)), now);
        if (withHour == 0) {
            return null;
        }
        int low = 0;
        int high = 23;
        while (low < high) {
            int mid = (low + high) / 2;
            long upTo = query.count(Filter.and(audience, new Filter.Compare(AudienceField.PREFERRED_HOUR, Operator.LE,
                    Value.Number.of(mid))), now);
            if (upTo * 2 >= withHour) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low;
    }
}
