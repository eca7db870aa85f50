package io.lakefront.domain.audience;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a marketer sees beside an audience while describing it: its size against everyone, how that
 * size moved over the last twelve months, what its members buy (with an affinity index against all
 * customers), what they spend, how likely they are to churn, and on which channels they may be reached.
 *
 * @param size customers selected
 * @param population all customers
 * @param trend the size at the end of each of the last twelve months, oldest first (the last is now)
 * @param categories purchase categories by members who bought them, most first
 * @param averageLifetimeSpend mean lifetime spend of the members, empty when there are none
 * @param churnRisk members per churn-risk band, lowest risk first
 * @param reachability members per channel who consented to it
 */
public record AudienceInsights(long size, long population, List<MonthSize> trend, List<CategoryShare> categories,
                               Optional<BigDecimal> averageLifetimeSpend, List<RiskBand> churnRisk,
                               List<ChannelReach> reachability) {
    public AudienceInsights {
        trend = List.copyOf(trend);
        categories = List.copyOf(categories);
        Objects.requireNonNull(averageLifetimeSpend, "averageLifetimeSpend");
        churnRisk = List.copyOf(churnRisk);
        reachability = List.copyOf(reachability);
    }

    /** The audience's size as of the end of {@code month} (the current month: as of now). */
    public record MonthSize(YearMonth month, long size) { }

    /**
     * {@code customers} members bought in {@code category}: {@code share} of the audience; {@code affinity}
     * is that share over the share among all customers × 100 (100: as usual, 150: half again as likely).
     */
    public record CategoryShare(String category, long customers, double share, double affinity) { }

    /** {@code customers} members have a churn risk in {@code [low, high)} (the last band includes 1). */
    public record RiskBand(double low, double high, long customers) { }

    /** {@code reachable} members consented to {@code channel} ({@code email}, {@code sms}, {@code push}). */
    public record ChannelReach(String channel, long reachable, double share) { }
}
