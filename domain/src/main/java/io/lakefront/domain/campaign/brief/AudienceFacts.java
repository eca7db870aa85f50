package io.lakefront.domain.campaign.brief;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the data says about a brief's audience, as the generator's defaults and the validator's checks
 * need it: how many members, how many consented to each channel, the hour they usually engage, how
 * many bought or clicked in the last {@link #RECENT_DAYS} days (the baselines), how many have an open
 * ticket, and which personalization signals are filled in for how many of them.
 *
 * @param preferredHour the members' median preferred hour, {@code null} when none has one
 * @param populationBuyers all customers who bought in the last {@link #RECENT_DAYS} days
 * @param signalCoverage per signal (an audience field name), the share of members who have it
 */
public record AudienceFacts(long size, long population, Map<Channel, Long> reach, Integer preferredHour,
                            long recentBuyers, long populationBuyers, long clickers, long openTickets,
                            Map<String, Double> signalCoverage) {
    /** The window of the baselines. */
    public static final int RECENT_DAYS = 30;
    /** The signals a brief may personalize with, in the order they are offered. */
    public static final List<String> SIGNALS = List.of("first_name", "top_category", "last_order_at", "loyalty_tier",
            "lifetime_spend", "preferred_channel", "preferred_hour", "city");
    /** A signal is offered when at least this share of the members have it. */
    public static final double SIGNAL_COVERAGE = 0.5;

    public AudienceFacts {
        EnumMap<Channel, Long> copy = new EnumMap<>(Channel.class);
        for (Channel channel : Channel.values()) {
            copy.put(channel, reach.getOrDefault(channel, 0L));
        }
        reach = Collections.unmodifiableMap(copy);
        signalCoverage = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(signalCoverage)));
    }

    public long reach(Channel channel) {
        return reach.get(channel);
    }

    /** The share of members who consented to {@code channel}; 0 for an empty audience. */
    public double reachShare(Channel channel) {
        return size == 0 ? 0 : (double) reach(channel) / size;
    }

    /** The channels ranked by how many members may be reached on them, most first (ties in enum order). */
    public List<Channel> channelsByReach() {
        return reach.entrySet().stream()
                .sorted(Map.Entry.<Channel, Long>comparingByValue().reversed())
                .map(Map.Entry::getKey).toList();
    }

    /** The signals at least {@link #SIGNAL_COVERAGE} of the members have, in {@link #SIGNALS} order. */
    public List<String> availableSignals() {
        return SIGNALS.stream().filter(s -> signalCoverage.getOrDefault(s, 0.0) >= SIGNAL_COVERAGE).toList();
    }

    /** Members who bought in the last {@link #RECENT_DAYS} days over members. */
    public double buyerShare() {
        return size == 0 ? 0 : (double) recentBuyers / size;
    }

    /** All customers who bought in the last {@link #RECENT_DAYS} days over all customers. */
    public double populationBuyerShare() {
        return population == 0 ? 0 : (double) populationBuyers / population;
    }

    /** Members who clicked an email in the last 30 days over members. */
    public double clickShare() {
        return size == 0 ? 0 : (double) clickers / size;
    }
}
